// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Vitrine

// The kiosk's window: one stack of pages over Home, mirrored for right-to-left languages.
ApplicationWindow {
    id: window
    property bool kiosk: false
    property string startPage
    // True once the current page has its pictures: screenshots wait for it.
    readonly property var currentPage: stack.currentItem
    readonly property bool settled: (attract.visible ? attract.settled
                                                     : currentPage !== null && currentPage.settled === true)
                                    && !stack.busy && idleNotice.settled

    readonly property bool mirrored: UiLanguage.rightToLeft

    title: BrandTheme.brand
    color: Theme.background
    font.family: Theme.bodyFont
    font.pixelSize: Theme.body

    LayoutMirroring.enabled: UiLanguage.rightToLeft
    LayoutMirroring.childrenInherit: true

    onWidthChanged: Theme.scale = Math.min(width, height) / 1080
    onHeightChanged: Theme.scale = Math.min(width, height) / 1080
    Component.onCompleted: {
        Theme.scale = Math.min(width, height) / 1080
        // The page the screen starts on is simply there: no fade in from a Home never seen.
        if (startPage.length > 0)
            showPage(startPage, {}, StackView.Immediate)
    }

    function goHome() {
        stack.pop(null)
    }

    // `properties` set on the page, e.g. a step of the configurator or of the booking.
    function openPage(name, properties) {
        showPage(name, properties === undefined ? {} : properties, StackView.PushTransition)
    }

    function showPage(name, properties, operation) {
        if (name === "book")
            DriveBooking.reset()
        const pages = {
            "find": findPage,
            "configure": configurePage,
            "book": testDrivePage,
            "expert": expertPage,
            "tradein": tradeInPage,
            "accessibility": accessibilityPage,
            "detail": detailPage,
            "staff": StaffMode.unlocked ? staffPage : pinPage,
            "insights": StaffMode.unlocked ? insightsPage : pinPage,
            "configurator": configuratorPage,
            "summary": buildSummaryPage,
            "similar": similarStockPage,
            "drive": testDrivePage,
            "compare": comparePage,
            "events": eventsPage,
            "event": eventPage
        }
        if (pages[name] !== undefined)
            stack.push(pages[name], properties, operation)
    }

    // The screen as mounted: staff can turn the picture when the panel hangs the other way round
    // from what the system reports (a portrait kiosk on a landscape output). Touch follows.
    readonly property string mounting: StaffMode.orientation || "auto"
    readonly property bool turned: (mounting === "portrait" && width > height) || (mounting === "landscape" && height > width)
    readonly property real screenWidth: turned ? height : width
    readonly property real screenHeight: turned ? width : height
    // Within reach: on a portrait screen the pages live in the lower part; the brand calmly
    // fills the top.
    readonly property bool reachMode: Theme.lowReach && screenHeight > screenWidth

    Item {
        id: screen
        objectName: "screen"
        anchors.centerIn: parent
        width: window.screenWidth
        height: window.screenHeight
        rotation: window.turned ? 90 : 0

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.verticalCenter: parent.top
            anchors.verticalCenterOffset: screen.height * 0.2
            visible: window.reachMode
            height: Theme.s7
            width: height * 5
            fillMode: Image.PreserveAspectFit
            source: BrandTheme.logo
            sourceSize.height: height * 2
            Accessible.ignored: true
        }

        StackView {
            id: stack
            anchors.fill: parent
            anchors.topMargin: window.reachMode ? screen.height * 0.4 : 0
            // The keyboard never covers the page: the page gives it room, forms scroll the field into view.
            anchors.bottomMargin: keyboard.shown ? keyboard.height : 0
            Behavior on anchors.topMargin { NumberAnimation { duration: Theme.page; easing.type: Easing.OutCubic } }
            initialItem: HomePage {
                onOpen: page => window.openPage(page)
            }
            // Which page the visitor sees, by its type's name, for the studio's anonymous insights.
            onCurrentItemChanged: VisitInsights.page(currentItem ? String(currentItem).replace(/(_QMLTYPE_.*|\(.*)$/, "") : "")
            pushEnter: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.page; easing.type: Easing.OutCubic }
            }
            pushExit: Transition {
                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.page; easing.type: Easing.OutCubic }
            }
            popEnter: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.page; easing.type: Easing.OutCubic }
            }
            popExit: Transition {
                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.page; easing.type: Easing.OutCubic }
            }
        }

        IdleNotice {
            id: idleNotice
            z: 10
        }

        AttractLoop {
            id: attract
            z: 20
        }

        // The on-screen keyboard, in the visitor's language where a layout exists. Made when a
        // field first asks for it, and kept: most visits type nothing, and the keyboard costs
        // 4 MiB that Home and the finder do without. The field's request shows it as it is made.
        Item {
            id: keyboard
            property InputPanel panel: null
            readonly property bool shown: panel !== null && panel.active
            // The input context, made with the window, is what has Qt wait for this keyboard:
            // without one, a field's first request would open a keyboard window of Qt's own.
            readonly property QtObject context: InputContext
            z: 15
            // Not wider than a comfortable reach on a landscape screen.
            width: Math.min(screen.width, screen.height * 1.5)
            height: panel !== null ? panel.height : 0
            x: (screen.width - width) / 2
            y: shown ? screen.height - height : screen.height
            visible: shown
            Behavior on y { NumberAnimation { duration: Theme.fast; easing.type: Easing.OutCubic } }
            Component {
                id: panelComponent
                InputPanel {
                    objectName: "keyboard"
                    width: keyboard.width
                    Accessible.name: qsTr("Keyboard")
                }
            }
            Connections {
                target: Qt.inputMethod
                enabled: keyboard.panel === null
                // Its first change is to shown: nothing is shown before the panel is made.
                function onVisibleChanged() {
                    keyboard.panel = panelComponent.createObject(keyboard) as InputPanel
                }
            }
        }
    }

    // While the kiosk speaks, a finger explores instead of pressing: a touch says the control
    // under it, a swipe right or left moves to the next or previous control, a double tap
    // presses the one in focus.
    Item {
        objectName: "speech-layer"
        anchors.fill: parent
        z: 30
        visible: SpeechMode.active
        TapHandler {
            onTapped: (eventPoint, button) => {
                if (tapCount === 2)
                    SpeechMode.activate()
                else
                    SpeechMode.exploreAt(eventPoint.scenePosition)
            }
        }
        DragHandler {
            id: swipe
            target: null
            xAxis.enabled: true
            yAxis.enabled: false
            onActiveChanged: {
                if (active)
                    return
                const moved = swipe.centroid.scenePosition.x - swipe.centroid.scenePressPosition.x
                if (moved > 40 * Theme.scale)
                    SpeechMode.next()
                else if (moved < -40 * Theme.scale)
                    SpeechMode.previous()
            }
        }
    }

    // Outside opening hours: blank, and touches go nowhere.
    SleepLayer {}

    // The visitor left: back to Home with nothing of theirs left on screen.
    Connections {
        target: VisitorSession
        function onEnded() {
            StaffMode.lock()
            Theme.largeText = false
            Theme.lowReach = false
            BrandTheme.highContrast = false
            stack.pop(null)
            stack.currentItem.forceActiveFocus()
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: {
            const wanted = { "en": "en_GB", "de": "de_DE", "fr": "fr_FR", "ar": "ar_AR", "zh_CN": "zh_CN", "zh_TW": "zh_TW" }[UiLanguage.code] || "en_GB"
            return VirtualKeyboardSettings.availableLocales.indexOf(wanted) >= 0 ? wanted : "en_GB"
        }
    }

    Component {
        id: findPage
        FinderPage {
            onBack: stack.pop()
            onOpen: vehicleId => stack.push(detailPage, { vehicleId: vehicleId })
            onCompare: stack.push(comparePage)
        }
    }
    Component {
        id: comparePage
        ComparePage {
            onBack: stack.pop()
        }
    }
    Component {
        id: detailPage
        VehicleDetailPage {
            onBack: stack.pop()
            onBookDrive: (vehicleId, model, location) => {
                DriveBooking.chooseVehicle(vehicleId, model, location)
                stack.push(testDrivePage, { carGiven: true })
            }
            onValueCar: stack.push(tradeInPage)
            onOpenCar: vehicleId => stack.push(detailPage, { vehicleId: vehicleId })
        }
    }
    Component {
        id: configurePage
        ModelLinesPage {
            title: qsTr("Configure yours")
            intro: qsTr("Start with a model line. Every choice shows its price before you make it.")
            onBack: stack.pop()
            onChosen: lineId => {
                Configurator.startLine(lineId)
                stack.push(configuratorPage)
            }
            // A reopened build lands on its summary; back leads into the configurator.
            onOpened: stack.push([configuratorPage, { step: "paint" }, buildSummaryPage])
        }
    }
    Component {
        id: configuratorPage
        ConfiguratorPage {
            onBack: stack.pop()
            onSummary: stack.push(buildSummaryPage)
        }
    }
    Component {
        id: buildSummaryPage
        BuildSummaryPage {
            onBack: stack.pop()
            onSimilar: stack.push(similarStockPage)
            onOpenCar: vehicleId => stack.push(detailPage, { vehicleId: vehicleId })
            onBookDrive: {
                DriveBooking.chooseModel(Configurator.model)
                stack.push(testDrivePage, { carGiven: true, step: DriveBooking.studio.length > 0 ? "time" : "studio" })
            }
        }
    }
    Component {
        id: similarStockPage
        SimilarStockPage {
            onBack: stack.pop()
            onOpen: vehicleId => stack.push(detailPage, { vehicleId: vehicleId })
        }
    }
    Component {
        id: testDrivePage
        TestDrivePage {
            onBack: stack.pop()
            onFinished: window.goHome()
        }
    }
    Component {
        id: eventsPage
        EventsPage {
            onBack: stack.pop()
            onOpen: eventId => stack.push(eventPage, { eventId: eventId })
        }
    }
    Component {
        id: eventPage
        EventPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: accessibilityPage
        AccessibilityPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: pinPage
        PinPage {
            onBack: stack.pop()
            onUnlocked: stack.replace(staffPage)
        }
    }
    Component {
        id: staffPage
        StaffPage {
            kiosk: window.kiosk
            onBack: stack.pop()
            onOpenSources: stack.push(sourcesPage)
            onOpenInsights: stack.push(insightsPage)
        }
    }
    Component {
        id: insightsPage
        InsightsPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: sourcesPage
        SourcesPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: tradeInPage
        TradeInPage {
            onBack: stack.pop()
            onOpen: vehicleId => stack.push(detailPage, { vehicleId: vehicleId })
            onAskExpert: stack.push(expertPage)
        }
    }
    Component {
        id: expertPage
        ExpertPage {
            onBack: stack.pop()
        }
    }
}
