// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import Vitrine

// Up to three cars side by side; the rows where they differ are marked, so the choice is clear.
Item {
    id: page
    signal back()
    readonly property bool settled: true
    readonly property Comparison table: Finder.comparison
    readonly property int carCount: table.count
    // Upright, each row's label stands on a line of its own above the cars' values, which then
    // share the whole width: in a fifth of a portrait screen "Höchstgeschwindigkeit" and
    // "Fahrerassistenz" broke inside the word. Beside them, a slot as wide as the label's inset.
    readonly property bool labelsAbove: width < height
    readonly property real labelWidth: labelsAbove ? Theme.s3 : width * 0.18
    readonly property real columnWidth: carCount > 0 ? (body.width - labelWidth) / carCount : 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Compare")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Compare")
        onBack: page.back()
    }

    Flickable {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        contentHeight: content.height + Theme.s6
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: body.width
            spacing: Theme.s1

            // Each car's head; their Remove buttons stand level at the foot of the tallest, however
            // many lines a name or a plan takes (a two-line name set one 55 px lower).
            Row {
                id: heads
                Item { width: page.labelWidth; height: 1 }
                Repeater {
                    model: page.table.cars
                    delegate: Item {
                        id: head
                        required property string vehicleId
                        required property string title
                        required property string photo
                        required property string drawing
                        required property string alt
                        required property string monthly
                        width: page.columnWidth
                        // The button apart from the plan above it and from the table below.
                        height: info.height + Theme.s3 + remove.height + Theme.s4
                        Column {
                            id: info
                            width: parent.width
                            spacing: Theme.s1
                            CarPicture {
                                x: LayoutMirroring.enabled ? Theme.s4 : 0
                                width: parent.width - Theme.s4
                                height: width * 0.44
                                photo: head.photo
                                drawing: head.drawing
                                alt: head.alt
                            }
                            Label {
                                x: LayoutMirroring.enabled ? Theme.s4 : 0
                                width: parent.width - Theme.s4
                                text: head.title
                                level: Label.Lead
                            }
                            // The plan shown on the car's own page: the same policy, the same choices.
                            Label {
                                objectName: "compare-finance"
                                x: LayoutMirroring.enabled ? Theme.s4 : 0
                                width: parent.width - Theme.s4
                                text: head.monthly
                                level: Label.Caption
                                muted: true
                                visible: text.length > 0
                            }
                        }
                        StaffButton {
                            id: remove
                            objectName: "compare-remove"
                            x: LayoutMirroring.enabled ? parent.width - width : 0
                            y: heads.height - height - Theme.s4
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1 from the comparison").arg(head.title)
                            onClicked: Finder.toggleCompare(head.vehicleId)
                        }
                    }
                }
            }

            Repeater {
                model: page.table.rows
                delegate: Rectangle {
                    id: row
                    required property string label
                    required property var values
                    required property bool differs
                    required property int index
                    objectName: "compare-row-" + index
                    width: content.width
                    height: Math.max(Theme.touch, lines.height + 2 * Theme.s2)
                    color: differs ? Theme.surfaceRaised : "transparent"
                    radius: Theme.radius
                    Column {
                        id: lines
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        spacing: Theme.s1
                        Label {
                            objectName: "compare-label-above"
                            width: parent.width
                            visible: page.labelsAbove
                            leftPadding: Theme.s3
                            rightPadding: Theme.s3
                            text: row.label
                            muted: true
                        }
                        Row {
                            id: cells
                            // The label inset at the start and as far from the first value (a long
                            // German label ran into it); the gap between columns at each value's end
                            // (mirrored in Arabic).
                            Label {
                                width: page.labelWidth
                                leftPadding: page.labelsAbove ? 0 : Theme.s3
                                rightPadding: page.labelsAbove ? 0 : Theme.s3
                                text: page.labelsAbove ? "" : row.label
                                muted: true
                            }
                            Repeater {
                                model: row.values
                                delegate: Label {
                                    required property string modelData
                                    width: page.columnWidth
                                    leftPadding: LayoutMirroring.enabled ? Theme.s4 : 0
                                    rightPadding: LayoutMirroring.enabled ? 0 : Theme.s4
                                    text: modelData
                                    font.weight: row.differs ? Font.DemiBold : Theme.bodyWeight
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "compare-more"
        flickable: body
        trailing: Theme.s6
    }
}
