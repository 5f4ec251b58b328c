// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import QtQuick.Templates as Tpl
import Vitrine.Ui
import Vitrine

// Book a test drive at the visitor's pace: the car, the studio, a day and a time, a name and
// one way to reach them, consent — and a confirmation to take home. Nothing more is asked.
Item {
    id: page
    signal back()
    signal finished()

    property string step: DriveBooking.model.length === 0 ? "model" : DriveBooking.studio.length === 0 ? "studio" : "time"
    readonly property bool wide: width > height
    // A portrait kiosk: the car and the times take the height it offers, so nothing sits in the
    // top half above an empty lower one.
    readonly property bool tall: !wide && height > width * 1.4
    readonly property bool settled: picture.status !== Image.Loading && !DriveBooking.loading
    readonly property bookingConfirmation confirmation: DriveBooking.confirmation
    readonly property string channel: DriveBooking.channel
    property string cancelMessage
    // The visitor tapped Cancel drive and is being asked to confirm.
    property bool confirmingCancel: false
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Book a test drive")

    // True when the car came with the page (a stock car, or the configured model).
    property bool carGiven: false

    function goBack() {
        if (step === "details")
            step = "time"
        else if (step === "time" && DriveBooking.vehicle.length === 0)
            step = "studio"
        else if (step === "studio" && !carGiven)
            step = "model"
        else
            page.back()
    }

    function book() {
        DriveBooking.submit(nameField.text, contactField.text, privacyBox.checked, marketingBox.checked)
    }

    function booked() {
        // Focus off the fields: the on-screen keyboard goes with it.
        page.forceActiveFocus()
        step = "done"
    }

    Connections {
        target: DriveBooking
        function onSubmitted(ok) {
            if (ok) {
                page.booked()
            } else if (DriveBooking.start.length === 0) {
                // Someone else took the time: back to the times, the details stay filled in.
                page.step = "time"
            }
        }
        function onCancelFinished(ok) {
            page.cancelMessage = ok ? "✓ " + DriveBooking.cancelMessage : DriveBooking.cancelMessage
        }
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Book a test drive")
        onBack: page.goBack()
    }

    // Where the visitor is: four steps, the ones behind them ticked, the current one marked.
    Flow {
        id: steps
        objectName: "drive-steps"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        spacing: Theme.s5
        visible: page.step !== "done"
        height: visible ? implicitHeight : 0
        readonly property var order: ["model", "studio", "time", "details"]
        readonly property int current: order.indexOf(page.step)
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Step %1 of %2").arg(current + 1).arg(order.length)
        Repeater {
            model: [qsTr("Car"), qsTr("Studio"), qsTr("Day and time"), qsTr("Your details")]
            delegate: Column {
                id: stepItem
                required property string modelData
                required property int index
                readonly property bool done: index < steps.current
                readonly property bool current: index === steps.current
                objectName: "drive-step-" + index
                spacing: Theme.s1
                Accessible.role: Accessible.ListItem
                Accessible.name: stepLabel.text
                Accessible.selected: current
                // A done step is ticked, the others numbered.
                Row {
                    id: stepLabel
                    readonly property string text: stepItem.done ? qsTr("Done: %1").arg(stepItem.modelData) : stepName.text
                    spacing: Theme.s2
                    // Standing on the words' baseline, as a letter would (centred on the line,
                    // whose box holds the descenders too, it stood low).
                    Tick {
                        objectName: "drive-step-" + stepItem.index + "-tick"
                        anchors.baseline: stepName.baseline
                        visible: stepItem.done
                        color: Theme.textMuted
                    }
                    Label {
                        id: stepName
                        objectName: "drive-step-" + stepItem.index + "-label"
                        text: (stepItem.done ? "" : (stepItem.index + 1) + " ") + stepItem.modelData
                        muted: !stepItem.current
                        font.weight: stepItem.current ? Font.DemiBold : Theme.bodyWeight
                        wrapMode: Text.NoWrap
                    }
                }
                Rectangle {
                    width: stepLabel.width
                    height: 3
                    color: stepItem.current ? Theme.accent : "transparent"
                }
            }
        }
    }

    // The drive so far, always in view.
    CarBackdrop {
        id: drive
        objectName: "drive-summary"
        anchors.left: parent.left
        anchors.top: steps.bottom
        anchors.leftMargin: Theme.s6
        anchors.topMargin: Theme.s3
        width: page.wide ? (parent.width - 3 * Theme.s6) * 0.38 : parent.width - 2 * Theme.s6
        // A tall screen gives the car more room: a fifth of its height, a quarter on a portrait kiosk.
        height: page.wide ? parent.height - y - Theme.s6 : Math.max(Theme.s8 * 1.6, page.height * (page.tall ? 0.25 : 0.2))
        visible: DriveBooking.model.length > 0
        Image {
            id: picture
            objectName: "drive-picture"
            anchors.left: parent.left
            anchors.right: page.wide ? parent.right : parent.horizontalCenter
            anchors.top: parent.top
            anchors.margins: Theme.s4
            // On a wide screen the car and its details stand in the middle of the panel, as in a
            // showroom, rather than leaving its lower half empty below them.
            anchors.topMargin: page.wide ? Math.max(Theme.s4, (parent.height - height - Theme.s4 - details.implicitHeight) / 2) : Theme.s4
            height: page.wide ? width * 0.55 : parent.height - 2 * Theme.s4
            source: DriveBooking.image
            sourceSize.width: width
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            mirror: LayoutMirroring.enabled
            Accessible.role: Accessible.Graphic
            Accessible.name: Theme.spoken(DriveBooking.title)
        }
        Column {
            id: details
            objectName: "drive-details"
            anchors.left: page.wide ? parent.left : picture.right
            anchors.right: parent.right
            anchors.top: page.wide ? picture.bottom : undefined
            // Beside the picture on a tall screen, centred with it.
            anchors.verticalCenter: page.wide ? undefined : parent.verticalCenter
            anchors.margins: Theme.s4
            spacing: Theme.s2
            Label {
                width: parent.width
                text: DriveBooking.title
                level: page.wide ? Label.Title : Label.Lead
            }
            Label {
                width: parent.width
                visible: DriveBooking.vehicle.length > 0
                text: qsTr("This very car, from stock")
                muted: true
            }
            Label {
                objectName: "drive-studio"
                width: parent.width
                visible: text.length > 0
                text: DriveBooking.studioName.length > 0 ? DriveBooking.studioName + (page.wide ? "\n" + DriveBooking.studioAddress : "") : ""
                muted: true
            }
            Label {
                objectName: "drive-when"
                width: parent.width
                visible: text.length > 0
                text: DriveBooking.when
                font.weight: Font.DemiBold
            }
        }
    }

    Item {
        id: content
        anchors.left: page.wide && drive.visible ? drive.right : parent.left
        anchors.right: parent.right
        anchors.top: page.wide || !drive.visible ? steps.bottom : drive.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        anchors.topMargin: Theme.s3

        // 1. Which car.
        Item {
            anchors.fill: parent
            visible: page.step === "model"
            Label {
                id: modelIntro
                width: parent.width
                text: qsTr("Which car would you like to drive?")
                level: Label.Lead
            }
            GridView {
                id: modelGrid
                anchors.top: modelIntro.bottom
                anchors.topMargin: Theme.s3
                anchors.bottom: cancelRow.top
                anchors.bottomMargin: Theme.s3
                width: parent.width
                readonly property int columns: width > 1200 * Theme.scale ? 3 : 2
                cellWidth: width / columns
                cellHeight: cellWidth * 0.6
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: DriveBooking.models
                delegate: T.AbstractButton {
                    id: modelCard
                    Accessible.onPressAction: modelCard.clicked()
                    required property string modelId
                    required property string name
                    required property string image
                    objectName: "drive-model-" + modelId
                    width: modelGrid.cellWidth - Theme.s3
                    height: modelGrid.cellHeight - Theme.s3
                    Accessible.role: Accessible.Button
                    Accessible.name: name
                    focusPolicy: Qt.StrongFocus
                    onClicked: {
                        DriveBooking.chooseModel(modelId)
                        page.step = "studio"
                    }
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius
                        border.width: modelCard.visualFocus ? 3 : 0
                        border.color: Theme.focus
                    }
                    Image {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.bottom: modelName.top
                        anchors.margins: Theme.s3
                        source: modelCard.image
                        sourceSize.width: width
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        mirror: LayoutMirroring.enabled
                        Accessible.ignored: true
                    }
                    Label {
                        id: modelName
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.s3
                        text: modelCard.name
                        level: Label.Lead
                        maximumLineCount: 1
                    }
                }
            }

            // Its last lines fade into the page while more follow below.
            MoreBelow {
                objectName: "drive-models-more"
                flickable: modelGrid
            }
            // A visitor can cancel their own drive with its code, and is asked once more first.
            Column {
                id: cancelRow
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.s4
                width: parent.width
                spacing: Theme.s3
                Row {
                    width: parent.width
                    spacing: Theme.s3
                    FormField {
                        id: cancelField
                        objectName: "cancel-code"
                        width: Math.min(parent.width - cancelButton.width - Theme.s3, 560 * Theme.scale)
                        label: qsTr("Booked already? Cancel with your booking code")
                        placeholder: "XXXX-XXXX"
                        error: page.cancelMessage.length > 0 && !page.cancelMessage.startsWith("✓") ? page.cancelMessage : ""
                        hint: page.cancelMessage.startsWith("✓") ? page.cancelMessage.substring(2) : ""
                        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                        maximumLength: 20
                        onTextChanged: {
                            page.cancelMessage = ""
                            page.confirmingCancel = false
                        }
                    }
                    StaffButton {
                        id: cancelButton
                        objectName: "cancel-drive"
                        anchors.bottom: cancelField.bottom
                        anchors.bottomMargin: cancelField.error.length > 0 || cancelField.hint.length > 0 ? Theme.s5 : 0
                        visible: !page.confirmingCancel
                        text: qsTr("Cancel drive")
                        enabled: cancelField.text.trim().length > 0
                        onClicked: page.confirmingCancel = true
                    }
                }
                Label {
                    width: parent.width
                    visible: page.confirmingCancel
                    text: qsTr("Cancel the drive with the code %1? Its time is then free for others.")
                              .arg("\u2066" + cancelField.text.trim().toUpperCase() + "\u2069")
                    font.weight: Font.DemiBold
                }
                Flow {
                    width: parent.width
                    spacing: Theme.s3
                    visible: page.confirmingCancel
                    StaffButton {
                        objectName: "cancel-drive-confirm"
                        primary: true
                        text: qsTr("Yes, cancel my drive")
                        onClicked: {
                            page.confirmingCancel = false
                            DriveBooking.cancelByCode(cancelField.text)
                        }
                    }
                    StaffButton {
                        objectName: "cancel-drive-keep"
                        text: qsTr("Keep my drive")
                        onClicked: page.confirmingCancel = false
                    }
                }
            }
        }

        // 2. Where: the studios with this car, nearest first. The question stands above the list
        // rather than as its header: Qt 6.4 cannot create a ListView header in a file with
        // `pragma ComponentBehavior: Bound` ("Component is not ready"), and the header never showed.
        Label {
            id: studioQuestion
            objectName: "drive-studio-question"
            width: parent.width
            visible: page.step === "studio"
            bottomPadding: Theme.s3
            text: qsTr("Where would you like to start?")
            level: Label.Lead
        }
        ListView {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: studioQuestion.bottom
            anchors.bottom: parent.bottom
            visible: page.step === "studio"
            clip: true
            spacing: Theme.s2
            boundsBehavior: Flickable.StopAtBounds
            model: page.step === "studio" ? DriveBooking.studios : null
            delegate: Tpl.RadioButton {
                id: studioRow
                Accessible.onPressAction: studioRow.clicked()
                Accessible.onToggleAction: studioRow.clicked()
                checked: selected
                required property string studioId
                required property string name
                required property string address
                required property string distance
                required property bool selected
                objectName: "drive-studio-" + studioId
                width: ListView.view.width
                implicitHeight: studioText.implicitHeight + 2 * Theme.s4
                Accessible.role: Accessible.Button
                Accessible.name: name
                Accessible.description: address
                focusPolicy: Qt.StrongFocus
                onClicked: {
                    DriveBooking.chooseStudio(studioId)
                    page.step = "time"
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: studioRow.visualFocus ? 3 : studioRow.selected ? 2 : 0
                    border.color: studioRow.visualFocus ? Theme.focus : Theme.accent
                }
                Column {
                    id: studioText
                    anchors.left: parent.left
                    anchors.right: studioDistance.left
                    anchors.margins: Theme.s4
                    anchors.verticalCenter: parent.verticalCenter
                    Label {
                        width: parent.width
                        text: studioRow.name
                        level: Label.Lead
                    }
                    Label {
                        width: parent.width
                        text: studioRow.address
                        muted: true
                    }
                }
                Label {
                    id: studioDistance
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.s4
                    anchors.verticalCenter: parent.verticalCenter
                    text: studioRow.distance
                    muted: true
                    wrapMode: Text.NoWrap
                }
            }
        }

        // 3. When: a strip of days, then the free times of the day.
        Item {
            anchors.fill: parent
            visible: page.step === "time"
            ListView {
                id: dayStrip
                objectName: "days"
                width: parent.width
                // As tall as a day's three lines need in the current type size.
                height: Math.max(Theme.touch * 1.6, dayLines.implicitHeight + 2 * Theme.s2)
                orientation: ListView.Horizontal
                spacing: Theme.s2
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: page.step === "time" ? DriveBooking.days : null
                delegate: Tpl.RadioButton {
                    id: dayButton
                    Accessible.onPressAction: dayButton.clicked()
                    Accessible.onToggleAction: dayButton.clicked()
                    checked: current
                    required property string date
                    required property string weekday
                    required property string day
                    required property string note
                    required property int free
                    required property bool selected
                    required property int index
                    readonly property bool current: selected
                    objectName: "day-" + index
                    width: Math.max(Theme.touch * 1.9, dayText.implicitWidth + 2 * Theme.s3)
                    height: dayStrip.height
                    enabled: free > 0
                    Accessible.name: weekday + " " + day
                    Accessible.description: note
                    focusPolicy: Qt.StrongFocus
                    onClicked: DriveBooking.chooseDay(date)
                    background: Rectangle {
                        radius: Theme.radius
                        color: dayButton.current ? Theme.accent : Theme.surface
                        border.width: dayButton.visualFocus ? 3 : 0
                        border.color: Theme.focus
                    }
                    Column {
                        id: dayText
                        anchors.centerIn: parent
                        opacity: dayButton.enabled ? 1 : 0.45
                        Label {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: dayButton.weekday
                            color: dayButton.current ? Theme.textOnAccent : Theme.text
                            wrapMode: Text.NoWrap
                        }
                        Label {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: dayButton.day
                            level: Label.Lead
                            color: dayButton.current ? Theme.textOnAccent : Theme.text
                            wrapMode: Text.NoWrap
                        }
                        Label {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: dayButton.note
                            level: Label.Caption
                            color: dayButton.current ? Theme.textOnAccent : Theme.textMuted
                            wrapMode: Text.NoWrap
                        }
                    }
                }
            }
            Column {
                id: dayLines
                visible: false
                Label { text: "Ag" }
                Label { text: "Ag"; level: Label.Lead }
                Label { text: "Ag"; level: Label.Caption }
            }
            Label {
                id: timeIntro
                anchors.top: dayStrip.bottom
                anchors.topMargin: Theme.s4
                width: parent.width
                text: DriveBooking.loading && dayStrip.count === 0 ? qsTr("Looking up the free times…")
                    : DriveBooking.day.length === 0 ? (DriveBooking.message.length > 0 ? DriveBooking.message : qsTr("Choose a day to see its free times."))
                    : DriveBooking.dayNote.length > 0 ? DriveBooking.dayNote
                    : DriveBooking.message.length > 0 ? DriveBooking.message
                    : qsTr("Times are in the studio's local time. A drive takes about an hour with an expert.")
                muted: true
            }
            GridView {
                id: timeGrid
                objectName: "times"
                anchors.top: timeIntro.bottom
                anchors.topMargin: Theme.s3
                anchors.bottom: parent.bottom
                width: parent.width
                cellWidth: width / Math.max(2, Math.floor(width / (Theme.touch * 2.6)))
                cellHeight: timeGrid.buttonHeight + Theme.s2
                // Larger times on a portrait kiosk, where the height is there to use.
                readonly property real buttonHeight: page.tall ? Theme.touch * 1.5 : Theme.touch
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: page.step === "time" ? DriveBooking.times : null
                delegate: T.AbstractButton {
                    id: timeButton
                    Accessible.onPressAction: timeButton.clicked()
                    required property string start
                    required property string label
                    required property bool free
                    required property int index
                    objectName: "time-" + index
                    width: timeGrid.cellWidth - Theme.s2
                    height: timeGrid.buttonHeight
                    enabled: free
                    text: label
                    Accessible.role: Accessible.Button
                    Accessible.name: text
                    Accessible.description: free ? "" : qsTr("Taken")
                    focusPolicy: Qt.StrongFocus
                    onClicked: {
                        DriveBooking.chooseTime(start)
                        DriveBooking.clearProblem("")
                        page.step = "details"
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: timeButton.visualFocus ? 3 : 1
                        border.color: timeButton.visualFocus ? Theme.focus : Theme.divider
                        opacity: timeButton.enabled ? 1 : 0.35
                    }
                    Label {
                        anchors.centerIn: parent
                        text: timeButton.text
                        level: Label.Lead
                        opacity: timeButton.enabled ? 1 : 0.35
                        font.strikeout: !timeButton.enabled
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }

        // 4. Who: a name and one way to reach them, and consent.
        Item {
            anchors.fill: parent
            visible: page.step === "details"
            Flickable {
                id: form
                anchors.fill: parent
                // The form's foot scrolls up to the button's bar, which stays in view.
                contentHeight: formColumn.height + bookBar.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: formColumn
                    width: Math.min(form.width, 900 * Theme.scale)
                    // On the reading side in Arabic too (a Column is not mirrored by itself).
                    x: LayoutMirroring.enabled ? form.width - width : 0
                    spacing: Theme.s4
                    Label {
                        width: parent.width
                        text: qsTr("Who is coming? We only need a name and one way to reach you.")
                        level: Label.Lead
                    }
                    FormField {
                        id: nameField
                        objectName: "name"
                        width: parent.width
                        flickable: form
                        label: qsTr("Your name")
                        error: DriveBooking.nameProblem
                        maximumLength: 100
                        inputMethodHints: Qt.ImhNoPredictiveText
                        onAccepted: contactField.input.forceActiveFocus()
                        onTextChanged: DriveBooking.clearProblem("name")
                    }
                    ChoiceRow {
                        width: parent.width
                        label: qsTr("How should we reach you?")
                        choices: DriveBooking.channels
                        onPicked: value => DriveBooking.chooseChannel(value)
                    }
                    FormField {
                        id: contactField
                        objectName: "contact"
                        width: parent.width
                        flickable: form
                        label: page.channel === "phone" ? qsTr("Phone number") : qsTr("E-mail address")
                        hint: DriveBooking.contactHint
                        error: DriveBooking.contactProblem
                        maximumLength: 254
                        inputMethodHints: page.channel === "phone" ? Qt.ImhDialableCharactersOnly
                                                                   : Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                        // The country code's "+" is a long press on the dial pad, "@" a second page of
                        // the letters: both a key of their own beside the field.
                        keys: page.channel === "phone" ? ["+"] : ["@"]
                        onTextChanged: DriveBooking.clearProblem("contact")
                    }
                    ConsentBox {
                        id: privacyBox
                        objectName: "privacy"
                        width: parent.width
                        text: qsTr("I have read the privacy notice and agree that my name and contact are kept for this drive.")
                        error: DriveBooking.privacyProblem
                        onCheckedChanged: DriveBooking.clearProblem("privacy")
                    }
                    Label {
                        width: parent.width
                        text: qsTr("Privacy notice: your name and contact are stored on this studio's system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.", "", DriveBooking.retentionDays)
                        level: Label.Caption
                        muted: true
                    }
                    ConsentBox {
                        id: marketingBox
                        objectName: "marketing"
                        width: parent.width
                        text: qsTr("Optional: I would like to hear about new models and events.")
                    }
                }
            }
            // The form's answer and the button: right after the form in landscape; on a tall screen at
            // the foot of the page, in the lower half where a hand reaches. Never below the screen's
            // edge: a form taller than the screen (larger text) scrolls up behind it.
            Rectangle {
                id: bookBar
                objectName: "book-bar"
                readonly property real follows: formColumn.height - form.contentY
                readonly property real foot: parent.height - height
                x: formColumn.x
                y: page.wide ? Math.min(follows, foot) : foot
                width: formColumn.width
                height: bookArea.height + 2 * Theme.s4
                color: Theme.background
                Column {
                    id: bookArea
                    y: Theme.s4
                    width: parent.width
                    spacing: Theme.s3
                    Label {
                        width: parent.width
                        visible: text.length > 0
                        text: DriveBooking.message
                        font.weight: Font.DemiBold
                    }
                    // Said before anyone commits: without the studio's system this screen cannot
                    // promise the time, only pass the request on.
                    Label {
                        objectName: "drive-hub-out-of-reach"
                        width: parent.width
                        visible: DriveBooking.hubOutOfReach && DriveBooking.message.length === 0
                        text: qsTr("This screen cannot reach the studio's system just now. Your drive is kept here as a request, and the studio confirms the time with you.")
                        muted: true
                    }
                    StaffButton {
                        objectName: "book"
                        x: LayoutMirroring.enabled ? parent.width - width : 0
                        primary: true
                        enabled: !DriveBooking.busy
                        text: qsTr("Book this drive")
                        onClicked: page.book()
                    }
                }
            }
            // The form's lines fade into the bar when they go on behind it.
            MoreBelow {
                objectName: "form-more"
                flickable: form
                foot: bookBar
            }
        }

        // 5. Done: the code, the time and a calendar entry to take home.
        Flickable {
            id: doneView
            anchors.fill: parent
            visible: page.step === "done"
            contentHeight: doneColumn.implicitHeight + Theme.s6
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: doneColumn
                width: parent.width
                spacing: Theme.s4
                Label {
                    objectName: "drive-done-title"
                    width: parent.width
                    text: page.confirmation.pending
                          ? qsTr("Your request is with the studio. They will confirm the time with you shortly.")
                          : qsTr("Your drive is booked. We look forward to seeing you.")
                    level: Label.Title
                }
                Label {
                    width: parent.width
                    text: page.confirmation.when + "\n" + page.confirmation.studio + ", " + page.confirmation.address
                    level: Label.Lead
                }
                Label {
                    width: parent.width
                    text: qsTr("Your booking code")
                    muted: true
                }
                Label {
                    objectName: "booking-code"
                    width: parent.width
                    text: "\u2066" + page.confirmation.code + "\u2069"
                    level: Label.Display
                    font.capitalization: Font.MixedCase
                    font.letterSpacing: 3
                }
                Row {
                    // Full width, so in Arabic the codes start on the right, the reading side.
                    width: parent.width
                    spacing: Theme.s6
                    Repeater {
                        // The booking's web page only where the studio has one.
                        model: page.confirmation.codeQr !== ""
                               ? [{ image: page.confirmation.calendarQr, text: qsTr("Add to your calendar") },
                                  { image: page.confirmation.codeQr, text: qsTr("Your booking on your phone") }]
                               : [{ image: page.confirmation.calendarQr, text: qsTr("Add to your calendar") }]
                        // Each code with its words under it, from the code's reading edge and half as
                        // wide again: under the code alone "Zu Ihrem Kalender hinzufügen" took three
                        // centred lines with larger text.
                        delegate: Column {
                            id: qrItem
                            required property var modelData
                            width: Theme.s8 * 2.2 * 1.5
                            spacing: Theme.s2
                            Image {
                                objectName: "booking-qr"
                                x: LayoutMirroring.enabled ? parent.width - width : 0
                                width: Theme.s8 * 2.2
                                height: width
                                source: qrItem.modelData.image
                                sourceSize.width: width
                                smooth: false
                                Accessible.role: Accessible.Graphic
                                Accessible.name: qrItem.modelData.text
                            }
                            Label {
                                objectName: "booking-qr-caption"
                                width: parent.width
                                text: qrItem.modelData.text
                                muted: true
                            }
                        }
                    }
                }
                Label {
                    width: parent.width
                    text: qsTr("Keep the code: with it you can cancel here or by calling the studio. Nothing else is needed on the day.")
                    muted: true
                }
                StickyFoot {
                    id: doneFoot
                    flickable: doneView
                    StaffButton {
                        objectName: "drive-done"
                        x: LayoutMirroring.enabled ? parent.width - width : 0
                        primary: true
                        text: qsTr("Done")
                        onClicked: page.finished()
                    }
                }
            }
        }

        // Its last lines fade into the page while more follow below.
        MoreBelow {
            objectName: "booked-more"
            flickable: doneView
            footLifted: doneFoot.lifted
        }
    }
}
