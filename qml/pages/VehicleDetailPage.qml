// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// One car: pictures, the complete price, an honest finance plan, where it is, and a way to
// hold it or ask about it — nothing asked of the visitor.
Item {
    id: page
    property string vehicleId
    signal back()
    signal bookDrive(string vehicleId, string model, string location)
    signal valueCar()
    signal openCar(string vehicleId)
    readonly property VehicleDetail car: Finder.detailFor(vehicleId)
    readonly property bool settled: true
    // The market's plan for this car: its defaults and choices come from C++ (FinancePolicy).
    readonly property FinanceQuote finance: car.finance
    // Worked out when the page opens, from what the visit has looked at until now.
    readonly property VisitSuggestions suggestions: Finder.suggestionsFor(vehicleId)
    // What the visitor asked for; the sentence is a binding so it follows the language.
    property string request
    // The number of the request on its way, so only its answer is shown here.
    property int requestNumber: -1
    Connections {
        target: Showroom
        function onRequestAnswered(request, kind, ok) {
            if (request === page.requestNumber) {
                page.request = ok ? kind : "failed"
                revealLater.restart()
            }
        }
    }
    // After the page has laid the message out.
    Timer {
        id: revealLater
        interval: 50
        onTriggered: page.revealAnswer()
    }
    // The answer is shown beside the button that was pressed, scrolled into view if it is below.
    function revealAnswer() {
        const top = requestMessage.mapToItem(body.contentItem, 0, 0).y
        const bottom = top + requestMessage.height + Theme.s4
        if (bottom > body.contentY + body.height)
            body.contentY = Math.max(0, Math.min(bottom - body.height, body.contentHeight - body.height))
        else if (top < body.contentY)
            body.contentY = Math.max(0, top - Theme.s4)
    }
    readonly property bool wide: width > height
    Accessible.role: Accessible.Pane
    Accessible.name: Theme.spoken(car.title)

    // Built in loops: the linter of Qt 6.4 does not know Array.map or filter on C++ lists.
    function choices(list, make, keep) {
        const out = []
        for (let i = 0; i < list.length; ++i) {
            if (keep === undefined || keep(list[i]))
                out.push(make(list[i]))
        }
        return out
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: page.car.title
        onBack: page.back()
    }

    // The car left the stock while the visitor looked at it: said calmly, what they saw stays.
    Rectangle {
        id: gone
        objectName: "detail-gone"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        visible: !page.car.available
        height: visible ? goneText.implicitHeight + 2 * Theme.s3 : 0
        color: Theme.surface
        radius: Theme.radius
        Label {
            id: goneText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.s4
            text: qsTr("This car is no longer in stock. What you see is how it was listed — an expert can suggest a similar one.")
            Accessible.role: Accessible.StaticText
        }
    }

    Flickable {
        id: body
        objectName: "detail-body"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: gone.bottom
        anchors.topMargin: gone.visible ? Theme.s3 : 0
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        contentHeight: columns.height + Theme.s6
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        // Wide: the car on the left, its price and what can be done on the right. Tall: one column,
        // the price straight after the car's pictures and summary, before its figures and equipment,
        // so a portrait screen shows what the car costs without scrolling.
        Item {
            id: columns
            width: body.width
            height: childrenRect.height
            readonly property real columnSpacing: Theme.s6
            readonly property real leftWidth: page.wide ? (width - columnSpacing) * 0.56 : width
            readonly property real rightWidth: page.wide ? (width - columnSpacing) * 0.44 : width

            Column {
                id: head
                anchors.left: parent.left
                anchors.top: parent.top
                width: columns.leftWidth
                spacing: Theme.s4

                // Gallery: swipe between the views.
                CarBackdrop {
                    width: parent.width
                    height: width * 0.5
                    T.SwipeView {
                        id: gallery
                        objectName: "gallery"
                        anchors.fill: parent
                        Accessible.name: Theme.spoken(qsTr("Pictures of %1").arg(page.car.title))
                        Accessible.description: qsTr("Picture %1 of %2").arg(currentIndex + 1).arg(count)
                        clip: true
                        Repeater {
                            model: page.car.pictures
                            delegate: CarPicture {
                                id: galleryPicture
                                required photo
                                required drawing
                                required alt
                                // A tap opens the picture full screen, where two fingers zoom.
                                TapHandler {
                                    onTapped: {
                                        zoom.source = galleryPicture.shown
                                        zoom.mirror = !galleryPicture.showingPhoto && galleryPicture.mirrorDrawing
                                    }
                                }
                            }
                        }
                    }
                    Row {
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: Theme.s3
                        spacing: Theme.s2
                        Repeater {
                            model: gallery.count
                            delegate: Rectangle {
                                required property int index
                                width: Theme.s2
                                height: Theme.s2
                                radius: width / 2
                                color: gallery.currentIndex === index ? Theme.text : Theme.divider
                            }
                        }
                    }
                }

                Label {
                    width: parent.width
                    text: page.car.subtitle + "\n" + page.car.colours
                    muted: true
                }
            }

            Column {
                id: rest
                anchors.left: parent.left
                anchors.top: page.wide ? head.bottom : side.bottom
                anchors.topMargin: page.wide ? Theme.s4 : Theme.s5
                width: columns.leftWidth
                spacing: Theme.s4

                SpecGrid {
                    width: parent.width
                    specs: page.car.specs
                }

                Repeater {
                    model: page.car.equipment
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
                    objectName: "detail-suggestions"
                    width: parent.width
                    suggestions: page.suggestions
                    onOpen: vehicleId => page.openCar(vehicleId)
                }
            }

            Column {
                id: side
                anchors.right: parent.right
                anchors.top: page.wide ? parent.top : head.bottom
                anchors.topMargin: page.wide ? 0 : Theme.s5
                width: columns.rightWidth
                spacing: Theme.s4

                Label {
                    objectName: "detail-price"
                    width: parent.width
                    text: page.car.price
                    level: Label.Display
                    font.capitalization: Font.MixedCase // "kr", not "KR"
                }
                Label {
                    objectName: "detail-price-note"
                    width: parent.width
                    visible: text.length > 0
                    text: page.car.priceNote
                    muted: true
                }
                Column {
                    width: parent.width
                    Repeater {
                        model: page.car.breakdown
                        delegate: AmountRow {
                            required label
                            required amount
                        }
                    }
                    AmountRow {
                        label: qsTr("Total price")
                        amount: page.car.total
                        strong: true
                    }
                }

                Label {
                    width: parent.width
                    text: qsTr("Finance")
                    level: Label.Title
                    heading: true
                }
                FinancePanel {
                    width: parent.width
                    finance: page.finance
                }

                Rectangle {
                    width: parent.width
                    height: place.implicitHeight + 2 * Theme.s4
                    color: Theme.surface
                    radius: Theme.radius
                    Row {
                        id: place
                        anchors.fill: parent
                        anchors.margins: Theme.s4
                        spacing: Theme.s4
                        Column {
                            width: parent.width - qr.width - Theme.s4
                            spacing: Theme.s1
                            Label {
                                width: parent.width
                                text: page.car.placeName
                                level: Label.Lead
                            }
                            Label {
                                width: parent.width
                                text: page.choices([page.car.placeAddress, page.car.placeDistance, page.car.placePhone],
                                                   x => x, x => !!x).join("\n")
                                muted: true
                            }
                            Label {
                                width: parent.width
                                text: page.car.placeHours
                                muted: true
                                level: Label.Caption
                            }
                        }
                        Column {
                            id: qr
                            spacing: Theme.s1
                            Image {
                                width: Theme.s8 * 1.4
                                height: width
                                source: page.car.navigateQr
                                sourceSize.width: width
                                smooth: false
                                Accessible.role: Accessible.Graphic
                                Accessible.name: qsTr("QR code: directions to %1").arg(page.car.placeName)
                            }
                            Label {
                                width: Theme.s8 * 1.4
                                text: qsTr("Directions")
                                level: Label.Caption
                                horizontalAlignment: Text.AlignHCenter
                            }
                        }
                    }
                }

                Row {
                    // No web page for this studio: no code that leads nowhere.
                    visible: page.car.shareQr !== ""
                    spacing: Theme.s3
                    Image {
                        objectName: "share-qr"
                        width: Theme.s8 * 1.4
                        height: width
                        source: page.car.shareQr
                        sourceSize.width: width
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code: this car on your phone")
                    }
                    Label {
                        width: columns.rightWidth - Theme.s8 * 1.4 - Theme.s3
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Take this car with you: scan to see it on your phone.")
                        muted: true
                    }
                }

                Flow {
                    width: parent.width
                    spacing: Theme.s3
                    StaffButton {
                        objectName: "hold"
                        visible: page.car.available
                        primary: true
                        text: qsTr("Hold this car")
                        onClicked: page.requestNumber = Showroom.holdVehicle(page.vehicleId)
                    }
                    StaffButton {
                        objectName: "compare-toggle"
                        readonly property bool inComparison: Finder.compared.length >= 0 && Finder.isCompared(page.vehicleId)
                        text: inComparison ? qsTr("In the comparison (%1 of 3)").arg(Finder.compared.length)
                                           : qsTr("Add to the comparison")
                        onClicked: Finder.toggleCompare(page.vehicleId)
                    }
                    StaffButton {
                        text: qsTr("Ask an expert")
                        onClicked: page.requestNumber = Showroom.askExpert(page.vehicleId)
                    }
                    StaffButton {
                        objectName: "book-drive"
                        visible: page.car.available
                        text: qsTr("Book a test drive")
                        onClicked: page.bookDrive(page.vehicleId, page.car.model, page.car.location)
                    }
                    StaffButton {
                        objectName: "value-my-car"
                        text: qsTr("Value my car")
                        onClicked: page.valueCar()
                    }
                }
                Label {
                    id: requestMessage
                    objectName: "request-message"
                    width: parent.width
                    text: page.request === "hold" ? qsTr("An expert will come to you to hold this car.")
                        : page.request === "expert" ? qsTr("An expert will be with you shortly.")
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
        objectName: "detail-more"
        flickable: body
        trailing: Theme.s6
    }

    // The picture full screen: pinch to zoom, drag to look around, one tap anywhere to close.
    Rectangle {
        id: zoomLayer
        objectName: "zoom"
        anchors.fill: parent
        visible: zoom.status !== Image.Null
        color: Theme.background
        z: 5
        Image {
            id: zoom
            anchors.centerIn: parent
            width: parent.width * 0.92
            height: parent.height * 0.8
            sourceSize.width: width * 1.5
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            Accessible.role: Accessible.Graphic
            Accessible.name: Theme.spoken(page.car.title)
            PinchHandler {
                minimumScale: 1
                maximumScale: 4
            }
            DragHandler {}
        }
        StaffButton {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.s6
            text: qsTr("Close")
            onClicked: {
                zoom.source = ""
                zoom.scale = 1
                zoom.x = (zoomLayer.width - zoom.width) / 2
                zoom.y = (zoomLayer.height - zoom.height) / 2
            }
        }
    }
}
