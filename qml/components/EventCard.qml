// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// One event in a list: its kind, title, time and the language spoken; "Full" or "Cancelled"
// said plainly when so, never how few places are left.
T.AbstractButton {
    id: card
    property var event: ({})
    // A line more for staff (places taken); empty for visitors.
    property string note
    objectName: "event-" + (event.id || "")
    implicitHeight: Math.max(Theme.touch * 1.6, texts.implicitHeight + 2 * Theme.s4)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: Theme.spoken(event.title || "")
    Accessible.description: Theme.spoken([event.kind, event.when, event.language].join(", ")
                                         + (event.cancelled ? ", " + qsTr("Cancelled") : event.full ? ", " + qsTr("Full") : ""))
    Accessible.onPressAction: card.clicked()
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: card.visualFocus ? 3 : 1
        border.color: card.visualFocus ? Theme.focus : Theme.divider
    }
    Column {
        id: texts
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.s5
        spacing: Theme.s1
        Label {
            width: parent.width
            text: card.event.kind + (card.event.cancelled ? " · " + qsTr("Cancelled") : card.event.full ? " · " + qsTr("Full") : "")
            level: Label.Caption
            muted: true
        }
        Label {
            width: parent.width
            text: card.event.title || ""
            level: Label.Lead
            maximumLineCount: 2
        }
        Label {
            width: parent.width
            text: (card.event.when || "") + " · " + (card.event.language || "")
            muted: true
        }
        Label {
            width: parent.width
            visible: card.note.length > 0
            text: card.note
            muted: true
        }
    }
}
