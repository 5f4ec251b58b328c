// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// One line of a price or finance breakdown: what it is, and how much.
Item {
    id: row
    property string label
    property string amount
    property bool strong: false
    // Information about the lines above ("of which VAT"), not a line of its own.
    property bool quiet: false
    width: parent ? parent.width : 0
    implicitHeight: Math.max(name.implicitHeight, value.implicitHeight) + Theme.s2
    Label {
        id: name
        anchors.left: parent.left
        anchors.right: value.left
        anchors.rightMargin: Theme.s3
        anchors.verticalCenter: parent.verticalCenter
        text: row.label
        muted: !row.strong
        level: row.quiet ? Label.Caption : Label.Body
        font.weight: row.strong ? Font.DemiBold : Theme.bodyWeight
    }
    Label {
        id: value
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: row.amount
        muted: row.quiet
        level: row.quiet ? Label.Caption : Label.Body
        wrapMode: Text.NoWrap
        font.weight: row.strong ? Font.DemiBold : Theme.bodyWeight
    }
}
