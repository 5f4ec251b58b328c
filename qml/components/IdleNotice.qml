// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import Vitrine

// The last, gentle moment before the screen forgets the visitor. No countdown: one sentence,
// and any touch continues where they were.
Rectangle {
    id: notice
    objectName: "idle-notice"
    anchors.fill: parent
    color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.82)
    opacity: VisitorSession.noticeShown ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.page; easing.type: Easing.OutCubic } }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text

    MouseArea {
        anchors.fill: parent
        // The touch itself keeps the session (the application-wide filter sees it); this only
        // stops it from reaching the page underneath.
        onClicked: VisitorSession.begin()
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.s7, 1100 * Theme.scale)
        spacing: Theme.s4
        Label {
            id: title
            width: parent.width
            text: qsTr("Still exploring?")
            level: Label.Display
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            width: parent.width
            text: qsTr("Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.")
            level: Label.Lead
            muted: true
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
