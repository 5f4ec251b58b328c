// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import QtQuick.Templates as Tpl
import Vitrine.Ui
import Vitrine

// Configure a new car: model, version, colour, wheels, interior, options — the car's picture
// follows every choice, the complete price is always in view, and any choice that changes more
// than itself says so before it happens.
Item {
    id: page
    signal back()
    signal summary()

    property string step: Configurator.active ? "trim" : "model"
    readonly property var steps: [
        { id: "model", text: qsTr("Model") },
        { id: "trim", text: qsTr("Version") },
        { id: "paint", text: qsTr("Colour") },
        { id: "wheel", text: qsTr("Wheels") },
        { id: "interior", text: qsTr("Interior") },
        { id: "options", text: qsTr("Packages and options") }
    ]
    readonly property int stepIndex: {
        for (let i = 0; i < steps.length; ++i) {
            if (steps[i].id === step)
                return i
        }
        return 0
    }
    readonly property bool wide: width > height
    // The monthly plan's sheet: deposit, term and balloon, as on a car's page.
    property bool planOpen: false
    // The step's choices are worked out in C++ for the step shown here; either side may move it.
    onStepChanged: Configurator.step = step
    Component.onCompleted: Configurator.step = step
    Connections {
        target: Configurator
        function onStepChanged() {
            page.step = Configurator.step
        }
    }
    // Not while the sheet of a choice's changes is still fading in or out.
    readonly property bool settled: picture.status !== Image.Loading && scrim.opacity === (scrim.visible ? 1 : 0)
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Configure yours")

    function next() {
        if (stepIndex + 1 < steps.length)
            step = steps[stepIndex + 1].id
        else
            page.summary()
    }

    function pick(id) {
        if (step === "model") {
            Configurator.chooseModel(id)
            step = "trim"
        } else if (step === "trim") {
            Configurator.chooseTrim(id)
        } else {
            Configurator.toggle(id)
        }
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: Configurator.active ? Configurator.title : Configurator.lineName
        onBack: page.back()
    }

    // The steps, each one tap away once a model is chosen.
    Flickable {
        id: stepBar
        objectName: "step-bar"
        // The current step in full view: a bar wider than the screen (larger text, portrait)
        // scrolls to it rather than cutting it at the edge ("6 Pakete und").
        function reveal(tab) {
            if (tab.x < contentX)
                contentX = tab.x
            else if (tab.x + tab.width > contentX + width)
                contentX = Math.min(tab.x + tab.width, contentWidth) - width
        }
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        height: Theme.touch
        contentWidth: stepRow.width
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        // Steps beyond an end (the first ones once the bar has scrolled to the last) fade there.
        SideFade { objectName: "step-bar-fade-left"; flickable: stepBar; before: true }
        SideFade { objectName: "step-bar-fade-right"; flickable: stepBar; before: false }
        Row {
            id: stepRow
            // From the reading side: in Arabic a bar with room to spare starts at its right.
            x: LayoutMirroring.enabled ? Math.max(0, stepBar.width - width) : 0
            spacing: Theme.s2
            Repeater {
                id: stepRepeater
                model: page.steps
                delegate: Tpl.TabButton {
                    id: stepButton
                    Accessible.onPressAction: stepButton.clicked()
                    checked: current
                    required property var modelData
                    required property int index
                    readonly property bool current: page.step === modelData.id
                    onCurrentChanged: if (current) stepBar.reveal(stepButton)
                    onXChanged: if (current) stepBar.reveal(stepButton)
                    onWidthChanged: if (current) stepBar.reveal(stepButton)
                    Connections {
                        target: stepBar
                        function onWidthChanged() {
                            if (stepButton.current)
                                stepBar.reveal(stepButton)
                        }
                        function onContentWidthChanged() {
                            if (stepButton.current)
                                stepBar.reveal(stepButton)
                        }
                    }
                    objectName: "step-" + modelData.id
                    enabled: modelData.id === "model" || Configurator.active
                    implicitHeight: Theme.touch
                    implicitWidth: stepCaption.implicitWidth + 2 * Theme.s4
                    text: (index + 1) + "  " + modelData.text
                    Accessible.name: modelData.text
                    Accessible.selected: current
                    focusPolicy: Qt.StrongFocus
                    onClicked: page.step = modelData.id
                    background: Rectangle {
                        radius: Theme.radius
                        color: stepButton.current ? Theme.surfaceRaised : "transparent"
                        border.width: stepButton.visualFocus ? 3 : 0
                        border.color: Theme.focus
                        Rectangle {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            anchors.margins: Theme.s3
                            height: 3
                            color: Theme.accent
                            visible: stepButton.current
                        }
                    }
                    Label {
                        id: stepCaption
                        anchors.centerIn: parent
                        text: stepButton.text
                        muted: !stepButton.current
                        opacity: stepButton.enabled ? 1 : 0.4
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }
    }

    // The car as built.
    CarBackdrop {
        id: stage
        anchors.left: parent.left
        anchors.top: stepBar.bottom
        anchors.topMargin: Theme.s3
        anchors.leftMargin: Theme.s6
        width: page.wide ? (parent.width - 3 * Theme.s6) * 0.58 : parent.width - 2 * Theme.s6
        height: page.wide ? priceBar.y - y - Theme.s4 : width * 0.5
        Image {
            id: picture
            objectName: "build-picture"
            anchors.fill: parent
            anchors.margins: Theme.s5
            source: Configurator.active ? Configurator.image : ""
            sourceSize.width: width
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            // The car turns with the layout; the cabin keeps its wheel where the driver sits.
            mirror: LayoutMirroring.enabled && page.step !== "interior"
            Accessible.role: Accessible.Graphic
            Accessible.name: Theme.spoken(Configurator.title)
            Behavior on source {
                SequentialAnimation {
                    NumberAnimation { target: picture; property: "opacity"; to: 0.6; duration: Theme.fast / 2 }
                    PropertyAction {}
                    NumberAnimation { target: picture; property: "opacity"; to: 1; duration: Theme.fast }
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: !Configurator.active
            text: qsTr("Choose a model to begin.")
            level: Label.Lead
            muted: true
        }
        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.s4
            spacing: Theme.s1
            Repeater {
                model: Configurator.notices
                delegate: Label {
                    required property string modelData
                    width: parent.width
                    text: modelData
                    level: Label.Caption
                }
            }
        }
    }

    // The choices of this step.
    ListView {
        id: list
        objectName: "choices"
        anchors.left: page.wide ? stage.right : parent.left
        anchors.right: parent.right
        anchors.top: page.wide ? stepBar.bottom : stage.bottom
        anchors.bottom: priceBar.top
        anchors.leftMargin: page.wide ? Theme.s6 : Theme.s6
        anchors.rightMargin: Theme.s6
        anchors.topMargin: Theme.s3
        anchors.bottomMargin: Theme.s3
        clip: true
        spacing: Theme.s2
        boundsBehavior: Flickable.StopAtBounds
        model: Configurator.choices
        delegate: T.AbstractButton {
            id: choice
            Accessible.onPressAction: choice.clicked()
            Accessible.onToggleAction: choice.clicked()
            checkable: true
            checked: selected
            required property string choiceId
            required property string name
            required property string detail
            required property string price
            required property string stateText
            required property string hex
            required property string image
            required property bool selected
            required enabled
            readonly property bool isSelected: selected
            objectName: "choice-" + choiceId
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touch * 1.3, textColumn.implicitHeight + 2 * Theme.s3)
            Accessible.name: name
            Accessible.description: price + (stateText.length > 0 ? ". " + stateText : "")
            focusPolicy: Qt.StrongFocus
            onClicked: {
                // A tap flips `checked` at once; the build decides (an option may ask first).
                checked = Qt.binding(() => choice.isSelected)
                page.pick(choiceId)
            }
            background: Rectangle {
                radius: Theme.radius
                color: choice.isSelected ? Theme.surfaceRaised : Theme.surface
                border.width: choice.visualFocus ? 3 : choice.isSelected ? 2 : 0
                border.color: choice.visualFocus ? Theme.focus : Theme.accent
            }
            Rectangle {
                id: swatch
                anchors.left: parent.left
                anchors.leftMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                width: visible ? Theme.touch : 0
                height: Theme.touch
                radius: page.step === "paint" ? width / 2 : Theme.radius
                visible: choice.hex.length > 0
                color: choice.hex.length > 0 ? choice.hex : "transparent"
                border.width: 1
                border.color: Theme.divider
            }
            Image {
                id: thumb
                anchors.left: parent.left
                anchors.leftMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                // A wheel is shown face on and round; a model as a car.
                readonly property bool round: page.step === "wheel"
                width: visible ? (round ? Theme.touch * 1.2 : Theme.touch * 2.2) : 0
                height: round ? Theme.touch * 1.2 : Theme.touch
                visible: choice.image.length > 0
                source: choice.image
                sourceSize.width: width
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                mirror: LayoutMirroring.enabled && !round
                Accessible.ignored: true
            }
            Column {
                id: textColumn
                anchors.left: swatch.visible ? swatch.right : thumb.visible ? thumb.right : parent.left
                anchors.leftMargin: Theme.s4
                anchors.right: priceText.left
                anchors.rightMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                opacity: choice.enabled ? 1 : 0.55
                Label {
                    width: parent.width
                    text: choice.name
                    level: Label.Lead
                }
                Label {
                    width: parent.width
                    visible: text !== ""
                    text: choice.detail
                    muted: true
                }
                Label {
                    width: parent.width
                    visible: text !== ""
                    text: choice.stateText
                    level: Label.Caption
                    muted: true
                }
            }
            Label {
                id: priceText
                anchors.right: parent.right
                anchors.rightMargin: Theme.s4
                anchors.verticalCenter: parent.verticalCenter
                text: choice.price
                wrapMode: Text.NoWrap
                font.weight: choice.isSelected ? Font.DemiBold : Theme.bodyWeight
            }
        }
    }
    // A list longer than its room fades at its foot: a card cut where a line ends would look whole.
    MoreBelow {
        objectName: "choices-more"
        flickable: list
    }

    // Always in view: the complete price, the monthly rate, undo and the way on.
    Rectangle {
        id: priceBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: priceColumn.implicitHeight + 2 * Theme.s4
        color: Theme.surface
        Column {
            id: priceColumn
            anchors.left: parent.left
            anchors.right: actions.left
            anchors.leftMargin: Theme.s6
            anchors.rightMargin: Theme.s4
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Label {
                objectName: "running-price"
                width: parent.width
                text: Configurator.price
                level: Label.Title
                font.capitalization: Font.MixedCase // "kr", not "KR"
                visible: Configurator.active
            }
            Label {
                width: parent.width
                text: Configurator.priceNote
                level: Label.Caption
                muted: true
            }
            Label {
                objectName: "running-monthly"
                width: parent.width
                text: Configurator.active ? Configurator.finance.summary : ""
                level: Label.Caption
                muted: true
                wrapMode: Text.Wrap
            }
        }
        Row {
            id: actions
            anchors.right: parent.right
            anchors.rightMargin: Theme.s6
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.s3
            StaffButton {
                objectName: "plan"
                text: qsTr("Monthly plan")
                visible: Configurator.active && Configurator.finance.available
                onClicked: page.planOpen = true
            }
            StaffButton {
                objectName: "undo"
                text: qsTr("Undo")
                visible: Configurator.canUndo
                onClicked: Configurator.undo()
            }
            StaffButton {
                objectName: "next"
                primary: true
                enabled: Configurator.active
                text: page.stepIndex + 1 < page.steps.length ? qsTr("Next: %1").arg(page.steps[page.stepIndex + 1].text)
                                                             : qsTr("See your car")
                onClicked: page.next()
            }
        }
    }

    // The monthly plan, shaped as on a car's page; the figures follow the build's price.
    Rectangle {
        anchors.fill: parent
        color: "#99000000"
        visible: page.planOpen
        opacity: visible ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.fast } }
        MouseArea {
            anchors.fill: parent
            onClicked: page.planOpen = false
        }
        Rectangle {
            objectName: "plan-sheet"
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.s6, 900 * Theme.scale)
            height: Math.min(parent.height - 2 * Theme.s6, planColumn.implicitHeight + 2 * Theme.s5)
            radius: Theme.radius
            color: Theme.background
            Accessible.role: Accessible.Dialog
            Accessible.name: qsTr("Monthly plan")
            MouseArea {
                anchors.fill: parent
                onClicked: {}
            }
            Flickable {
                anchors.fill: parent
                anchors.margins: Theme.s5
                contentHeight: planColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: planColumn
                    width: parent.width
                    spacing: Theme.s4
                    Label {
                        width: parent.width
                        text: qsTr("Monthly plan")
                        level: Label.Title
                        heading: true
                    }
                    FinancePanel {
                        width: parent.width
                        finance: Configurator.finance
                    }
                    StaffButton {
                        objectName: "plan-done"
                        primary: true
                        text: qsTr("Done")
                        onClicked: page.planOpen = false
                    }
                }
            }
        }
    }

    // What a choice would change, shown before it happens.
    Rectangle {
        id: scrim
        anchors.fill: parent
        color: "#99000000"
        visible: Configurator.pending
        opacity: visible ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.fast } }
        MouseArea {
            anchors.fill: parent
            onClicked: {}
        }
        Rectangle {
            objectName: "conflict"
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.s6, 900 * Theme.scale)
            height: Math.min(parent.height - 2 * Theme.s6, sheet.implicitHeight + 2 * Theme.s5)
            radius: Theme.radius
            color: Theme.background
            Accessible.role: Accessible.Dialog
            Accessible.name: Configurator.pendingTitle
            Flickable {
                anchors.fill: parent
                anchors.margins: Theme.s5
                contentHeight: sheet.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: sheet
                    width: parent.width
                    spacing: Theme.s3
                    Label {
                        width: parent.width
                        text: Configurator.pendingTitle
                        level: Label.Title
                    }
                    Repeater {
                        model: Configurator.pendingChanges
                        delegate: Item {
                            id: changeRow
                            required property string name
                            required property string action
                            required property string reason
                            required property string amount
                            width: sheet.width
                            implicitHeight: changeText.implicitHeight + Theme.s2
                            Column {
                                id: changeText
                                anchors.left: parent.left
                                anchors.right: changeAmount.left
                                anchors.rightMargin: Theme.s3
                                Label {
                                    width: parent.width
                                    //: A change a choice brings: what happens to an option, and the option ("Added: Heated seats").
                                    text: qsTr("%1: %2").arg(changeRow.action).arg(changeRow.name)
                                    font.weight: Font.DemiBold
                                }
                                Label {
                                    width: parent.width
                                    visible: text !== ""
                                    text: changeRow.reason
                                    muted: true
                                }
                            }
                            Label {
                                id: changeAmount
                                anchors.right: parent.right
                                anchors.top: parent.top
                                text: changeRow.amount
                                wrapMode: Text.NoWrap
                            }
                        }
                    }
                    Label {
                        width: parent.width
                        text: Configurator.pendingText
                        muted: true
                    }
                    Label {
                        width: parent.width
                        visible: text !== ""
                        text: Configurator.pendingTotal
                        level: Label.Lead
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.s3
                        StaffButton {
                            objectName: "keep"
                            visible: !Configurator.pendingRefused
                            text: qsTr("Keep my car as it was")
                            onClicked: Configurator.dismiss()
                        }
                        StaffButton {
                            objectName: "confirm"
                            primary: true
                            text: Configurator.pendingRefused ? qsTr("Understood") : qsTr("Make these changes")
                            onClicked: Configurator.confirm()
                        }
                    }
                }
            }
        }
    }
}
