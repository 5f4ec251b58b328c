// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import Vitrine

// "Ask an expert": the visitor starts the contact; staff are told, nobody is asked for details.
Item {
    id: page
    signal back()
    readonly property bool settled: true
    // Until the request is written the page says an expert is coming; only a failure changes that.
    property bool recorded: true
    property int request: -1
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Ask an expert")

    Component.onCompleted: request = Showroom.askExpert()
    Connections {
        target: Showroom
        function onRequestAnswered(request, kind, ok) {
            if (request === page.request)
                page.recorded = ok
        }
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Ask an expert")
        onBack: page.back()
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.s8
        anchors.rightMargin: Theme.s8
        spacing: Theme.s4
        Label {
            width: parent.width
            text: page.recorded ? qsTr("An expert will be with you shortly.")
                                : qsTr("Please ask any of our team — we could not send your request from this screen.")
            level: Label.Display
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            width: parent.width
            text: qsTr("Keep exploring in the meantime. You do not need to leave any contact details.")
            level: Label.Lead
            muted: true
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
