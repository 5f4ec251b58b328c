// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Staff mode's insights: what this screen's visits came to in a period, beside the period
// before — findings in plain words first, then the funnel, the busiest hours, what visitors
// viewed and chose, what they looked for and did not find, and the screens; every table can be
// written to a USB stick as CSV. Anonymous: groups of fewer than five visits are hidden.
Item {
    id: page
    signal back()
    // The figures in, and their bars grown to them (they move over Theme.page).
    readonly property bool settled: !StaffInsights.loading && !barsMoving.running
    Timer {
        id: barsMoving
        interval: Theme.page + 50
    }
    Connections {
        target: StaffInsights
        function onChanged() {
            if (!StaffInsights.loading)
                barsMoving.restart()
        }
    }
    readonly property bool wide: width > height
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Insights")

    Component.onCompleted: {
        StaffInsights.refresh()
        StaffInsights.findFolders()
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Insights")
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
            spacing: Theme.s5

            // The period, and the one it is set beside.
            Column {
                width: parent.width
                spacing: Theme.s2
                // Paired with a hub: the studio's and every studio's figures, as the hub counted them.
                ChoiceRow {
                    objectName: "insights-scope"
                    width: parent.width
                    visible: StaffInsights.atHub
                    label: qsTr("Whose visits")
                    choices: StaffInsights.scopeChoices
                    onPicked: value => StaffInsights.chooseScope(value)
                }
                Label {
                    objectName: "insights-hub-problem"
                    width: parent.width
                    visible: text.length > 0
                    text: StaffInsights.hubProblem
                }
                ChoiceRow {
                    objectName: "insights-period"
                    width: parent.width
                    label: qsTr("Period")
                    choices: StaffInsights.periodChoices
                    onPicked: value => StaffInsights.choosePeriod(value)
                }
                Flow {
                    width: parent.width
                    spacing: Theme.s2
                    visible: StaffInsights.period === "custom"
                    StaffButton {
                        objectName: "insights-first-earlier"
                        text: "\u2212"
                        textLevel: Label.Lead
                        Accessible.name: qsTr("First day one day earlier")
                        onClicked: StaffInsights.shiftDay(true, -1)
                    }
                    Label {
                        height: Theme.touch
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("From %1").arg(StaffInsights.firstDay)
                    }
                    StaffButton {
                        objectName: "insights-first-later"
                        text: "+"
                        textLevel: Label.Lead
                        Accessible.name: qsTr("First day one day later")
                        onClicked: StaffInsights.shiftDay(true, 1)
                    }
                    StaffButton {
                        objectName: "insights-last-earlier"
                        text: "\u2212"
                        textLevel: Label.Lead
                        Accessible.name: qsTr("Last day one day earlier")
                        onClicked: StaffInsights.shiftDay(false, -1)
                    }
                    Label {
                        height: Theme.touch
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("to %1").arg(StaffInsights.lastDay)
                    }
                    StaffButton {
                        objectName: "insights-last-later"
                        text: "+"
                        textLevel: Label.Lead
                        Accessible.name: qsTr("Last day one day later")
                        onClicked: StaffInsights.shiftDay(false, 1)
                    }
                }
                Label {
                    objectName: "insights-period-label"
                    width: parent.width
                    text: StaffInsights.periodLabel
                    level: Label.Lead
                }
                Label {
                    width: parent.width
                    text: StaffInsights.previousLabel + "  ·  " + qsTr("Groups of fewer than 5 visits are hidden.")
                    muted: true
                }
            }

            // What to act on, ranked.
            // Out of the hub's reach there are no figures to show, not empty ones.
            Column {
                objectName: "insights-findings"
                width: parent.width
                spacing: Theme.s3
                visible: StaffInsights.hubProblem.length === 0
                Label {
                    width: parent.width
                    text: qsTr("Findings")
                    level: Label.Title
                    Accessible.role: Accessible.Heading
                }
                Label {
                    width: parent.width
                    visible: findingRows.count === 0
                    text: qsTr("Nothing stands out in this period.")
                    muted: true
                }
                Repeater {
                    id: findingRows
                    model: StaffInsights.findings
                    delegate: Row {
                        id: finding
                        required property string label
                        required property int index
                        objectName: "insights-finding-" + index
                        width: content.width
                        spacing: Theme.s3
                        Rectangle {
                            width: Theme.s2
                            height: Theme.s2
                            radius: width / 2
                            y: Theme.s2
                            color: Theme.accent
                        }
                        Label {
                            width: parent.width - Theme.s2 - parent.spacing
                            text: finding.label
                            level: Label.Lead
                            Accessible.role: Accessible.StaticText
                        }
                    }
                }
            }

            Grid {
                id: charts
                width: parent.width
                visible: StaffInsights.hubProblem.length === 0
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.s6
                rowSpacing: Theme.s5
                readonly property real columnWidth: page.wide ? Math.floor((width - columnSpacing) / 2) : width

                BarList {
                    objectName: "insights-funnel"
                    width: charts.columnWidth
                    title: qsTr("From visit to drive")
                    model: StaffInsights.funnel
                    withPrevious: true
                }

                // Visits per hour of the day: a column chart, with its text alternative.
                Column {
                    objectName: "insights-hours"
                    width: charts.columnWidth
                    spacing: Theme.s2
                    Label {
                        width: parent.width
                        text: qsTr("Busiest hours")
                        level: Label.Lead
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Item {
                        id: hoursChart
                        width: parent.width
                        height: Theme.s8 * 1.5
                        readonly property real step: width / 24
                        Accessible.role: Accessible.Chart
                        Accessible.name: {
                            let best = -1, bestLabel = "", bestFigure = ""
                            for (let i = 0; i < hourBars.count; ++i) {
                                const item = hourBars.itemAt(i)
                                if (item && !item.hidden && item.share > best) {
                                    best = item.share
                                    bestLabel = item.label
                                    bestFigure = item.figure
                                }
                            }
                            return best > 0 ? qsTr("Busiest hour: %1, %2 visits").arg(bestLabel).arg(bestFigure)
                                            : qsTr("Too few visits to show the hours.")
                        }
                        Repeater {
                            id: hourBars
                            model: StaffInsights.hours
                            delegate: Item {
                                id: hour
                                required property string label
                                required property string figure
                                required property real share
                                required property bool hidden
                                required property int number
                                x: LayoutMirroring.enabled ? hoursChart.width - (number + 1) * hoursChart.step : number * hoursChart.step
                                width: hoursChart.step
                                height: hoursChart.height
                                Rectangle {
                                    objectName: "hour-fill"
                                    // As the bars' lists: the share moves, a new size is taken at once.
                                    property real shown: hour.share
                                    Behavior on shown { NumberAnimation { duration: Theme.page; easing.type: Easing.OutCubic } }
                                    anchors.bottom: parent.bottom
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    width: parent.width * 0.6
                                    height: Math.max(2, (parent.height - Theme.s1) * shown)
                                    radius: Theme.s1
                                    color: hour.hidden ? Theme.divider : Theme.accent
                                }
                            }
                        }
                    }
                    // Every third hour named under its bar.
                    Item {
                        width: parent.width
                        height: hourLabel0.implicitHeight
                        Repeater {
                            model: 8
                            delegate: Label {
                                id: hourLabel
                                required property int index
                                readonly property int hourOfDay: index * 3
                                x: LayoutMirroring.enabled ? hoursChart.width - (hourOfDay + 1) * hoursChart.step : hourOfDay * hoursChart.step
                                level: Label.Caption
                                muted: true
                                text: hourOfDay < 10 ? "0" + hourOfDay : String(hourOfDay)
                                Accessible.ignored: true
                            }
                        }
                        Label {
                            id: hourLabel0
                            visible: false
                            level: Label.Caption
                            text: "00"
                        }
                    }
                    // No hour of five visits or more: said, not left as a row of empty bars.
                    Label {
                        objectName: "insights-hours-none"
                        width: parent.width
                        visible: !StaffInsights.hoursShown
                        text: qsTr("Too few visits to show the hours.")
                        muted: true
                        level: Label.Caption
                        Accessible.ignored: true // the chart's own name says it
                    }
                }

                BarList {
                    objectName: "insights-days"
                    width: charts.columnWidth
                    title: qsTr("Busiest days")
                    model: StaffInsights.days
                }
                LineChart {
                    objectName: "insights-trend"
                    width: charts.columnWidth
                    title: qsTr("Visits day by day")
                    points: StaffInsights.trend
                    maxValue: StaffInsights.trendMax
                    textAlternative: StaffInsights.trendText
                    legend: qsTr("This period")
                    legendBefore: qsTr("The period before")
                }
                BarList {
                    objectName: "insights-models"
                    width: charts.columnWidth
                    title: qsTr("Most viewed models")
                    model: StaffInsights.models
                    withPrevious: true
                }
                BarList {
                    objectName: "insights-nothing"
                    width: charts.columnWidth
                    title: qsTr("Looked for, and nothing found")
                    emptyText: qsTr("Every search and filter found cars.")
                    model: StaffInsights.nothingFound
                }
                BarList {
                    objectName: "insights-paints"
                    width: charts.columnWidth
                    title: qsTr("Paints chosen")
                    model: StaffInsights.paints
                }
                BarList {
                    objectName: "insights-wheels"
                    width: charts.columnWidth
                    title: qsTr("Wheels chosen")
                    model: StaffInsights.wheels
                }
                BarList {
                    objectName: "insights-options"
                    width: charts.columnWidth
                    title: qsTr("Options chosen")
                    model: StaffInsights.options
                }
                BarList {
                    objectName: "insights-screens"
                    width: charts.columnWidth
                    title: qsTr("Screens side by side")
                    model: StaffInsights.screens
                }
                BarList {
                    objectName: "insights-studios"
                    width: charts.columnWidth
                    visible: StaffInsights.scope === "chain"
                    title: qsTr("Studios side by side")
                    model: StaffInsights.studios
                }
                BarList {
                    objectName: "insights-events"
                    width: charts.columnWidth
                    title: qsTr("Studio events: visits to their pages")
                    emptyText: qsTr("No event page was opened in this period.")
                    model: StaffInsights.events
                }
                BarList {
                    objectName: "insights-event-kinds"
                    width: charts.columnWidth
                    title: qsTr("Studio events by kind")
                    emptyText: qsTr("No event page was opened in this period.")
                    model: StaffInsights.eventKinds
                }
            }

            // Every table as CSV, to a USB stick.
            Column {
                width: parent.width
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Export")
                    level: Label.Title
                    Accessible.role: Accessible.Heading
                }
                Label {
                    width: parent.width
                    text: StaffInsights.exportFolderCount === 0
                          ? qsTr("Insert a USB stick to export the tables.")
                          : StaffInsights.scope === "screen"
                          ? qsTr("Every table of this period as CSV files (UTF-8, for any spreadsheet).")
                          : qsTr("Every table of this period, as the hub counted it, as CSV files (UTF-8, for any spreadsheet).")
                    muted: true
                }
                Flow {
                    width: parent.width
                    spacing: Theme.s2
                    Repeater {
                        model: StaffInsights.exportFolders
                        delegate: StaffButton {
                            required property string label
                            required property string detail
                            required property int number
                            objectName: "insights-export-" + number
                            text: qsTr("Write to %1").arg(label)
                            onClicked: StaffInsights.exportTo(detail)
                        }
                    }
                    StaffButton {
                        objectName: "insights-find-folders"
                        quiet: true
                        text: qsTr("Look for USB sticks again")
                        onClicked: StaffInsights.findFolders()
                    }
                }
                Label {
                    objectName: "insights-message"
                    width: parent.width
                    visible: text.length > 0
                    text: StaffInsights.message
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "insights-more"
        flickable: body
        trailing: Theme.s6
    }
}
