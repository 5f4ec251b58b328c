// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// One line of a price or finance breakdown: what it is, and how much.
Item {
    id: row
    property string label
    property string amount
    property bool strong: false
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
        font.weight: row.strong ? Font.DemiBold : Theme.bodyWeight
    }
    Label {
        id: value
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: row.amount
        wrapMode: Text.NoWrap
        font.weight: row.strong ? Font.DemiBold : Theme.bodyWeight
    }
}
