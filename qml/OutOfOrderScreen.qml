// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Vitrine

// Shown instead of the kiosk when its database cannot be used: calm for visitors, exact for staff.
ApplicationWindow {
    id: window
    // The file and the cause, for whoever looks after the screen.
    property string detail
    // False when nothing will try again by itself (the kiosk service gave up restarting).
    property bool retrying: true
    readonly property bool settled: true

    title: BrandTheme.brand
    color: Theme.background
    font.family: Theme.bodyFont
    LayoutMirroring.enabled: UiLanguage.rightToLeft
    LayoutMirroring.childrenInherit: true
    onWidthChanged: Theme.scale = Math.min(width, height) / 1080
    onHeightChanged: Theme.scale = Math.min(width, height) / 1080

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.s7, 1100 * Theme.scale)
        spacing: Theme.s5

        Image {
            objectName: "out-of-order-logo"
            source: BrandTheme.logo
            sourceSize.height: 56 * Theme.scale
            anchors.horizontalCenter: parent.horizontalCenter
            Accessible.ignored: true
        }
        Label {
            objectName: "out-of-order-title"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("This screen is taking a short break")
            color: Theme.text
            font.family: Theme.titleFont
            font.weight: Theme.titleWeight
            font.pixelSize: Theme.display
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "out-of-order-text"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("A product expert will be glad to show you the cars, take you for a drive or help you with a booking.")
            color: Theme.text
            font.pixelSize: Theme.lead
        }
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        Label {
            objectName: "out-of-order-detail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: window.retrying ? qsTr("For staff: %1 Vitrine tries again every 10 seconds.").arg(window.detail)
                                  : qsTr("For staff: %1").arg(window.detail)
            color: Theme.textMuted
            font.pixelSize: Theme.body
        }
    }
}
