// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Vitrine

// The screen asleep outside the studio's hours: black, above everything, and every touch stops
// here. Staff wake it by holding it and letting go; a visitor's tap or swipe does nothing. The
// wake comes with the release, so no part of that touch reaches the screen once awake.
Rectangle {
    id: layer
    objectName: "sleep-layer"
    parent: Overlay.overlay
    anchors.fill: parent
    z: 1000
    color: "black"
    visible: ScreenSleep.asleep
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("The screen is asleep outside opening hours")

    MouseArea {
        id: wake
        objectName: "sleep-wake"
        property bool held: false
        anchors.fill: parent
        pressAndHoldInterval: ScreenSleep.wakeHoldMs
        onPressed: held = false
        onPressAndHold: held = true
        onReleased: {
            if (held)
                ScreenSleep.wake()
            held = false
        }
        onCanceled: held = false
        onWheel: wheel => wheel.accepted = true
    }
}
