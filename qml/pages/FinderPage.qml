// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Find a car in stock: choices with their counts, the number of cars, and the cars.
Item {
    id: page
    // The price slider's span and choice, in the studio's currency.
    readonly property finderRange price: Finder.priceRange
    signal back()
    signal open(string vehicleId)
    signal compare()
    readonly property bool settled: Finder.ready
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Find a car in stock")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Find a car in stock")
        onBack: page.back()
    }

    readonly property bool wide: width > height
    property bool listMode: false

    // Upright, the panel takes some 0.3 of the screen, its foot falling through a group of
    // choices, never in the gap after one: ending with a group whole (Arabic, larger text), it
    // showed nothing of the choices below it, and its fade lay over empty page.
    readonly property real portraitPanel: {
        const around = height * 0.3
        const shown = groups.children
        for (let i = 0; i < shown.length; ++i) {
            const group = shown[i]
            if (!group.visible || group.height <= 0 || group.y + group.height <= around)
                continue
            // At least the fade's height of it shown: the next group's heading and the top of its
            // choices, under the fade.
            return around < group.y + panelMore.height ? group.y + Math.min(group.height * 0.6, Theme.touch * 1.5)
                                                       : around
        }
        return around
    }

    // The filter panel: every facet with every value and its count.
    Flickable {
        id: panel
        objectName: "filter-panel"
        anchors.left: parent.left
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        width: page.wide ? parent.width * 0.3 : parent.width - 2 * Theme.s6
        height: page.wide ? parent.height - header.height - Theme.s6 : page.portraitPanel
        contentHeight: groups.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: groups
            width: panel.width
            spacing: Theme.s4
            RangeChoice {
                objectName: "price-range"
                width: parent.width
                visible: page.price.available
                label: qsTr("Price")
                range: Finder.priceRange
                stepSize: 1000
                onChosen: (low, high) => Finder.setPriceRange(low, high)
            }
            Label {
                width: parent.width
                visible: page.price.chosen
                text: page.price.note
                level: Label.Caption
                muted: true
            }
            RangeChoice {
                objectName: "year-range"
                width: parent.width
                label: qsTr("Model year")
                range: Finder.yearRange
                onChosen: (low, high) => Finder.setYearRange(low, high)
            }
            RangeChoice {
                objectName: "mileage-range"
                width: parent.width
                label: qsTr("Mileage")
                range: Finder.mileageRange
                stepSize: 1000
                onChosen: (low, high) => Finder.setMileageRange(low, high)
            }
            Repeater {
                model: Finder.panel
                delegate: Column {
                    id: facetGroup
                    required property string facet
                    required property string label
                    required property QtObject values
                    width: groups.width
                    spacing: Theme.s2
                    // As wide as the group, so it starts where the reader starts (in Arabic it stood left).
                    Label {
                        width: parent.width
                        text: facetGroup.label
                        muted: true
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.s2
                        Repeater {
                            model: facetGroup.values
                            delegate: FilterChip {
                                required property string value
                                required property string label
                                required count
                                required selected
                                objectName: facetGroup.facet + "-" + value
                                text: label
                                onClicked: Finder.toggle(facetGroup.facet, value)
                            }
                        }
                    }
                }
            }
        }
    }
    // When the panel holds more than it shows (a portrait screen, larger text), its last lines
    // fade into the page rather than end in a cut row of choices: there is more to scroll to.
    MoreBelow {
        id: panelMore
        objectName: "filter-panel-more"
        flickable: panel
    }

    Column {
        id: filters
        anchors.left: page.wide ? panel.right : parent.left
        anchors.right: parent.right
        anchors.top: page.wide ? header.bottom : panel.bottom
        anchors.leftMargin: page.wide ? Theme.s5 : Theme.s6
        anchors.rightMargin: Theme.s6
        anchors.topMargin: page.wide ? 0 : Theme.s3
        spacing: Theme.s2
        // The search's suggestions float over the results below.
        z: 2

        SearchField {
            id: search
            objectName: "search"
            width: parent.width
            z: 1 // its suggestions over the rows below
            onDone: page.forceActiveFocus()
        }

        Item {
            width: parent.width
            height: Math.max(Theme.touch, counts.implicitHeight)
            Column {
                id: counts
                anchors.left: parent.left
                anchors.right: buttons.left
                anchors.rightMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                Label {
                    objectName: "result-count"
                    width: parent.width
                    // Honest while a first-ever build from the database runs: not "0 cars".
                    text: Finder.ready ? qsTr("%n cars", "", Finder.total) : qsTr("Still loading the stock…")
                    level: Label.Title
                }
                Label {
                    objectName: "scope"
                    width: parent.width
                    text: Finder.scope
                    muted: true
                }
                // An older stock shown while the stored one loads says so.
                Label {
                    objectName: "finder-loading"
                    width: parent.width
                    visible: Finder.ready && Finder.loading
                    text: qsTr("Still loading the stock…")
                    level: Label.Caption
                    muted: true
                }
                // How current the stock is: small and calm.
                Label {
                    objectName: "finder-freshness"
                    width: parent.width
                    visible: text.length > 0
                    text: StockFreshness.line
                    level: Label.Caption
                    muted: true
                }
            }
            Row {
                id: buttons
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.s2
                StaffButton {
                    objectName: "open-compare"
                    visible: Finder.compared.length >= 2
                    primary: true
                    text: qsTr("Compare %n cars", "", Finder.compared.length)
                    onClicked: page.compare()
                }
                StaffButton {
                    objectName: "layout-toggle"
                    text: page.listMode ? qsTr("Show as grid") : qsTr("Show as list")
                    onClicked: page.listMode = !page.listMode
                }
                StaffButton {
                    objectName: "clear-all"
                    visible: Finder.filtered
                    text: qsTr("Clear all")
                    onClicked: Finder.clearAll()
                }
            }
        }

        // What is chosen, one tap to take each off.
        Flow {
            width: parent.width
            spacing: Theme.s2
            visible: Finder.activeCount > 0
            Repeater {
                model: Finder.active
                delegate: FilterChip {
                    required property string facet
                    required property string value
                    required property string label
                    objectName: "chip-" + facet + (value.length > 0 ? "-" + value : "")
                    text: label + "  ×"
                    showCount: false
                    selected: true
                    toggles: false
                    Accessible.name: qsTr("Remove %1").arg(label)
                    onClicked: Finder.toggle(facet, value)
                }
            }
        }

        Flow {
            width: parent.width
            spacing: Theme.s2
            Repeater {
                model: Finder.sorts
                delegate: FilterChip {
                    required property var value
                    required text
                    required selected
                    objectName: "sort-" + value
                    showCount: false
                    Accessible.name: qsTr("Sort: %1").arg(text)
                    onClicked: Finder.setSort(value)
                }
            }
        }
    }

    Column {
        anchors.centerIn: grid
        width: grid.width * 0.7
        spacing: Theme.s4
        visible: Finder.ready && Finder.total === 0
        z: 1 // above the empty grid, which would take the tap
        Label {
            objectName: "relax-hint"
            width: parent.width
            text: Finder.relaxHint.length > 0 ? Finder.relaxHint : qsTr("No car matches these choices.")
            level: Label.Lead
            muted: true
            horizontalAlignment: Text.AlignHCenter
        }
        StaffButton {
            objectName: "relax"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: Finder.relaxAction.length > 0
            text: Finder.relaxAction
            onClicked: Finder.relax()
        }
    }

    GridView {
        id: grid
        objectName: "results-grid"
        anchors.left: filters.left
        anchors.right: parent.right
        anchors.top: filters.bottom
        anchors.bottom: parent.bottom
        // Each card leaves the gap to the next at its right, in either direction: the grid runs
        // that gap past the right edge, so the cards' outer edges line up with the search field's.
        anchors.leftMargin: page.LayoutMirroring.enabled ? -Theme.s3 : 0
        anchors.rightMargin: page.LayoutMirroring.enabled ? Theme.s6 : Theme.s6 - Theme.s3
        anchors.bottomMargin: Theme.s6
        anchors.topMargin: Theme.s4
        readonly property int columns: page.listMode ? 1 : Math.max(1, Math.floor(width / (460 * Theme.scale)))
        // The picture, then room for every line of a card in the current type size: cards of one
        // height, none cut, whatever the language or the text size.
        readonly property real pictureHeight: page.listMode ? 0 : cellWidth * 0.42
        cellWidth: width / columns
        cellHeight: Math.max(page.listMode ? Theme.touch * 2.5 : 0, pictureHeight + linesNeeded.implicitHeight + 2 * Theme.s4 + Theme.s3 * 2)
        // Measures the card's lines (the same levels as the card's own) without showing them.
        Column {
            id: linesNeeded
            visible: false
            spacing: Theme.s1
            Label { text: "Ag"; level: Label.Lead }
            Label { text: "Ag" }
            Label { text: "Ag"; level: Label.Lead }
            Label { text: "Ag"; level: Label.Caption }
            Label { text: "Ag" }
        }
        clip: true
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        model: Finder.results
        delegate: T.AbstractButton {
            id: card
            Accessible.onPressAction: card.clicked()
            required property int index
            required property string vehicleId
            objectName: "result-" + index
            required property string title
            required property string detail
            required property string price
            required property string place
            required property string priceNote
            required property string image
            required property string photo
            required property string alt
            width: grid.cellWidth - Theme.s3
            height: grid.cellHeight - Theme.s3
            Accessible.role: Accessible.Button
            Accessible.name: Theme.spoken(title + ", " + price + (priceNote.length > 0 ? ", " + priceNote : ""))
            focusPolicy: Qt.StrongFocus
            onClicked: page.open(vehicleId)
            background: Rectangle {
                color: card.down ? Theme.surfaceRaised : Theme.surface
                radius: Theme.radius
                border.width: card.visualFocus ? 3 : 0
                border.color: Theme.focus
            }
            CarPicture {
                id: picture
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: Theme.s3
                // Above the text in the grid, beside it in the list.
                width: page.listMode ? parent.width * 0.34 : parent.width - 2 * Theme.s3
                height: page.listMode ? parent.height - 2 * Theme.s3 : grid.pictureHeight
                photo: card.photo
                drawing: card.image
                alt: card.alt
                Accessible.ignored: true
            }
            Column {
                anchors.left: page.listMode ? picture.right : parent.left
                anchors.right: parent.right
                anchors.top: page.listMode ? parent.top : picture.bottom
                anchors.margins: Theme.s4
                spacing: Theme.s1
                // One line each: a long name is set a little smaller rather than cut.
                Label {
                    width: parent.width
                    text: card.title
                    level: Label.Lead
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.body
                }
                Label {
                    width: parent.width
                    text: card.detail
                    muted: true
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.caption
                }
                Label {
                    width: parent.width
                    text: card.price
                    level: Label.Lead
                    font.weight: Font.DemiBold
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.body
                }
                Label {
                    width: parent.width
                    // The line is kept when empty, so every card has the same rhythm.
                    text: card.priceNote.length > 0 ? card.priceNote : " "
                    level: Label.Caption
                    muted: true
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.caption
                }
                Label {
                    width: parent.width
                    text: card.place
                    muted: true
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.caption
                }
            }
        }
    }

    // The results fade at the foot where more cars follow, rather than end in a row of cards cut
    // at their empty tops.
    MoreBelow {
        objectName: "results-more"
        flickable: grid
    }
}
