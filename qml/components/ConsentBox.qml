// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// A large tick box with its sentence beside it; unticked until the visitor ticks it.
T.AbstractButton {
    id: box
    Accessible.onPressAction: box.toggle()
    property string error
    checkable: true
    implicitHeight: Math.max(Theme.touch, sentence.implicitHeight + Theme.s2)
    implicitWidth: 400
    Accessible.name: text
    Accessible.description: error
    focusPolicy: Qt.StrongFocus
    background: Item {}
    Rectangle {
        id: tick
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touch * 0.6
        height: width
        radius: Theme.radius / 2
        color: box.checked ? Theme.accent : Theme.surface
        border.width: box.visualFocus ? 3 : 2
        border.color: box.error.length > 0 ? Theme.accent : box.visualFocus ? Theme.focus : Theme.divider
        Tick {
            anchors.centerIn: parent
            width: parent.width * 0.6
            height: width
            visible: box.checked
            color: Theme.textOnAccent
        }
    }
    Column {
        anchors.left: tick.right
        anchors.leftMargin: Theme.s3
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        Label {
            id: sentence
            width: parent.width
            text: box.text
        }
        Label {
            width: parent.width
            visible: box.error.length > 0
            text: box.error
            level: Label.Caption
            font.weight: Font.DemiBold
        }
    }
}
