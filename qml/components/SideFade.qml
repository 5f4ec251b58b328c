// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// One end of a row that scrolls sideways fades while there is more that way, rather than cutting
// the words there (a day "Fr. 11. De", a step "1 Mo"). Over the row, not scrolled with it.
Rectangle {
    id: fade
    required property Flickable flickable
    property bool before // the row's left end
    // What the row stands on, which its ends fade into.
    property color ground: Theme.background
    parent: flickable
    z: 1
    x: before ? 0 : flickable.width - width
    width: Theme.s6
    height: flickable.height
    visible: before ? !flickable.atXBeginning : !flickable.atXEnd
    gradient: Gradient {
        orientation: Gradient.Horizontal
        GradientStop { position: 0; color: Qt.rgba(fade.ground.r, fade.ground.g, fade.ground.b, fade.before ? 1 : 0) }
        GradientStop { position: 1; color: Qt.rgba(fade.ground.r, fade.ground.g, fade.ground.b, fade.before ? 0 : 1) }
    }
}
