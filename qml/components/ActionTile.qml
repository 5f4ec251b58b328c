// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T

// One of Home's four journeys: a large, calm touch target with a title and one line of help.
T.AbstractButton {
    id: tile
    Accessible.onPressAction: tile.clicked()
    property string subtitle
    property bool primary: false

    implicitHeight: Math.max(Theme.touch * 2, content.implicitHeight + 2 * Theme.s5)
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: subtitle
    focusPolicy: Qt.StrongFocus

    background: Rectangle {
        color: tile.primary ? Theme.accent : Theme.surface
        radius: Theme.radius
        border.width: tile.visualFocus ? 3 : 0
        border.color: Theme.focus
        opacity: tile.down ? 0.85 : 1.0
        Behavior on opacity { NumberAnimation { duration: Theme.fast; easing.type: Easing.OutCubic } }
    }

    // Children rather than a deferred contentItem, so the labels can be named. The words start at
    // the top: tiles side by side are as tall as the tallest, and their titles stand on one line
    // whatever each one's words take (centred, a title on two lines stood higher than the others).
    Item {
        anchors.fill: parent
        Column {
            id: content
            anchors.left: parent.left
            anchors.right: arrow.left
            anchors.top: parent.top
            anchors.leftMargin: Theme.s5
            anchors.rightMargin: Theme.s3
            anchors.topMargin: Theme.s5
            spacing: Theme.s2
            Label {
                objectName: tile.objectName.length > 0 ? tile.objectName + "-title" : ""
                width: parent.width
                text: tile.text
                level: Label.Lead
                font.weight: Font.DemiBold
                color: tile.primary ? Theme.textOnAccent : Theme.text
            }
            Label {
                objectName: tile.objectName.length > 0 ? tile.objectName + "-subtitle" : ""
                width: parent.width
                text: tile.subtitle
                level: Label.Body
                color: tile.primary ? Theme.textOnAccent : Theme.textMuted
                visible: text.length > 0
            }
        }
        Label {
            id: arrow
            anchors.right: parent.right
            anchors.rightMargin: Theme.s5
            anchors.verticalCenter: parent.verticalCenter
            // Points the way the reading goes, so it flips for Arabic.
            text: tile.mirrored ? "\u2190" : "\u2192"
            level: Label.Title
            color: tile.primary ? Theme.textOnAccent : Theme.text
            Accessible.ignored: true
        }
    }
}
