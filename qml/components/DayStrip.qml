// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import QtQuick.Templates as Tpl
import Vitrine.Ui

// A strip of days to pick one from: weekday, date and how many times are free, one row that
// scrolls sideways. The model gives date, weekday, day, note, free and selected.
ListView {
    id: strip
    // Each day's objectName is prefix + its index.
    property string prefix: "day-"
    signal picked(string date)

    // As tall as a day's three lines need in the current type size.
    height: Math.max(Theme.touch * 1.6, dayLines.implicitHeight + 2 * Theme.s2)
    orientation: ListView.Horizontal
    spacing: Theme.s2
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    // What the strip stands on, which its ends fade into.
    property color ground: Theme.background

    // An end fades where there are more days that way, rather than cutting a day's words off.
    SideFade { objectName: strip.objectName + "-fade-left"; flickable: strip; ground: strip.ground; before: true }
    SideFade { objectName: strip.objectName + "-fade-right"; flickable: strip; ground: strip.ground; before: false }

    Column {
        id: dayLines
        visible: false
        Label { text: "Ag" }
        Label { text: "Ag"; level: Label.Lead }
        Label { text: "Ag"; level: Label.Caption }
    }

    delegate: Tpl.RadioButton {
        id: dayButton
        Accessible.onPressAction: dayButton.clicked()
        Accessible.onToggleAction: dayButton.clicked()
        checked: selected
        required property string date
        required property string weekday
        required property string day
        required property string note
        required property int free
        required property bool selected
        required property int index
        objectName: strip.prefix + index
        width: Math.max(Theme.touch * 1.9, dayText.implicitWidth + 2 * Theme.s3)
        height: strip.height
        enabled: free > 0
        Accessible.name: weekday + " " + day
        Accessible.description: note
        focusPolicy: Qt.StrongFocus
        onClicked: strip.picked(date)
        background: Rectangle {
            radius: Theme.radius
            color: dayButton.selected ? Theme.accent : Theme.surface
            border.width: dayButton.visualFocus ? 3 : 0
            border.color: Theme.focus
        }
        Column {
            id: dayText
            anchors.centerIn: parent
            opacity: dayButton.enabled ? 1 : 0.45
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: dayButton.weekday
                color: dayButton.selected ? Theme.textOnAccent : Theme.text
                wrapMode: Text.NoWrap
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: dayButton.day
                level: Label.Lead
                color: dayButton.selected ? Theme.textOnAccent : Theme.text
                wrapMode: Text.NoWrap
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: dayButton.note
                level: Label.Caption
                color: dayButton.selected ? Theme.textOnAccent : Theme.textMuted
                wrapMode: Text.NoWrap
            }
        }
    }
}
