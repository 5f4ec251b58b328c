// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T
import Vitrine

// The brand's model lines as large pictures: the first step of finding or configuring a car.
Item {
    id: page
    property string title
    property string intro
    signal back()
    signal chosen(string lineId)
    // A configuration code was opened: the build is in the configurator.
    signal opened()

    readonly property bool settled: true
    Accessible.role: Accessible.Pane
    Accessible.name: title

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: page.title
        onBack: page.back()
    }

    Label {
        id: introText
        objectName: "lines-intro"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        text: page.intro
        level: Label.Lead
        muted: true
    }

    GridView {
        id: grid
        objectName: "lines-grid"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: introText.bottom
        anchors.bottom: codeRow.top
        anchors.margins: Theme.s6
        // Each card leaves its gap to the next at its cell's end: none at the page's edge, in
        // either direction (mirrored, the cards stood a gap off the header's edge).
        anchors.leftMargin: LayoutMirroring.enabled ? Theme.s6 - Theme.s3 : Theme.s6
        anchors.rightMargin: LayoutMirroring.enabled ? Theme.s6 : Theme.s6 - Theme.s3
        readonly property int columns: width > height ? 2 : 1
        cellWidth: width / columns
        // Every line in view where the cards can be made lower and still show their car above
        // the name: on a landscape kiosk the second row stood cut below its cards' empty tops.
        // Otherwise the grid scrolls, its rows a little lower than their shape where that lets
        // the last one in view show half of itself, its car's top: a sign of more, not a blank box.
        readonly property real shapely: cellWidth * 0.62
        readonly property real rowsFit: height / Math.max(1, Math.ceil(count / columns))
        readonly property real captionRoom: Theme.title * 1.3 + Theme.body * 1.5 + 2 * Theme.s5 + Theme.s1
        readonly property bool allInView: rowsFit >= captionRoom + 180 * Theme.scale && rowsFit >= cellWidth * 0.3
        readonly property real withHalfMore: height / (Math.floor(Math.max(0, height / shapely - 0.5)) + 1.5)
        cellHeight: allInView ? Math.min(shapely, rowsFit)
                              : Math.max(captionRoom + 120 * Theme.scale, Math.min(shapely, withHalfMore))
        clip: true
        model: Showroom.lines
        boundsBehavior: Flickable.StopAtBounds
        delegate: T.AbstractButton {
            id: card
            Accessible.onPressAction: card.clicked()
            required property string lineId
            required property string name
            required property string tagline
            required property string image
            required property int modelCount
            objectName: "line-" + lineId
            width: grid.cellWidth - Theme.s3
            height: grid.cellHeight - Theme.s3
            Accessible.role: Accessible.Button
            Accessible.name: name
            Accessible.description: tagline
            focusPolicy: Qt.StrongFocus
            onClicked: page.chosen(lineId)
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.width: card.visualFocus ? 3 : 0
                border.color: Theme.focus
            }
            Item {
                anchors.fill: parent
                // The car's place above the name. The drawing's canvas keeps room above for the
                // tallest body: sized by where the cars stand in it, each fills its place (a
                // saloon took little more than half of it), its ground at the place's foot, the
                // canvas's empty top running into the card's margin.
                Item {
                    id: place
                    objectName: "line-picture-" + card.lineId
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.bottom: caption.top
                    anchors.margins: Theme.s4
                    readonly property rect drawn: Showroom.lines.drawn
                    readonly property real aspect: Showroom.lines.pictureAspect
                    Image {
                        objectName: "line-image-" + card.lineId
                        width: Math.max(0, Math.min(place.width / place.drawn.width,
                                                    place.height / (place.drawn.height * place.aspect)))
                        height: width * place.aspect
                        x: (place.width - width) / 2
                        y: place.height - height * (place.drawn.y + place.drawn.height)
                        asynchronous: true
                        source: card.image
                        sourceSize.width: width
                        fillMode: Image.PreserveAspectFit
                        mirror: LayoutMirroring.enabled
                        Accessible.ignored: true
                    }
                }
                Column {
                    id: caption
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.s5
                    spacing: Theme.s1
                    Label {
                        width: parent.width
                        text: card.name
                        level: Label.Title
                    }
                    Label {
                        width: parent.width
                        text: card.tagline
                        muted: true
                        maximumLineCount: 1
                    }
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "lines-more"
        flickable: grid
    }

    // A build made earlier, here or at another studio, reopened from its code.
    Row {
        id: codeRow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        anchors.bottomMargin: Theme.s5
        spacing: Theme.s3
        property string problem
        FormField {
            id: codeField
            objectName: "code-field"
            width: Math.min(parent.width - openButton.width - Theme.s3, 640 * Theme.scale)
            label: qsTr("Have a configuration code?")
            // Shaped as the codes are: groups of four letters and digits, the last one shorter.
            placeholder: qsTr("e.g. %1").arg("K7QD-9MWX-4T")
            error: codeRow.problem
            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            maximumLength: 32
            onAccepted: openButton.clicked()
            onTextChanged: codeRow.problem = ""
        }
        StaffButton {
            id: openButton
            objectName: "open-code"
            anchors.bottom: codeField.bottom
            anchors.bottomMargin: codeField.error.length > 0 ? Theme.s5 : 0
            text: qsTr("Open")
            enabled: codeField.text.trim().length > 0
            onClicked: {
                if (Configurator.openCode(codeField.text)) {
                    codeField.text = ""
                    page.forceActiveFocus() // the on-screen keyboard goes with the focus
                    page.opened()
                } else {
                    codeRow.problem = Configurator.codeProblem
                }
            }
        }
    }
}
