// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Vitrine.Ui
import Vitrine

// The configured car: picture, specs, equipment, the complete price line by line, the monthly
// rate, and a short code with its QR code to take the build home — or to any other Vitrine.
Item {
    id: page
    signal back()
    signal similar()
    signal bookDrive()
    signal openCar(string vehicleId)
    readonly property BuildSummary build: Configurator.summary
    // Reaching the summary finishes the build, for the studio's anonymous insights.
    StackView.onActivated: Configurator.summaryShown()
    readonly property bool wide: width > height
    readonly property bool settled: picture.status !== Image.Loading
    property string request
    // The number of the request on its way, so only its answer is shown here.
    property int requestNumber: -1
    Connections {
        target: Showroom
        function onRequestAnswered(request, kind, ok) {
            if (request === page.requestNumber)
                page.request = ok ? kind : "failed"
        }
    }
    Accessible.role: Accessible.Pane
    Accessible.name: Theme.spoken(build.title)

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: page.build.title
        onBack: page.back()
    }

    Flickable {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        contentHeight: columns.height + Theme.s6
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Grid {
            id: columns
            width: body.width
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.s6
            rowSpacing: Theme.s5
            readonly property real leftWidth: page.wide ? (width - columnSpacing) * 0.56 : width
            readonly property real rightWidth: page.wide ? (width - columnSpacing) * 0.44 : width

            Column {
                width: columns.leftWidth
                spacing: Theme.s4
                CarBackdrop {
                    width: parent.width
                    height: width * 0.5
                    Image {
                        id: picture
                        anchors.fill: parent
                        anchors.margins: Theme.s4
                        source: page.build.image
                        sourceSize.width: width
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        mirror: LayoutMirroring.enabled
                        Accessible.role: Accessible.Graphic
                        Accessible.name: Theme.spoken(page.build.title + ", " + page.build.colours)
                    }
                }
                Label {
                    width: parent.width
                    text: page.build.colours
                    muted: true
                }
                SpecGrid {
                    width: parent.width
                    specs: page.build.specs
                }
                Repeater {
                    model: page.build.equipment
                    delegate: Column {
                        id: group
                        required property string category
                        required property var items
                        width: parent.width
                        spacing: Theme.s1
                        Label {
                            width: parent.width
                            text: group.category
                            level: Label.Lead
                        }
                        Label {
                            width: parent.width
                            text: group.items.join(" · ")
                            muted: true
                        }
                    }
                }
                SuggestionStrip {
                    objectName: "summary-suggestions"
                    width: parent.width
                    suggestions: Finder.suggestionsForBuild()
                    onOpen: vehicleId => page.openCar(vehicleId)
                }
            }

            Column {
                width: columns.rightWidth
                spacing: Theme.s4
                Label {
                    objectName: "summary-price"
                    width: parent.width
                    text: page.build.total
                    level: Label.Display
                    font.capitalization: Font.MixedCase
                }
                FinancePanel {
                    objectName: "summary-finance"
                    width: parent.width
                    finance: Configurator.finance
                }
                // Each choice at the price it showed while configuring, the fees, the total,
                // and the taxes that total contains.
                Column {
                    objectName: "summary-lines"
                    width: parent.width
                    Repeater {
                        model: page.build.lines
                        delegate: AmountRow {
                            required label
                            required amount
                        }
                    }
                    AmountRow {
                        label: qsTr("Total price")
                        amount: page.build.total
                        strong: true
                    }
                    Repeater {
                        model: page.build.taxes
                        delegate: AmountRow {
                            required label
                            required amount
                            quiet: true
                        }
                    }
                }

                Rectangle {
                    width: parent.width
                    height: codeRow.implicitHeight + 2 * Theme.s4
                    color: Theme.surface
                    radius: Theme.radius
                    Row {
                        id: codeRow
                        anchors.fill: parent
                        anchors.margins: Theme.s4
                        spacing: Theme.s4
                        Image {
                            id: qr
                            objectName: "build-qr"
                            // No web page for this studio: no code that leads nowhere.
                            visible: page.build.qr !== ""
                            width: visible ? Theme.s8 * 1.4 : 0
                            height: width
                            source: page.build.qr
                            sourceSize.width: width
                            smooth: false
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code: this build on your phone")
                        }
                        Column {
                            width: parent.width - (qr.visible ? qr.width + Theme.s4 : 0)
                            spacing: Theme.s1
                            Label {
                                width: parent.width
                                text: qsTr("Your configuration code")
                                muted: true
                            }
                            Label {
                                objectName: "build-code"
                                width: parent.width
                                // Read aloud and typed back: always left to right.
                                text: "\u2066" + page.build.code + "\u2069"
                                level: Label.Title
                                font.capitalization: Font.MixedCase
                                font.letterSpacing: 2
                            }
                            Label {
                                width: parent.width
                                text: qsTr("Scan it, or give the code to any of our studios to open this exact car.")
                                muted: true
                                level: Label.Caption
                            }
                            Label {
                                objectName: "build-code-tradein"
                                width: parent.width
                                visible: page.build.tradeIn.length > 0
                                text: qsTr("It also carries your car's estimate, counted in the deposit.")
                                muted: true
                                level: Label.Caption
                            }
                        }
                    }
                }

                Flow {
                    width: parent.width
                    spacing: Theme.s3
                    StaffButton {
                        objectName: "similar"
                        primary: true
                        text: qsTr("See similar cars in stock")
                        onClicked: page.similar()
                    }
                    StaffButton {
                        objectName: "book-drive"
                        text: qsTr("Book a test drive")
                        onClicked: page.bookDrive()
                    }
                    StaffButton {
                        text: qsTr("Change something")
                        onClicked: page.back()
                    }
                    StaffButton {
                        text: qsTr("Ask an expert")
                        onClicked: page.requestNumber = Showroom.askExpert("", page.build.code)
                    }
                }
                Label {
                    width: parent.width
                    text: page.request === "expert" ? qsTr("An expert will be with you shortly.")
                        : page.request === "failed" ? qsTr("Please ask any of our team — we could not send your request from this screen.")
                        : ""
                    visible: text.length > 0
                    muted: true
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "summary-more"
        flickable: body
        trailing: Theme.s6
    }
}
