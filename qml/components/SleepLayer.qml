// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Vitrine

// The screen asleep outside the studio's hours: black, above everything, and every touch stops
// here. Staff wake it by holding it; a visitor's tap or swipe does nothing.
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
        objectName: "sleep-wake"
        anchors.fill: parent
        pressAndHoldInterval: ScreenSleep.wakeHoldMs
        onPressAndHold: ScreenSleep.wake()
        onWheel: wheel => wheel.accepted = true
    }
}
