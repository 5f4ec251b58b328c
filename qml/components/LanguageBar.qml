// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T
import QtQuick.Templates as Tpl
import Vitrine

// The language switch, always in each language's own name so anyone finds theirs.
Row {
    id: bar
    spacing: Theme.s1
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: UiLanguage.languages
        delegate: Tpl.RadioButton {
            id: button
            Accessible.onPressAction: button.clicked()
            Accessible.onToggleAction: button.clicked()
            checked: current
            required property string code
            required property string name
            required property bool current
            implicitHeight: Theme.touch
            implicitWidth: Math.max(Theme.touch, nameLabel.implicitWidth + 2 * Theme.s3)
            Accessible.name: name
            focusPolicy: Qt.StrongFocus
            onClicked: UiLanguage.setCode(code)
            background: Rectangle {
                color: "transparent"
                border.width: button.visualFocus ? 2 : 0
                border.color: Theme.focus
                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: nameLabel.implicitWidth
                    height: 2
                    color: Theme.accent
                    visible: button.current
                }
            }
            Label {
                id: nameLabel
                anchors.fill: parent
                text: button.name
                level: Label.Body
                muted: !button.current
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideNone
                wrapMode: Text.NoWrap
            }
        }
    }
}
