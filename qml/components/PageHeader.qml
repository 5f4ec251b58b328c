// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T

// Top of every page but Home: back, the page's title, and the language switch.
Item {
    id: header
    property string title
    signal back()

    // A long title (German, larger text, a narrow screen) takes a second line rather than an ellipsis.
    implicitHeight: Math.max(Theme.touch, title.implicitHeight) + 2 * Theme.s4

    T.AbstractButton {
        id: backButton
        Accessible.onPressAction: backButton.clicked()
        objectName: "back"
        anchors.left: parent.left
        anchors.leftMargin: Theme.s6
        anchors.verticalCenter: parent.verticalCenter
        implicitHeight: Theme.touch
        implicitWidth: Math.max(Theme.touch, backLabel.implicitWidth + 2 * Theme.s3)
        text: qsTr("Back")
        Accessible.role: Accessible.Button
        Accessible.name: text
        focusPolicy: Qt.StrongFocus
        onClicked: header.back()
        background: Rectangle {
            color: backButton.down ? Theme.surfaceRaised : "transparent"
            radius: Theme.radius
            border.width: backButton.visualFocus ? 2 : 1
            border.color: backButton.visualFocus ? Theme.focus : Theme.divider
        }
        Label {
            id: backLabel
            anchors.fill: parent
            text: (backButton.mirrored ? "\u2192  " : "\u2190  ") + backButton.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.NoWrap
        }
    }

    Label {
        id: title
        objectName: "page-title"
        anchors.left: backButton.right
        anchors.leftMargin: Theme.s5
        anchors.right: languages.visible ? languages.left : parent.right
        anchors.rightMargin: languages.visible ? Theme.s4 : Theme.s6
        anchors.verticalCenter: parent.verticalCenter
        text: header.title
        level: Label.Title
        maximumLineCount: 2
        heading: true
    }

    LanguageBar {
        id: languages
        anchors.right: parent.right
        anchors.rightMargin: Theme.s6
        anchors.verticalCenter: parent.verticalCenter
        visible: header.width > 1400 * Theme.scale
    }
}
