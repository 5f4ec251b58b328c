// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// A choice in the finder with the number of cars it gives; zero is shown, never hidden.
T.AbstractButton {
    id: chip
    Accessible.onPressAction: chip.clicked()
    property int count: 0
    property bool selected: false
    property bool showCount: true
    // A chip that is on or off (a facet's value, a sort); false for one that only acts (remove).
    property bool toggles: true
    checkable: toggles
    checked: selected
    Accessible.onToggleAction: chip.clicked()
    // A tap flips `checked` at once; the finder decides, and the chip shows what it decided.
    onClicked: checked = Qt.binding(() => chip.selected)
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, row.implicitWidth + 2 * Theme.s4)
    Accessible.name: showCount ? qsTr("%1, %n cars", "", count).arg(text) : text
    focusPolicy: Qt.StrongFocus
    background: Rectangle {
        radius: height / 2
        color: chip.selected ? Theme.accent : "transparent"
        border.width: chip.visualFocus ? 3 : 1
        border.color: chip.visualFocus ? Theme.focus : chip.selected ? Theme.accent : Theme.divider
    }
    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.s2
        // One line each, centred in the pill (the body's line spacing would lift them).
        Label {
            text: chip.text
            color: chip.selected ? Theme.textOnAccent : Theme.text
            wrapMode: Text.NoWrap
            lineHeight: 1.0
        }
        // A zero in the muted colour like any count, never faded below a readable contrast.
        Label {
            visible: chip.showCount
            text: chip.count
            color: chip.selected ? Theme.textOnAccent : Theme.textMuted
            wrapMode: Text.NoWrap
            lineHeight: 1.0
        }
    }
}
