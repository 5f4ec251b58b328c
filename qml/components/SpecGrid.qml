// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui

// A car's figures in three columns, each its value over its name. A value that takes two lines
// ("310 kW (421 PS)" in Arabic with larger text) takes its row's other values' room too, so the
// names of one row stand on one line rather than one of them a line lower.
Grid {
    id: grid
    property var specs
    columns: 3
    rowSpacing: Theme.s3
    columnSpacing: Theme.s4

    // How many figures are made: a figure made after another's height was worked out (the
    // Repeater makes them one by one after a reset) is looked at again.
    property int made: 0

    // The tallest value in the row of the figure at `index`.
    function rowHeight(index: int): real {
        const first = index - index % grid.columns
        let tallest = 0
        for (let i = first; i < first + grid.columns; ++i) {
            const item = figures.itemAt(i) as Column
            if (item)
                tallest = Math.max(tallest, item.valueHeight)
        }
        return tallest
    }

    Repeater {
        id: figures
        model: grid.specs
        onItemAdded: grid.made++
        onItemRemoved: grid.made--
        delegate: Column {
            id: specItem
            required property int index
            required property string label
            required property string value
            readonly property real valueHeight: valueText.implicitHeight
            width: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
            Label {
                id: valueText
                objectName: "spec-value"
                width: parent.width
                height: grid.made > 0 ? Math.max(implicitHeight, grid.rowHeight(specItem.index)) : implicitHeight
                text: specItem.value
                level: Label.Lead
            }
            Label {
                objectName: "spec-label"
                width: parent.width
                text: specItem.label
                muted: true
            }
        }
    }
}
