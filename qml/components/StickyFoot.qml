// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// A page's next step kept within reach: in its place among the lines of a scrolling area, or,
// while that place is below the area's fold (larger text on a tablet), lifted to the area's
// foot, the lines before it passing behind until the visitor scrolls to it. What it holds (a
// button, a line about it) goes inside, one under the other, as in a Column.
Item {
    id: foot
    required property Flickable flickable
    default property alias content: area.data
    property alias spacing: area.spacing
    width: parent ? parent.width : 0
    implicitHeight: area.implicitHeight
    z: 2 // over the lines that follow it in the flow

    // Its place in the area's view. Read again as the area scrolls or changes size, and as the
    // columns it stands in move (mapToItem alone would not be).
    readonly property real placeInView: {
        foot.flickable.contentY;
        foot.flickable.height;
        foot.flickable.contentHeight;
        foot.y;
        if (foot.parent) {
            foot.parent.y;
            if (foot.parent.parent)
                foot.parent.parent.y;
        }
        return foot.mapToItem(foot.flickable, 0, 0).y;
    }
    // What it keeps clear below it at the area's foot: the height of the fade there (MoreBelow),
    // which otherwise washed over the event page's Join button standing in its last lines.
    readonly property real clearance: Theme.s6
    // How far it stands above its place (0: in its place).
    readonly property real lift: visible ? Math.max(0, placeInView + height + clearance - flickable.height) : 0
    readonly property bool lifted: lift > 0

    // Over the lines it is lifted over: the page's own colour, fading into them above.
    Rectangle {
        visible: foot.lifted
        x: area.x
        y: area.y - Theme.s4
        width: area.width
        height: area.height + Theme.s4 + foot.clearance
        color: Theme.background
        Rectangle {
            anchors.bottom: parent.top
            width: parent.width
            height: Theme.s5
            gradient: Gradient {
                GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
                GradientStop { position: 1; color: Theme.background }
            }
        }
    }
    Column {
        id: area
        objectName: "sticky-foot"
        y: -foot.lift
        width: foot.width
        spacing: Theme.s3
    }
}
