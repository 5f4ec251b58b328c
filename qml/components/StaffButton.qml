// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// A plain, large text button for staff screens and forms.
T.AbstractButton {
    id: button
    Accessible.onPressAction: button.clicked()
    property bool primary: false
    // The caption's step of the type scale (a lone character such as "+" reads better larger).
    property int textLevel: Label.Body
    // Discreet: the muted text colour, which still reads at full contrast (never a faded opacity).
    property bool quiet: false
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, caption.implicitWidth + 2 * Theme.s5)
    Accessible.role: Accessible.Button
    Accessible.name: text
    focusPolicy: Qt.StrongFocus
    background: Rectangle {
        radius: Theme.radius
        color: button.primary ? Theme.accent : button.down ? Theme.surfaceRaised : Theme.surface
        border.width: button.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    Label {
        id: caption
        anchors.fill: parent
        text: button.text
        level: button.textLevel
        color: button.primary ? Theme.textOnAccent : button.quiet ? Theme.textMuted : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.NoWrap
    }
}
