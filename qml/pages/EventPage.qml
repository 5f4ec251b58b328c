// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import Vitrine

// One event: what it is, when and where, in which language, and — where sign-up is needed — the
// same two fields and consents as a test drive to take a place. Joined, the visitor gets a code
// and a calendar entry to take home. A full event simply says it is full.
Item {
    id: page
    signal back()
    property string eventId
    readonly property var ev: StudioEvents.current
    readonly property var place: StudioEvents.joined
    readonly property bool settled: ev.id === eventId
    readonly property bool wide: width > height
    readonly property bool done: place.code !== undefined
    Accessible.role: Accessible.Pane
    Accessible.name: ev.title || qsTr("Event")

    Component.onCompleted: StudioEvents.open(eventId)

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: page.ev.kind || qsTr("Event")
        onBack: page.back()
    }

    Flickable {
        id: body
        objectName: "event-body"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        contentHeight: layout.height + Theme.s8
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        // Landscape: what and when on the reading side, the form beside it; portrait: one column.
        Grid {
            id: layout
            width: body.width
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.s7
            rowSpacing: Theme.s5
            readonly property real columnWidth: page.wide ? Math.floor((width - columnSpacing) / 2) : width

        Column {
            id: column
            width: layout.columnWidth
            spacing: Theme.s4

            Image {
                objectName: "event-picture"
                width: parent.width
                height: visible ? width * 0.38 : 0
                visible: (page.ev.picture || "") !== ""
                source: page.ev.picture || ""
                sourceSize.width: width
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                mirror: LayoutMirroring.enabled
                Accessible.role: Accessible.Graphic
                Accessible.name: page.ev.title || ""
            }
            Label {
                objectName: "event-title"
                width: parent.width
                text: page.ev.title || ""
                level: Label.Display
                heading: true
            }
            Label {
                objectName: "event-when"
                width: parent.width
                text: page.ev.when || ""
                level: Label.Lead
            }
            Label {
                width: parent.width
                text: (page.ev.studio || "") + " · " + (page.ev.address || "")
                muted: true
            }
            Label {
                width: parent.width
                text: qsTr("Spoken in %1").arg(page.ev.language || "")
                muted: true
            }
            Label {
                objectName: "event-description"
                width: parent.width
                text: page.ev.description || ""
                level: Label.Lead
            }
            Label {
                objectName: "event-status"
                width: parent.width
                visible: text.length > 0
                text: page.ev.cancelled ? qsTr("This event is cancelled.")
                    : page.ev.full ? qsTr("This event is full.")
                    : page.ev.signup === false ? qsTr("No sign-up needed: simply come by.") : ""
                level: Label.Lead
                font.weight: Font.DemiBold
            }
        }

        Column {
            id: actions
            width: layout.columnWidth
            spacing: Theme.s4

            // Joining: only where sign-up is needed and there is room.
            Column {
                id: joinForm
                objectName: "event-join-form"
                // Its Join, lifted to the foot of the view, stands over the calendar entry after it.
                z: 1
                width: parent.width
                spacing: Theme.s4
                visible: !page.done && page.ev.signup === true && !page.ev.full && !page.ev.cancelled
                Label {
                    width: parent.width
                    text: qsTr("Join: we only need a name and one way to reach you.")
                    level: Label.Title
                    heading: true
                }
                FormField {
                    id: nameField
                    objectName: "event-name"
                    width: parent.width
                    flickable: body
                    label: qsTr("Your name")
                    error: StudioEvents.nameProblem
                    maximumLength: 100
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: contactField.input.forceActiveFocus()
                }
                FormField {
                    id: contactField
                    objectName: "event-contact"
                    width: parent.width
                    flickable: body
                    label: qsTr("Your phone number or e-mail address")
                    error: StudioEvents.contactProblem
                    maximumLength: 254
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    keys: ["+", "@"]
                }
                ConsentBox {
                    id: privacyBox
                    objectName: "event-privacy"
                    width: parent.width
                    text: qsTr("I have read the privacy notice and agree that my name and contact are kept for this event.")
                    error: StudioEvents.privacyProblem
                }
                Label {
                    width: parent.width
                    text: qsTr("Privacy notice: your name and contact are stored on this studio's system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.", "", DriveBooking.retentionDays)
                    level: Label.Caption
                    muted: true
                }
                ConsentBox {
                    id: marketingBox
                    objectName: "event-marketing"
                    width: parent.width
                    text: qsTr("Optional: I would like to hear about new models and events.")
                }
                Label {
                    objectName: "event-problem"
                    width: parent.width
                    visible: text.length > 0
                    text: StudioEvents.problem
                    font.weight: Font.DemiBold
                }
                // Said before anyone commits: without the studio's system no place can be kept.
                Label {
                    objectName: "event-hub-out-of-reach"
                    width: parent.width
                    visible: StudioEvents.hubOutOfReach && StudioEvents.problem.length === 0
                    text: qsTr("This screen cannot reach the studio's system just now, so it cannot keep a place. Our team can sign you up at the desk.")
                    font.weight: Font.DemiBold
                }
                StickyFoot {
                    id: joinFoot
                    flickable: body
                    StaffButton {
                        objectName: "event-join"
                        x: LayoutMirroring.enabled ? parent.width - width : 0
                        primary: true
                        enabled: !StudioEvents.busy && !StudioEvents.hubOutOfReach
                        text: qsTr("Join this event")
                        onClicked: StudioEvents.join(nameField.text, contactField.text, privacyBox.checked, marketingBox.checked)
                    }
                }
            }

            // The calendar entry, to take home with a phone's camera: beside the form, in sight on
            // a landscape screen (below the description it fell under the fold).
            Row {
                objectName: "event-calendar"
                x: LayoutMirroring.enabled ? parent.width - width : 0
                spacing: Theme.s4
                visible: !page.done && (page.ev.calendarQr || "") !== "" && !page.ev.cancelled
                Image {
                    objectName: "event-calendar-qr"
                    width: Theme.s8 * 2
                    height: width
                    source: page.ev.calendarQr || ""
                    sourceSize.width: width
                    smooth: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Add to your calendar")
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(actions.width - Theme.s8 * 2 - Theme.s4, 420 * Theme.scale)
                    text: qsTr("Add to your calendar")
                    muted: true
                }
            }

            // Joined: the code and the calendar entry with it.
            Column {
                objectName: "event-joined"
                width: parent.width
                spacing: Theme.s4
                visible: page.done
                Label {
                    width: parent.width
                    text: qsTr("You have a place. Your code:")
                    level: Label.Title
                    heading: true
                }
                Label {
                    objectName: "event-code"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    text: "\u2066" + (page.place.code || "") + "\u2069"
                    level: Label.Display
                    font.letterSpacing: 3
                }
                Row {
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    spacing: Theme.s4
                    Image {
                        width: Theme.s8 * 2.2
                        height: width
                        source: page.place.calendarQr || ""
                        sourceSize.width: width
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Add to your calendar")
                    }
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(actions.width - Theme.s8 * 2.2 - Theme.s4, 520 * Theme.scale)
                        text: qsTr("Keep the code: with it you can give your place back here or by calling the studio.")
                        muted: true
                    }
                }
                Row {
                    objectName: "event-phone"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    visible: (page.place.phoneQr || "") !== ""
                    spacing: Theme.s4
                    Image {
                        width: Theme.s8 * 2.2
                        height: width
                        source: page.place.phoneQr || ""
                        sourceSize.width: width
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Your place on your phone")
                    }
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(actions.width - Theme.s8 * 2.2 - Theme.s4, 520 * Theme.scale)
                        text: qsTr("Your place on your phone: the details, the calendar, and giving it back.")
                        muted: true
                    }
                }
                StickyFoot {
                    id: doneFoot
                    flickable: body
                    StaffButton {
                        objectName: "event-done"
                        x: LayoutMirroring.enabled ? parent.width - width : 0
                        text: qsTr("Done")
                        primary: true
                        onClicked: page.back()
                    }
                }
            }
        }
        }
    }

    // On the tablet the calendar entry is the last thing, a little below the fold.
    MoreBelow {
        objectName: "event-more"
        flickable: body
        trailing: Theme.s8
        footLifted: joinFoot.lifted || doneFoot.lifted
    }
}
