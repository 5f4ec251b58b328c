// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import QtQuick.Templates as Tpl
import Vitrine.Ui
import Vitrine

// A labelled row of large, mutually exclusive choices (a settings field made for touch). The
// choices and which one is chosen come from C++ (a ChoiceListModel); a tap says which was picked.
Column {
    id: row
    property string label
    property ChoiceListModel choices
    signal picked(var value)

    spacing: Theme.s2
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Label {
        width: row.width
        text: row.label
        muted: true
    }
    Flow {
        width: row.width
        spacing: Theme.s2
        Repeater {
            model: row.choices
            delegate: Tpl.RadioButton {
                id: choice
                Accessible.onPressAction: choice.clicked()
                Accessible.onToggleAction: choice.clicked()
                checked: selected
                required property var value
                required text
                required property bool selected
                objectName: row.objectName.length > 0 ? row.objectName + "-" + value : ""
                implicitHeight: Theme.touch
                implicitWidth: Math.max(Theme.touch * 1.5, caption.implicitWidth + 2 * Theme.s4)
                Accessible.name: text
                focusPolicy: Qt.StrongFocus
                onClicked: row.picked(value)
                background: Rectangle {
                    radius: Theme.radius
                    color: choice.selected ? Theme.accent : Theme.surface
                    border.width: choice.visualFocus ? 3 : 1
                    border.color: choice.visualFocus ? Theme.focus : Theme.divider
                }
                Label {
                    id: caption
                    anchors.fill: parent
                    text: choice.text
                    color: choice.selected ? Theme.textOnAccent : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
}
