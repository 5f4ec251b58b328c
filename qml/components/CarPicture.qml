// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// A stock car's picture: its photo once it has loaded; the drawn car while it loads, when it is
// broken, or when there is none — never an empty or broken box. One text alternative for both.
Item {
    id: picture
    property string photo
    property string drawing
    property string alt
    // The drawing turns with the reading direction; a photo never does (its plates would read backwards).
    property bool mirrorDrawing: LayoutMirroring.enabled
    // An empty photo (none could be had) leaves the drawing.
    readonly property bool showingPhoto: photoImage.status === Image.Ready && photoImage.implicitWidth > 0
    // What a tap opens full screen: the photo once it is there, else the drawing.
    readonly property string shown: showingPhoto ? photo : drawing
    Accessible.role: Accessible.Graphic
    Accessible.name: Theme.spoken(alt)

    Image {
        id: drawn
        anchors.fill: parent
        source: picture.drawing
        sourceSize.width: width
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        mirror: picture.mirrorDrawing
        opacity: picture.showingPhoto ? 0 : 1
        Behavior on opacity { NumberAnimation { duration: Theme.fast; easing.type: Easing.OutCubic } }
        Accessible.ignored: true
    }
    Image {
        id: photoImage
        anchors.fill: parent
        source: picture.photo
        sourceSize.width: width
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        opacity: picture.showingPhoto ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.fast; easing.type: Easing.OutCubic } }
        Accessible.ignored: true
    }
}
