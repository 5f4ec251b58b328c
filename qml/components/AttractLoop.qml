// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import Vitrine

// What the screen shows while nobody is there: the range, one car at a time, slowly.
// No sound, nothing flashing; a touch anywhere opens Home.
Rectangle {
    id: loop
    objectName: "attract-loop"
    anchors.fill: parent
    color: Theme.background
    opacity: VisitorSession.active ? 0 : 1
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.page * 2; easing.type: Easing.OutCubic } }
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Touch to explore")
    Accessible.description: speechHint.text

    property int current: 0
    readonly property int count: Showroom.lines.count
    // Its slides in, and not fading in or out (a page behind it shows through meanwhile).
    readonly property bool settled: slides.count > 0 && opacity === (VisitorSession.active ? 0 : 1)

    Timer {
        interval: 7000
        repeat: true
        running: loop.visible && loop.count > 1 && !ScreenSleep.asleep
        onTriggered: loop.current = (loop.current + 1) % loop.count
    }

    CarBackdrop {
        anchors.fill: parent
        radius: 0
    }

    // The slides exist only while the loop is on screen: hidden behind a visitor's pages, their
    // screen-sized pictures would be drawn at every start and held in memory for nothing.
    Repeater {
        id: slides
        model: loop.visible ? Showroom.lines : null
        delegate: Item {
            id: slide
            required property int index
            required property string name
            required property string tagline
            required property string image
            anchors.fill: parent
            opacity: loop.current === index ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: 1600; easing.type: Easing.InOutQuad } }
            // A slow drift gives life without drawing the eye. The car stands a little above the
            // middle, between the name and the invitation: with larger text on a tablet the
            // invitation rose into its wheel, so it is made smaller rather than run under text.
            Image {
                objectName: "attract-car"
                readonly property real above: titles.y + titles.height + Theme.s4
                readonly property real below: invitation.y - Theme.s4
                x: (parent.width - width) / 2
                y: Math.max(above, Math.min(parent.height * 0.45 - height / 2, below - height))
                width: parent.width * (parent.width > parent.height ? 0.7 : 0.92)
                height: Math.max(0, Math.min(parent.height * 0.6, below - above))
                source: slide.image
                sourceSize.width: width
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                mirror: LayoutMirroring.enabled
                scale: loop.current === slide.index ? 1.04 : 1.0
                Behavior on scale { NumberAnimation { duration: 7000; easing.type: Easing.Linear } }
                Accessible.ignored: true
            }
            Column {
                id: titles
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.s7
                spacing: Theme.s2
                Label {
                    width: parent.width
                    text: slide.name
                    level: Label.Hero
                }
                Label {
                    width: parent.width
                    text: slide.tagline
                    level: Label.Lead
                    muted: true
                }
            }
        }
    }

    Image {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.s7
        height: Theme.s6
        width: height * 5
        fillMode: Image.PreserveAspectFit
        horizontalAlignment: LayoutMirroring.enabled ? Image.AlignRight : Image.AlignLeft
        source: BrandTheme.logo
        sourceSize.height: height * 2
        Accessible.ignored: true
    }

    Column {
        id: invitation
        objectName: "attract-invitation"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.s7
        width: Math.min(parent.width * 0.5, Theme.s7 * 10)
        spacing: Theme.s2
        // What is on next here, in a word: an invitation, never a countdown.
        Label {
            objectName: "attract-next-event"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            visible: StudioEvents.upcoming.length > 0
            text: visible ? qsTr("Next here: %1, %2").arg(StudioEvents.upcoming[0].title).arg(StudioEvents.upcoming[0].when) : ""
            level: Label.Lead
        }
        Label {
            objectName: "attract-touch"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            text: qsTr("Touch to explore")
            level: Label.Title
        }
        // For a visitor who cannot see the screen, beside the tactile sign on the kiosk's frame:
        // how to make it speak. Said by a screen reader too (the loop's description).
        Label {
            id: speechHint
            objectName: "attract-speech-hint"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            text: SpeechMode.headphonesOnly
                  ? qsTr("To hear the screen: plug in headphones, then hold two fingers on it for two seconds.")
                  : qsTr("To hear the screen: hold two fingers on it for two seconds.")
            muted: true
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: VisitorSession.begin()
    }
}
