// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Vitrine.Ui

// A line over time in the brand's theme: this period's values as a solid accent line, the period
// before as a dashed muted one, a day withheld (a group of fewer than five) as a gap rather than a
// zero. It runs right to left with the layout in Arabic, and a screen reader gets the values in
// words (`textAlternative`).
Column {
    id: chart
    property string title
    // [{label, value, before}], a value of -1 withheld
    property var points: []
    property real maxValue: 1
    property string textAlternative
    property string legend
    property string legendBefore
    // Room around the line, so a dot at either end is drawn whole.
    readonly property real pad: 6
    readonly property bool gaps: points.some(p => p.value < 0)
    spacing: Theme.s2
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: textAlternative

    // Runs of shown points as [[{x, y}, …], …], a withheld day ending a run.
    function runs(key: string, width: real, height: real): var {
        const out = []
        let run = []
        const n = chart.points.length
        const pad = chart.pad
        width -= 2 * pad
        height -= 2 * pad
        const step = n > 1 ? width / (n - 1) : 0
        const top = Math.max(1, chart.maxValue)
        for (let i = 0; i < n; ++i) {
            const v = chart.points[i][key]
            if (v < 0) {
                if (run.length > 0)
                    out.push(run)
                run = []
                continue
            }
            const along = n > 1 ? i * step : width / 2
            const x = pad + (LayoutMirroring.enabled ? width - along : along)
            run.push(Qt.point(x, pad + height - (v / top) * height))
        }
        if (run.length > 0)
            out.push(run)
        return out
    }

    Label {
        width: chart.width
        text: chart.title
        level: Label.Lead
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }
    Item {
        id: plot
        width: chart.width
        height: Theme.touch * 3
        Accessible.ignored: true
        // The baseline.
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.divider
        }
        Shape {
            anchors.fill: parent
            ShapePath {
                strokeColor: Theme.textMuted
                strokeWidth: 2
                strokeStyle: ShapePath.DashLine
                dashPattern: [3, 3]
                fillColor: "transparent"
                PathMultiline {
                    paths: chart.runs("before", plot.width, plot.height)
                }
            }
            ShapePath {
                strokeColor: Theme.accent
                strokeWidth: 3
                fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                capStyle: ShapePath.RoundCap
                PathMultiline {
                    paths: chart.runs("value", plot.width, plot.height)
                }
            }
        }
        // A dot on each shown day, so a lone day between two withheld ones still shows.
        Repeater {
            model: chart.runs("value", plot.width, plot.height).reduce((all, run) => all.concat(run), [])
            delegate: Rectangle {
                required property var modelData
                x: modelData.x - width / 2
                y: modelData.y - height / 2
                width: 8
                height: 8
                radius: 4
                color: Theme.accent
            }
        }
    }
    // The first and last day under the line, at their ends.
    Item {
        width: chart.width
        height: first.implicitHeight
        Label {
            id: first
            anchors.left: parent.left
            text: chart.points.length > 0 ? chart.points[0].label : ""
            muted: true
            level: Label.Caption
        }
        Label {
            anchors.right: parent.right
            text: chart.points.length > 1 ? chart.points[chart.points.length - 1].label : ""
            muted: true
            level: Label.Caption
        }
    }
    Label {
        width: chart.width
        visible: chart.gaps
        text: qsTr("Days with fewer than 5 visits are left out of the line.")
        muted: true
        level: Label.Caption
    }
    Row {
        spacing: Theme.s4
        Row {
            spacing: Theme.s1
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.s4
                height: 3
                color: Theme.accent
            }
            Label {
                text: chart.legend
                level: Label.Caption
            }
        }
        Row {
            spacing: Theme.s1
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.s4
                height: 2
                color: Theme.textMuted
            }
            Label {
                text: chart.legendBefore
                level: Label.Caption
                muted: true
            }
        }
    }
}
