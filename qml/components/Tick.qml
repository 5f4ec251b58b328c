// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui

// A tick, drawn rather than typed: each language's face draws "✓" its own way (the Chinese one
// thin, small and low on the line), so a done step or a ticked box would change with the language.
// Two strokes with round ends, the size of a capital letter of the text beside it.
Item {
    id: tick
    property color color: Theme.text
    implicitWidth: Math.round(Theme.body * 0.8)
    implicitHeight: implicitWidth
    readonly property real stroke: Math.max(2, Math.round(width * 0.14))
    // Its lowest stroke's edge: anchored to a text's baseline, it stands on the line as a letter does.
    baselineOffset: height * 0.82 + stroke / 2
    Accessible.ignored: true

    // A stroke from `tail` to `head`, both as fractions of the tick's box; the ends' round caps
    // centred on them, so the two strokes meet without a notch.
    component Stroke: Rectangle {
        required property point tail
        required property point head
        readonly property real dx: (head.x - tail.x) * tick.width
        readonly property real dy: (head.y - tail.y) * tick.height
        readonly property real length: Math.max(1, Math.sqrt(dx * dx + dy * dy))
        x: tail.x * tick.width - tick.stroke / 2 * dx / length
        y: tail.y * tick.height - tick.stroke / 2 * dy / length - tick.stroke / 2
        width: length + tick.stroke
        height: tick.stroke
        radius: tick.stroke / 2
        color: tick.color
        antialiasing: true
        transformOrigin: Item.Left
        rotation: Math.atan2(dy, dx) * 180 / Math.PI
    }
    Stroke {
        tail: Qt.point(0.1, 0.55)
        head: Qt.point(0.38, 0.82)
    }
    Stroke {
        tail: Qt.point(0.38, 0.82)
        head: Qt.point(0.9, 0.2)
    }
}
