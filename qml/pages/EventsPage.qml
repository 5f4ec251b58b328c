// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import Vitrine

// What's on at the studio, a week at a time: talks, workshops, drive days and launches, with
// filters by kind and by the language spoken. A full event simply says so; nothing counts down.
Item {
    id: page
    signal back()
    signal open(string eventId)
    readonly property bool settled: true
    readonly property bool wide: width > height
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("What's on")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("What's on")
        onBack: page.back()
    }

    Flickable {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.s6
        contentHeight: column.height + Theme.s6
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: body.width
            spacing: Theme.s5

            // The week, with a step back and forth (never before this week).
            Item {
                width: parent.width
                height: Math.max(earlier.height, weekLabel.implicitHeight)
                StaffButton {
                    id: earlier
                    objectName: "week-earlier"
                    anchors.left: parent.left
                    quiet: true
                    enabled: StudioEvents.weekOffset > 0
                    text: qsTr("Earlier")
                    onClicked: StudioEvents.weekOffset = StudioEvents.weekOffset - 1
                }
                Label {
                    id: weekLabel
                    objectName: "week-title"
                    anchors.left: earlier.right
                    anchors.right: later.left
                    anchors.margins: Theme.s3
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: StudioEvents.weekTitle
                    level: Label.Title
                    heading: true
                }
                StaffButton {
                    id: later
                    objectName: "week-later"
                    anchors.right: parent.right
                    quiet: true
                    enabled: StudioEvents.weekOffset < 7
                    text: qsTr("Later")
                    onClicked: StudioEvents.weekOffset = StudioEvents.weekOffset + 1
                }
            }
            ChoiceRow {
                objectName: "event-kind"
                width: parent.width
                label: qsTr("Kind")
                choices: StudioEvents.kindChoices
                onPicked: value => StudioEvents.kindFilter = value
            }
            ChoiceRow {
                objectName: "event-language"
                width: parent.width
                label: qsTr("Spoken in")
                choices: StudioEvents.languageChoices
                onPicked: value => StudioEvents.languageFilter = value
            }

            Label {
                objectName: "events-none"
                width: parent.width
                visible: StudioEvents.week.length === 0
                text: qsTr("Nothing planned this week that fits. Try another week, or all kinds and languages.")
                level: Label.Lead
                muted: true
            }
            Grid {
                id: cards
                width: parent.width
                columns: page.wide ? 2 : 1
                spacing: Theme.s4
                readonly property real cardWidth: (width - (columns - 1) * spacing) / columns
                Repeater {
                    model: StudioEvents.week
                    delegate: EventCard {
                        required property var modelData
                        width: cards.cardWidth
                        event: modelData
                        onClicked: page.open(modelData.id)
                    }
                }
            }

            // A place already taken: given back with its code, here as on the phone. The question
            // spans the page (as the field's label it wrapped in the field's 430 px on a tablet).
            Column {
                width: parent.width
                spacing: Theme.s2
                Label {
                    width: parent.width
                    text: qsTr("Have a place and cannot come? Give it back with your code")
                }
                Row {
                    width: parent.width
                    spacing: Theme.s3
                    FormField {
                        id: cancelField
                        objectName: "event-cancel-code"
                        width: Math.min(parent.width - cancelButton.width - Theme.s3, 560 * Theme.scale)
                        flickable: body
                        label: qsTr("Your code")
                        placeholder: "XXXX-XXXX"
                        hint: StudioEvents.cancelMessage
                        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                        maximumLength: 12
                    }
                    StaffButton {
                        id: cancelButton
                        objectName: "event-cancel"
                        anchors.bottom: cancelField.bottom
                        anchors.bottomMargin: StudioEvents.cancelMessage.length > 0 ? Theme.s5 : 0
                        text: qsTr("Give back")
                        enabled: cancelField.text.trim().length > 0
                        onClicked: StudioEvents.cancelByCode(cancelField.text)
                    }
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "events-more"
        flickable: body
        trailing: Theme.s6
    }
}
