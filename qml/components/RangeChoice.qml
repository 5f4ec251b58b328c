// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// A range to narrow by, with large handles a finger can hold and the chosen values in words.
Column {
    id: choice
    property string label
    // from, to, low, high, lowLabel, highLabel (Finder's ranges)
    property var range: ({})
    property real stepSize: 1
    signal chosen(real low, real high)

    spacing: Theme.s1
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Row {
        width: parent.width
        spacing: Theme.s2
        // The name as wide as it needs, up to half the row; the values take the rest, and so keep
        // to one line where they fit ("kr122,300 – kr2,222,800" in Arabic on the tablet wrapped).
        Label {
            id: rangeName
            width: Math.min(implicitWidth, (parent.width - parent.spacing) / 2)
            text: choice.label
            muted: true
        }
        Label {
            width: parent.width - rangeName.width - parent.spacing
            horizontalAlignment: Text.AlignRight
            // In the reading direction, like the slider's handles: in Arabic the low end on the
            // right, each end kept whole ("kr122,300", "4 كم").
            text: LayoutMirroring.enabled
                  ? "\u2067\u2068" + (choice.range.lowLabel || "") + "\u2069 – \u2068" + (choice.range.highLabel || "") + "\u2069\u2069"
                  : (choice.range.lowLabel || "") + " – " + (choice.range.highLabel || "")
        }
    }
    // Span first, then the handles: bound separately, a handle could be clamped by the span it
    // had before (the stock arrives after the page) and stay there.
    function apply() {
        slider.from = range.from || 0
        slider.to = range.to > range.from ? range.to : 1
        slider.setValues(range.low || 0, range.high || 1)
    }
    onRangeChanged: apply()
    Component.onCompleted: apply()

    T.RangeSlider {
        id: slider
        width: parent.width
        height: Theme.touch
        stepSize: choice.stepSize
        snapMode: T.RangeSlider.SnapAlways
        // A screen reader meets the two handles instead (below): Qt 6.4 gives a RangeSlider a
        // range of 0–0 and moves nothing when asked to.
        Accessible.ignored: true
        first.onValueChanged: lowEnd.value = first.value
        second.onValueChanged: highEnd.value = second.value
        // Applied when the finger lifts: counts update without chasing every pixel.
        first.onPressedChanged: if (!first.pressed) choice.chosen(first.value, second.value)
        second.onPressedChanged: if (!second.pressed) choice.chosen(first.value, second.value)
        background: Rectangle {
            x: slider.leftPadding
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            width: slider.availableWidth
            height: 4
            radius: 2
            color: Theme.divider
            // The chosen span, between the handles: in Arabic the low end's handle is the right one.
            Rectangle {
                x: Math.min(slider.first.visualPosition, slider.second.visualPosition) * parent.width
                width: Math.abs(slider.second.visualPosition - slider.first.visualPosition) * parent.width
                height: parent.height
                color: Theme.accent
                radius: 2
            }
        }
        first.handle: Rectangle {
            x: slider.leftPadding + slider.first.visualPosition * (slider.availableWidth - width)
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            width: Theme.touch * 0.6
            height: width
            radius: width / 2
            color: Theme.text
            border.color: Theme.focus
            border.width: slider.first.pressed ? 3 : 0
            // This end as a screen reader's slider: value, range and step, and "increase",
            // "decrease" or a value it sets move the filter as a finger does.
            Item {
                id: lowEnd
                anchors.fill: parent
                property real value
                readonly property real minimumValue: slider.from
                readonly property real maximumValue: slider.to
                readonly property real stepSize: slider.stepSize
                Accessible.role: Accessible.Slider
                Accessible.name: qsTr("%1, from").arg(choice.label)
                Accessible.description: choice.range.lowLabel || ""
                Accessible.onIncreaseAction: value = Math.min(maximumValue, value + stepSize)
                Accessible.onDecreaseAction: value = Math.max(minimumValue, value - stepSize)
                onValueChanged: {
                    if (value === slider.first.value)
                        return
                    slider.first.value = value
                    choice.chosen(slider.first.value, slider.second.value)
                }
            }
        }
        second.handle: Rectangle {
            x: slider.leftPadding + slider.second.visualPosition * (slider.availableWidth - width)
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            width: Theme.touch * 0.6
            height: width
            radius: width / 2
            color: Theme.text
            border.color: Theme.focus
            border.width: slider.second.pressed ? 3 : 0
            // This end as a screen reader's slider: value, range and step, and "increase",
            // "decrease" or a value it sets move the filter as a finger does.
            Item {
                id: highEnd
                anchors.fill: parent
                property real value
                readonly property real minimumValue: slider.from
                readonly property real maximumValue: slider.to
                readonly property real stepSize: slider.stepSize
                Accessible.role: Accessible.Slider
                Accessible.name: qsTr("%1, up to").arg(choice.label)
                Accessible.description: choice.range.highLabel || ""
                Accessible.onIncreaseAction: value = Math.min(maximumValue, value + stepSize)
                Accessible.onDecreaseAction: value = Math.max(minimumValue, value - stepSize)
                onValueChanged: {
                    if (value === slider.second.value)
                        return
                    slider.second.value = value
                    choice.chosen(slider.first.value, slider.second.value)
                }
            }
        }
    }
}
