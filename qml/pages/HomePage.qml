// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import QtQuick.Layouts
import Vitrine

// Home: the brand's flagship, one calm sentence, and the four things a visitor can do here.
Item {
    id: page
    signal open(string page)

    readonly property bool portrait: height > width
    readonly property bool settled: hero.status === Image.Error || !hero.visible
                                    || (hero.status === Image.Ready && hero.opacity >= 1)
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Home")

    CarBackdrop {
        anchors.fill: parent
        radius: 0
    }

    Image {
        id: logo
        objectName: "logo"
        // In the within-reach mode the window shows the logo above the page already.
        opacity: Theme.lowReach && page.portrait ? 0 : 1
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.s6
        height: Theme.s6
        width: height * 5
        fillMode: Image.PreserveAspectFit
        horizontalAlignment: LayoutMirroring.enabled ? Image.AlignRight : Image.AlignLeft
        source: BrandTheme.logo
        sourceSize.height: height * 2
        Accessible.role: Accessible.Graphic
        Accessible.name: BrandTheme.brand
    }

    LanguageBar {
        anchors.right: parent.right
        anchors.rightMargin: Theme.s6
        anchors.verticalCenter: logo.verticalCenter
        visible: !page.portrait
    }

    // What the intro holds beside the picture, in landscape, is what fits above the tiles: with
    // larger text on a tablet it first moves up under the logo, then a line that does not fit is
    // left out (the sentence first, then the next event) rather than run under them. In portrait
    // the picture gives way instead.
    readonly property real introSpace: page.portrait ? Infinity : actions.y - logo.y - logo.height - Theme.s4
    readonly property real introWhole: introKept + lead.implicitHeight + intro.spacing
                                       + (StudioEvents.upcoming.length > 0 ? nextEvent.implicitHeight + intro.spacing : 0)
    readonly property real introTop: page.portrait ? Theme.s7 : introWhole + Theme.s8 <= introSpace ? Theme.s8 : Theme.s5
    readonly property real introRoom: introSpace - introTop
    readonly property real introKept: tagline.implicitHeight
                                      + (studioStock.visible ? studioStock.implicitHeight + intro.spacing : 0)
                                      + (freshness.visible ? freshness.implicitHeight + intro.spacing : 0)
                                      + entries.height + intro.spacing
    readonly property bool nextEventFits: introKept + nextEvent.implicitHeight + intro.spacing <= introRoom
    readonly property bool leadFits: introKept + lead.implicitHeight + intro.spacing
                                     + (nextEvent.visible ? nextEvent.implicitHeight + intro.spacing : 0) <= introRoom

    Column {
        id: intro
        objectName: "home-intro"
        anchors.left: parent.left
        anchors.top: logo.bottom
        anchors.leftMargin: Theme.s6
        anchors.topMargin: page.introTop
        width: page.portrait ? parent.width - 2 * Theme.s6 : parent.width * 0.38
        spacing: Theme.s4
        Label {
            id: tagline
            objectName: "tagline"
            width: parent.width
            text: BrandTheme.tagline
            level: Label.Hero
            maximumLineCount: 3
            heading: true
        }
        Label {
            id: lead
            objectName: "home-lead"
            width: parent.width
            visible: page.leadFits
            text: qsTr("Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.")
            level: Label.Lead
            muted: true
            maximumLineCount: 4
        }
        Label {
            id: studioStock
            objectName: "studio-stock"
            width: parent.width
            visible: Showroom.studioName.length > 0
            // The count of the finder's opening view, so Home and the finder agree.
            text: Finder.ready ? qsTr("%1 · %n cars in stock nearby", "", Finder.areaTotal).arg("\u2068" + Showroom.studioName + "\u2069")
                               : Showroom.studioName
            level: Label.Body
            muted: true
        }
        // How current the stock is: small and calm, never a warning.
        Label {
            id: freshness
            objectName: "home-freshness"
            width: parent.width
            visible: text.length > 0
            text: StockFreshness.line
            level: Label.Caption
            muted: true
        }
        // Most visitors already own a car: offered calmly, never pushed. (Anchored, so it
        // follows the text to the right in Arabic; a Column does not mirror.)
        Item {
            id: entries
            width: parent.width
            height: tradeInEntry.height
            StaffButton {
                id: tradeInEntry
                objectName: "action-tradein"
                anchors.left: parent.left
                text: qsTr("Value my car")
                quiet: true
                onClicked: page.open("tradein")
            }
            StaffButton {
                id: eventsEntry
                objectName: "action-events"
                anchors.left: tradeInEntry.right
                anchors.leftMargin: Theme.s2
                text: qsTr("What's on")
                quiet: true
                onClicked: page.open("events")
            }
        }
        // The next event here, calmly: what, when; a full one says so, nothing counts down.
        Label {
            id: nextEvent
            objectName: "home-next-event"
            width: parent.width
            visible: StudioEvents.upcoming.length > 0 && page.nextEventFits
            text: StudioEvents.upcoming.length > 0 ? qsTr("Next here: %1, %2").arg(StudioEvents.upcoming[0].title).arg(StudioEvents.upcoming[0].when)
                            + (StudioEvents.upcoming[0].full ? " · " + qsTr("Full") : "")
                          : ""
            level: Label.Caption
            muted: true
            maximumLineCount: 2
        }
    }

    Image {
        id: hero
        objectName: "hero"
        asynchronous: true
        source: Showroom.heroImage
        fillMode: Image.PreserveAspectFit
        mirror: LayoutMirroring.enabled
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("The flagship of the range")
        anchors.top: page.portrait ? intro.bottom : logo.bottom
        anchors.bottom: actions.top
        anchors.topMargin: page.portrait ? Theme.s4 : Theme.s5
        anchors.bottomMargin: Theme.s4
        anchors.right: parent.right
        anchors.rightMargin: page.portrait ? Theme.s4 : Theme.s5
        width: page.portrait ? parent.width - 2 * Theme.s4 : parent.width * 0.58
        sourceSize.width: width
        opacity: status === Image.Ready ? 1 : 0
        visible: !(Theme.lowReach && page.portrait)
        Behavior on opacity { NumberAnimation { duration: Theme.page; easing.type: Easing.OutCubic } }
    }

    GridLayout {
        id: actions
        objectName: "home-actions"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: page.portrait ? portraitLanguages.top : parent.bottom
        anchors.margins: Theme.s6
        columns: page.portrait ? 2 : 4
        // Every tile as tall as the tallest, whatever the language wraps.
        readonly property real tileHeight: Math.max(findTile.implicitHeight, configureTile.implicitHeight,
                                                    bookTile.implicitHeight, expertTile.implicitHeight)
        rowSpacing: Theme.s3
        columnSpacing: Theme.s3

        ActionTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: actions.tileHeight
            id: findTile
            objectName: "action-find"
            text: qsTr("Find a car in stock")
            subtitle: qsTr("New and approved pre-owned, near you")
            primary: true
            onClicked: page.open("find")
        }
        ActionTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: actions.tileHeight
            id: configureTile
            objectName: "action-configure"
            text: qsTr("Configure yours")
            subtitle: qsTr("Colour, wheels, interior, price")
            onClicked: page.open("configure")
        }
        ActionTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: actions.tileHeight
            id: bookTile
            objectName: "action-book"
            text: qsTr("Book a test drive")
            subtitle: qsTr("Pick a day and a time that suit you")
            onClicked: page.open("book")
        }
        ActionTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: actions.tileHeight
            id: expertTile
            objectName: "action-expert"
            text: qsTr("Ask an expert")
            subtitle: qsTr("Someone will come to you")
            onClicked: page.open("expert")
        }
    }

    StaffButton {
        id: accessibilityEntry
        objectName: "accessibility-entry"
        anchors.right: staffEntry.left
        anchors.verticalCenter: staffEntry.verticalCenter
        anchors.rightMargin: Theme.s2
        text: qsTr("Accessibility")
        onClicked: page.open("accessibility")
    }

    // Discreet, but a full-size target: staff find it, visitors are not drawn to it.
    StaffButton {
        id: staffEntry
        objectName: "staff-entry"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.rightMargin: Theme.s4
        anchors.topMargin: page.portrait ? Theme.s6 : Theme.s4 + Theme.touch + Theme.s6
        text: qsTr("Staff")
        background: Item {}
        quiet: true
        onClicked: page.open("staff")
    }

    LanguageBar {
        id: portraitLanguages
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.s4
        visible: page.portrait
    }
}
