// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// "You might also like": a few cars of the stock this visit's own looking points to, each with
// the reason that is true of it. Nothing at all when there is none; it never pushes.
Column {
    id: strip
    property VisitSuggestions suggestions
    signal open(string vehicleId)
    readonly property int columns: width > Theme.touch * 18 ? 4 : 2
    spacing: Theme.s3
    visible: suggestions !== null && suggestions.count > 0

    Label {
        width: strip.width
        text: qsTr("You might also like")
        level: Label.Title
    }
    Flow {
        width: strip.width
        spacing: Theme.s3
        Repeater {
            model: strip.suggestions ? strip.suggestions.cars : null
            delegate: T.AbstractButton {
                id: card
                Accessible.onPressAction: card.clicked()
                required property string vehicleId
                required property string title
                required property string image
                required property string price
                required property string why
                required property int index
                objectName: "suggestion-" + index
                width: Math.floor((strip.width - Theme.s3 * (strip.columns - 1)) / strip.columns)
                height: picture.height + caption.implicitHeight + 2 * Theme.s3
                Accessible.role: Accessible.Button
                Accessible.name: Theme.spoken(title + ", " + price)
                Accessible.description: why
                focusPolicy: Qt.StrongFocus
                onClicked: strip.open(vehicleId)
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.width: card.visualFocus ? 3 : 0
                    border.color: Theme.focus
                }
                Image {
                    id: picture
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.s3
                    height: width * 0.5
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
                    anchors.top: picture.bottom
                    anchors.margins: Theme.s3
                    spacing: 2
                    Label {
                        width: parent.width
                        text: card.title
                        level: Label.Lead
                    }
                    Label {
                        width: parent.width
                        text: card.price
                        font.weight: Font.DemiBold
                    }
                    Label {
                        width: parent.width
                        text: card.why
                        muted: true
                        level: Label.Caption
                    }
                }
            }
        }
    }
}
