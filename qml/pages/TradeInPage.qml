// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import QtQuick.Templates as Tpl
import QtQuick.Layouts
import Vitrine.Ui
import Vitrine

// "Value my car": the visitor describes their car (or lets a VIN say its year and maker) and
// sees what cars like it in stock say it is worth — the range, how many cars it rests on and the
// closest three — or, with too few, that an expert values it. Nobody is asked for details.
Item {
    id: page
    signal back()
    signal open(string vehicleId)
    signal askExpert()

    readonly property bool wide: width > height * 1.2
    readonly property bool settled: !TradeIn.loading
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Value my car")

    Component.onCompleted: TradeIn.prepare()

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Value my car")
        onBack: page.back()
    }

    // Wide: the car on the left, what the stock says on the right, each scrolling on its own so
    // the answer is in view wherever the form was left. Upright: one column, the answer under it.
    readonly property real gutter: Theme.s6
    readonly property real columnWidth: wide ? (width - 3 * gutter) / 2 : width - 2 * gutter

    Flickable {
        id: form
        objectName: "tradein-form"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        width: page.wide ? page.columnWidth + 1.5 * page.gutter : page.width
        contentHeight: describe.height + (page.wide ? 0 : answer.height + page.gutter) + 2 * Theme.s5
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        // The car as the visitor describes it.
        Column {
            id: describe
            // The wider gutter at the screen's edge, the half one toward the middle: mirrored too.
            x: page.wide && LayoutMirroring.enabled ? page.gutter / 2 : page.gutter
            y: Theme.s4
            width: page.columnWidth
            spacing: Theme.s4

            Label {
                width: parent.width
                text: qsTr("Tell us about your car and we compare it with similar cars in stock. You do not need to leave any contact details.")
                level: Label.Lead
                muted: true
            }

            Row {
                width: parent.width
                spacing: Theme.s3
                FormField {
                    id: vinField
                    objectName: "vin"
                    width: parent.width - readVin.width - Theme.s3
                    flickable: form
                    label: qsTr("VIN (optional): fills in the year and the maker")
                    hint: TradeIn.vinNote
                    maximumLength: 20
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    onAccepted: readVin.clicked()
                }
                StaffButton {
                    id: readVin
                    objectName: "read-vin"
                    // Level with the field, whatever its label and note take.
                    y: vinField.input.parent.y
                    text: qsTr("Read")
                    enabled: vinField.text.trim().length > 0
                    onClicked: {
                        TradeIn.readVin(vinField.text)
                        // The VIN is not kept, not even on screen.
                        vinField.text = ""
                        page.forceActiveFocus()
                    }
                }
            }

            FormField {
                id: makeField
                objectName: "make"
                width: parent.width
                flickable: form
                label: qsTr("Make")
                text: TradeIn.make
                maximumLength: 40
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: TradeIn.make = text
                onAccepted: modelField.input.forceActiveFocus()
            }
            Flow {
                width: parent.width
                spacing: Theme.s2
                visible: makeChoices.count > 0
                Repeater {
                    id: makeChoices
                    model: TradeIn.makes
                    delegate: FilterChip {
                        required property string modelData
                        objectName: "make-" + modelData
                        text: modelData
                        showCount: false
                        selected: TradeIn.make.toLowerCase() === modelData.toLowerCase()
                        onClicked: TradeIn.make = modelData
                    }
                }
            }

            FormField {
                id: modelField
                objectName: "model"
                width: parent.width
                flickable: form
                label: qsTr("Model")
                text: TradeIn.model
                maximumLength: 40
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: TradeIn.model = text
                onAccepted: yearField.input.forceActiveFocus()
            }
            Flow {
                width: parent.width
                spacing: Theme.s2
                visible: modelChoices.count > 0
                Repeater {
                    id: modelChoices
                    model: TradeIn.models
                    delegate: FilterChip {
                        required property string modelData
                        objectName: "model-" + modelData
                        text: modelData
                        showCount: false
                        selected: TradeIn.model.toLowerCase() === modelData.toLowerCase()
                        onClicked: TradeIn.model = modelData
                    }
                }
            }

            Row {
                width: parent.width
                spacing: Theme.s3
                FormField {
                    id: yearField
                    objectName: "year"
                    width: (parent.width - Theme.s3) / 2
                    flickable: form
                    label: qsTr("Model year")
                    text: TradeIn.year > 0 ? String(TradeIn.year) : ""
                    maximumLength: 4
                    inputMethodHints: Qt.ImhDigitsOnly
                    onTextChanged: TradeIn.year = parseInt(text) || 0
                    onAccepted: mileageField.input.forceActiveFocus()
                }
                FormField {
                    id: mileageField
                    objectName: "mileage"
                    width: (parent.width - Theme.s3) / 2
                    flickable: form
                    // In the studio market's unit, as its cars are listed.
                    label: TradeIn.unit === "mi" ? qsTr("Mileage (miles)") : qsTr("Mileage (km)")
                    text: TradeIn.mileage > 0 ? String(TradeIn.mileage) : ""
                    shown: TradeIn.mileageText
                    maximumLength: 7
                    inputMethodHints: Qt.ImhDigitsOnly
                    onTextChanged: TradeIn.mileage = parseInt(text) || 0
                    onAccepted: page.forceActiveFocus()
                }
            }

            Label {
                width: parent.width
                text: qsTr("Condition")
                muted: true
            }
            Repeater {
                model: [
                    { value: 0, name: qsTr("Excellent"), note: qsTr("Like new: no marks, full service history.") },
                    { value: 1, name: qsTr("Good"), note: qsTr("Normal wear for its age, serviced on time.") },
                    { value: 2, name: qsTr("Fair"), note: qsTr("Visible marks or repairs due.") }
                ]
                delegate: Tpl.RadioButton {
                    id: conditionChoice
                    Accessible.onPressAction: conditionChoice.clicked()
                    Accessible.onToggleAction: conditionChoice.clicked()
                    required property var modelData
                    readonly property bool chosen: TradeIn.condition === modelData.value
                    objectName: "condition-" + modelData.value
                    width: describe.width
                    implicitHeight: Math.max(Theme.touch, conditionText.implicitHeight + 2 * Theme.s2)
                    text: modelData.name
                    checked: chosen
                    Accessible.name: modelData.name + ". " + modelData.note
                    focusPolicy: Qt.StrongFocus
                    onClicked: TradeIn.condition = modelData.value
                    background: Rectangle {
                        radius: Theme.radius
                        color: conditionChoice.chosen ? Theme.accent : Theme.surface
                        border.width: conditionChoice.visualFocus ? 3 : 1
                        border.color: conditionChoice.visualFocus ? Theme.focus : Theme.divider
                    }
                    Column {
                        id: conditionText
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.s3
                        anchors.rightMargin: Theme.s3
                        Label {
                            width: parent.width
                            text: conditionChoice.modelData.name
                            level: Label.Lead
                            color: conditionChoice.chosen ? Theme.textOnAccent : Theme.text
                        }
                        Label {
                            width: parent.width
                            text: conditionChoice.modelData.note
                            color: conditionChoice.chosen ? Theme.textOnAccent : Theme.textMuted
                        }
                    }
                }
            }

            StaffButton {
                objectName: "estimate"
                x: LayoutMirroring.enabled ? parent.width - width : 0
                // Plain until the car is described enough to value; never faded below a readable contrast.
                primary: TradeIn.complete
                enabled: TradeIn.complete && !TradeIn.loading
                text: qsTr("See what it is worth")
                onClicked: {
                    page.forceActiveFocus()
                    TradeIn.estimate()
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "tradein-form-more"
        flickable: form
        footLifted: !page.wide && (useFoot.lifted || askFoot.lifted)
    }

    Flickable {
        id: resultPane
        anchors.top: header.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: page.columnWidth + 1.5 * page.gutter
        visible: page.wide
        contentHeight: answer.height + 2 * Theme.s5
        clip: true
        boundsBehavior: Flickable.StopAtBounds
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "tradein-answer-more"
        flickable: resultPane
        footLifted: page.wide && (useFoot.lifted || askFoot.lifted)
    }

    // What the stock says, honestly: beside the form when wide, under it when upright.
    Column {
        id: answer
        objectName: "tradein-answer"
        parent: page.wide ? resultPane.contentItem : form.contentItem
        x: page.wide && !LayoutMirroring.enabled ? page.gutter / 2 : page.gutter
        y: page.wide ? Theme.s4 : describe.y + describe.height + page.gutter
        width: page.columnWidth
        spacing: Theme.s4

        Label {
            width: parent.width
            visible: !TradeIn.answered && !TradeIn.loading
            text: qsTr("The estimate appears here. It rests on cars like yours in stock in this market, adjusted for year, mileage and condition.")
            muted: true
        }
        Label {
            width: parent.width
            visible: TradeIn.loading
            text: qsTr("Comparing with the cars in stock…")
            muted: true
        }

        // Valued.
        Label {
            width: parent.width
            visible: TradeIn.answered && TradeIn.valued
            text: qsTr("Your car is worth about")
            level: Label.Lead
            muted: true
        }
        Label {
            objectName: "tradein-range"
            width: parent.width
            visible: TradeIn.answered && TradeIn.valued
            text: "\u2068" + TradeIn.range + "\u2069"
            level: Label.Display
            // Money as the market writes it ("kr", not "KR"), whatever the brand does to titles.
            font.capitalization: Font.MixedCase
        }
        Label {
            objectName: "tradein-basis"
            width: parent.width
            visible: TradeIn.answered && TradeIn.valued
            text: qsTr("Based on %n cars in stock", "", TradeIn.basis)
            muted: true
        }
        Label {
            width: parent.width
            visible: TradeIn.answered && TradeIn.valued && closest.count > 0
            text: qsTr("The closest cars in stock")
            level: Label.Lead
        }
        Repeater {
            id: closest
            model: TradeIn.answered && TradeIn.valued ? TradeIn.comparables : null
            delegate: T.AbstractButton {
                id: car
                Accessible.onPressAction: car.clicked()
                required property string vehicleId
                required property string title
                required property string year
                required property string mileage
                required property string price
                required property int index
                objectName: "comparable-" + index
                width: answer.width
                implicitHeight: Math.max(Theme.touch, carText.implicitHeight + 2 * Theme.s2)
                text: title
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("%1, %2, %3, %4").arg(title).arg(year).arg(mileage).arg(price)
                focusPolicy: Qt.StrongFocus
                onClicked: page.open(vehicleId)
                background: Rectangle {
                    radius: Theme.radius
                    color: car.down ? Theme.surfaceRaised : Theme.surface
                    border.width: car.visualFocus ? 3 : 0
                    border.color: Theme.focus
                }
                RowLayout {
                    id: carText
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.s3
                    anchors.rightMargin: Theme.s3
                    spacing: Theme.s3
                    Column {
                        Layout.fillWidth: true
                        Label {
                            width: parent.width
                            text: car.title
                        }
                        Label {
                            width: parent.width
                            text: "\u2068" + car.year + "\u2069 · \u2068" + car.mileage + "\u2069"
                            muted: true
                        }
                    }
                    Label {
                        text: car.price
                        level: Label.Lead
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }
        Label {
            objectName: "tradein-confirm"
            width: parent.width
            visible: TradeIn.answered && TradeIn.valued
            text: qsTr("A product expert confirms the value when they see the car.")
            muted: true
        }
        // The visitor may count the car in the deposit of every monthly plan they look at.
        StickyFoot {
            id: useFoot
            flickable: page.wide ? resultPane : form
            visible: TradeIn.answered && TradeIn.valued
            StaffButton {
                objectName: "tradein-use"
                x: LayoutMirroring.enabled ? parent.width - width : 0
                primary: !TradeIn.useAsDeposit
                text: TradeIn.useAsDeposit ? qsTr("Leave it out of my monthly plans") : qsTr("Count it in my monthly plans")
                onClicked: TradeIn.useAsDeposit = !TradeIn.useAsDeposit
            }
            Label {
                objectName: "tradein-used"
                width: parent.width
                visible: TradeIn.useAsDeposit
                text: qsTr("Every monthly plan now counts your car at the low end of this estimate, as part of the deposit.")
                muted: true
            }
        }

        // Too few cars like it to say a number.
        Label {
            objectName: "tradein-expert"
            width: parent.width
            visible: TradeIn.answered && !TradeIn.valued
            text: qsTr("An expert will value your car")
            level: Label.Title
        }
        Label {
            width: parent.width
            visible: TradeIn.answered && !TradeIn.valued
            text: qsTr("We have too few cars like yours in stock to give a fair figure. A product expert can look at it with you.")
            muted: true
        }
        StickyFoot {
            id: askFoot
            flickable: page.wide ? resultPane : form
            visible: TradeIn.answered && !TradeIn.valued
            StaffButton {
                objectName: "tradein-ask-expert"
                x: LayoutMirroring.enabled ? parent.width - width : 0
                primary: true
                text: qsTr("Ask an expert")
                onClicked: page.askExpert()
            }
        }
    }

    // Upright, the answer is scrolled into view when it comes.
    Connections {
        target: TradeIn
        function onResultChanged() {
            if (!page.wide && (TradeIn.answered || TradeIn.loading))
                form.contentY = Math.max(0, Math.min(answer.y - Theme.s4, form.contentHeight - form.height))
        }
    }
}
