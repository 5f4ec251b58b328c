// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Cars in stock closest to the visitor's build, each saying why it is close.
Item {
    id: page
    signal back()
    signal open(string vehicleId)
    readonly property SimilarStock matches: Configurator.similar
    Component.onCompleted: Configurator.findSimilar()
    readonly property bool settled: !matches.loading
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Similar cars in stock")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Similar cars in stock")
        onBack: page.back()
    }

    Label {
        id: intro
        objectName: "similar-intro"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        text: page.matches.loading ? qsTr("Looking for cars close to your build…")
            : page.matches.count > 0 ? qsTr("Closest to %1 first. These cars are here or at a partner nearby, ready sooner than a new build.").arg("\u2068" + Configurator.title + "\u2069")
                                      : qsTr("No car in stock is close to this build right now. An expert can tell you when one arrives.")
        muted: true
    }

    GridView {
        id: grid
        objectName: "similar-results"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: intro.bottom
        anchors.bottom: parent.bottom
        // Each card leaves the gap to the next at its right, in either direction: the grid runs
        // that gap past the edge, so the cards' outer edges line up with the words above them.
        anchors.leftMargin: page.LayoutMirroring.enabled ? Theme.s6 - Theme.s3 : Theme.s6
        anchors.rightMargin: page.LayoutMirroring.enabled ? Theme.s6 : Theme.s6 - Theme.s3
        anchors.topMargin: Theme.s6
        anchors.bottomMargin: Theme.s6
        readonly property int columns: width > height * 1.2 ? 3 : 2
        cellWidth: width / columns
        cellHeight: cellWidth * 0.78
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: page.matches.cars
        delegate: T.AbstractButton {
            id: card
            Accessible.onPressAction: card.clicked()
            required property string vehicleId
            required property string title
            required property string image
            required property string price
            required property string why
            required property int index
            objectName: "similar-" + index
            width: grid.cellWidth - Theme.s3
            height: grid.cellHeight - Theme.s3
            Accessible.role: Accessible.Button
            Accessible.name: Theme.spoken(title + ", " + price)
            Accessible.description: why
            focusPolicy: Qt.StrongFocus
            onClicked: page.open(vehicleId)
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.width: card.visualFocus ? 3 : 0
                border.color: Theme.focus
            }
            Image {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: caption.top
                anchors.margins: Theme.s3
                source: card.image
                sourceSize.width: width
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                mirror: LayoutMirroring.enabled
                Accessible.ignored: true
            }
            Column {
                id: caption
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.s4
                spacing: 2
                Label {
                    objectName: "similar-title-" + card.index
                    width: parent.width
                    text: card.title
                    level: Label.Lead
                    maximumLineCount: 1
                }
                Label {
                    width: parent.width
                    text: card.price
                    font.weight: Font.DemiBold
                }
                // Room for two lines whether it takes one or two, so every card's picture and
                // name stand at the same height (a one-line reason drew its car larger).
                Label {
                    objectName: "similar-why-" + card.index
                    width: parent.width
                    height: Math.max(implicitHeight, twoLines.implicitHeight)
                    text: card.why
                    muted: true
                    level: Label.Caption
                    maximumLineCount: 2
                    Label {
                        id: twoLines
                        visible: false
                        text: "\n"
                        level: Label.Caption
                    }
                }
            }
        }
    }

    MoreBelow {
        objectName: "similar-more"
        flickable: grid
    }
}
