// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// While a scrolling area holds more below than it shows, its last lines fade into the page
// rather than end in a cut line or run under what follows: there is more to scroll to. Placed
// beside the area, over its foot.
Rectangle {
    id: fade
    required property Flickable flickable
    // What stands over the area's foot, if anything (a bar of buttons the area scrolls behind):
    // the fade ends at its top. A sibling of the area, as the fade is.
    property Item foot: null
    // True while a StickyFoot of the area stands lifted at its foot: it fades into the lines
    // itself, and this fade would wash over its button.
    property bool footLifted: false
    // The space the area leaves after its last line (its contentHeight beyond the lines): when
    // no more than that lies below, every line is in view and nothing fades over the last one
    // (the event page's Join button stood half washed out).
    property real trailing: 0
    anchors.left: flickable.left
    anchors.right: flickable.right
    anchors.bottom: foot ? foot.top : flickable.bottom
    height: Theme.s6
    visible: flickable.visible && !footLifted && flickable.contentY + flickable.height < flickable.contentHeight - trailing - 1
    gradient: Gradient {
        GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
        GradientStop { position: 1; color: Theme.background }
    }
}
