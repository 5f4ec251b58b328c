// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui

// A titled list of horizontal bars drawn in the brand's theme, one per row of a StaffInsights
// table (label, detail, figure, previous, note, share, hidden). It mirrors with the layout, and
// reads as a list of "label: figure" lines to a screen reader. A hidden group shows why instead
// of a number.
Column {
    id: list
    property string title
    property string emptyText: qsTr("Nothing in this period.")
    property alias model: rows.model
    // The figure beside the period before, when the table has one.
    property bool withPrevious: false
    spacing: Theme.s2

    Label {
        width: list.width
        text: list.title
        level: Label.Lead
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }
    Label {
        width: list.width
        visible: rows.count === 0
        text: list.emptyText
        muted: true
    }
    Repeater {
        id: rows
        delegate: Item {
            id: row
            required property string label
            required property string detail
            required property string figure
            required property string previous
            required property string note
            required property real share
            required property bool hidden
            required property int number
            width: list.width
            implicitHeight: words.height + Theme.s1 + bar.height + (noteLabel.visible ? noteLabel.height + Theme.s1 : 0)
            Accessible.role: Accessible.StaticText
            Accessible.name: label + (detail.length > 0 ? ", " + detail : "") + ": " + figure
                             + (note.length > 0 ? ". " + note : "")
                             + (list.withPrevious && previous.length > 0 ? ". " + qsTr("Before: %1").arg(previous) : "")

            Item {
                id: words
                width: parent.width
                height: Math.max(name.implicitHeight, amount.implicitHeight)
                Label {
                    id: name
                    anchors.left: parent.left
                    anchors.right: amount.left
                    anchors.rightMargin: Theme.s3
                    text: row.detail.length > 0 ? row.label + "  ·  " + row.detail : row.label
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
                Label {
                    id: amount
                    anchors.right: parent.right
                    horizontalAlignment: Text.AlignRight
                    text: row.hidden ? row.figure : row.figure
                          + (list.withPrevious && row.previous.length > 0 ? "  (" + qsTr("before: %1").arg(row.previous) + ")" : "")
                    muted: row.hidden
                    font.weight: row.hidden ? Theme.bodyWeight : Font.DemiBold
                    width: Math.min(implicitWidth, parent.width * 0.55)
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
            Rectangle {
                id: bar
                anchors.top: words.bottom
                anchors.topMargin: Theme.s1
                width: parent.width
                height: Theme.s2
                radius: height / 2
                color: Theme.surface
                Rectangle {
                    objectName: "bar-fill"
                    // The share moves when the figures change; a new size (a turned tablet, another
                    // screen) takes the new width at once rather than growing past the track.
                    property real shown: row.share
                    Behavior on shown { NumberAnimation { duration: Theme.page; easing.type: Easing.OutCubic } }
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    width: Math.max(row.hidden ? 0 : height, parent.width * shown)
                    radius: parent.radius
                    color: Theme.accent
                    visible: !row.hidden && row.share > 0
                }
            }
            Label {
                id: noteLabel
                anchors.top: bar.bottom
                anchors.topMargin: Theme.s1
                width: parent.width
                visible: row.note.length > 0
                text: row.note
                level: Label.Caption
                muted: true
                Accessible.ignored: true
            }
        }
    }
}
