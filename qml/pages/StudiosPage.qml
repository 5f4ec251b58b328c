// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T
import Vitrine

// Where a test drive can start: the brand's studios, this one first.
Item {
    id: page
    signal back()
    signal chosen(string studioId)
    readonly property bool settled: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Book a test drive")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Book a test drive")
        onBack: page.back()
    }

    Label {
        id: intro
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.s6
        anchors.rightMargin: Theme.s6
        text: qsTr("Choose the studio where you would like to start. We only ask for what a drive needs.")
        level: Label.Lead
        muted: true
    }

    ListView {
        id: list
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: intro.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.s6
        spacing: Theme.s2
        clip: true
        model: Showroom.studios
        delegate: T.AbstractButton {
            id: row
            Accessible.onPressAction: row.clicked()
            required property string studioId
            required property string name
            required property string address
            required property bool here
            width: list.width
            implicitHeight: Math.max(Theme.touch * 1.5, texts.implicitHeight + 2 * Theme.s4)
            Accessible.role: Accessible.Button
            Accessible.name: name
            Accessible.description: address
            focusPolicy: Qt.StrongFocus
            onClicked: page.chosen(studioId)
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.width: row.visualFocus ? 3 : 0
                border.color: Theme.focus
            }
            Item {
                anchors.fill: parent
                Column {
                    id: texts
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.leftMargin: Theme.s5
                    anchors.rightMargin: Theme.s5
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.s1
                    Label {
                        width: parent.width
                        text: row.here ? qsTr("%1 — you are here").arg(row.name) : row.name
                        level: Label.Lead
                    }
                    Label {
                        width: parent.width
                        text: row.address
                        muted: true
                    }
                }
            }
        }
    }
}
