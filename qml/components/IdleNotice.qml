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
    // Not fading in or out: half there, the page shows through its words.
    readonly property bool settled: opacity === (VisitorSession.noticeShown ? 1 : 0)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text

    MouseArea {
        anchors.fill: parent
        // The touch itself keeps the session (the application-wide filter sees it); this only
        // stops it from reaching the page underneath.
        onClicked: VisitorSession.begin()
    }

    // The words on a card of their own: over the page they would cross its lines and its car.
    Rectangle {
        objectName: "idle-notice-card"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.s6, 1100 * Theme.scale)
        height: words.implicitHeight + 2 * Theme.s6
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: words
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.s6
            spacing: Theme.s4
            Label {
                id: title
                objectName: "idle-notice-title"
                width: parent.width
                text: qsTr("Still exploring?")
                level: Label.Display
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                objectName: "idle-notice-words"
                width: parent.width
                text: qsTr("Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.")
                level: Label.Lead
                muted: true
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
