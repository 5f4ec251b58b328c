// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Staff mode's door: a large keypad, the digits shown only as dots.
Item {
    id: page
    signal back()
    signal unlocked()
    readonly property bool settled: true
    property string entered
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Staff mode")

    function press(key) {
        if (key === "del")
            entered = entered.slice(0, -1)
        else if (key === "ok") {
            StaffMode.unlock(entered)
            entered = ""
        } else if (entered.length < 12)
            entered += key
    }

    Connections {
        target: StaffMode
        function onUnlockedChanged() {
            if (StaffMode.unlocked)
                page.unlocked()
        }
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Staff mode")
        onBack: page.back()
    }

    Column {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: header.bottom
        anchors.topMargin: Theme.s6
        width: Math.min(parent.width - 2 * Theme.s6, Theme.touch * 3 * 1.6 + 2 * Theme.s3)
        spacing: Theme.s4

        // As wide as the page allows, not the keypad: on one line wherever it fits.
        Label {
            objectName: "pin-prompt"
            width: page.width - 2 * Theme.s6
            x: (parent.width - width) / 2
            text: qsTr("Enter the staff PIN")
            level: Label.Title
            horizontalAlignment: Text.AlignHCenter
        }
        // Where the digits go, outlined while empty too: the keys below fill it.
        Rectangle {
            objectName: "pin-field"
            width: parent.width
            height: dots.implicitHeight + 2 * Theme.s2
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: Theme.divider
            Label {
                id: dots
                objectName: "pin-dots"
                anchors.centerIn: parent
                width: parent.width
                // Never the digits themselves: a visitor may be standing beside the expert.
                text: page.entered.length > 0 ? "●".repeat(page.entered.length) : " "
                level: Label.Display
                horizontalAlignment: Text.AlignHCenter
                Accessible.name: qsTr("%n digits entered", "", page.entered.length)
            }
        }
        // The message's room is kept while there is none, so the keys never move under a finger.
        Item {
            width: parent.width
            height: Math.max(pinMessage.implicitHeight, twoLines.implicitHeight)
            Label {
                id: pinMessage
                objectName: "pin-message"
                width: parent.width
                text: StaffMode.message
                muted: true
                horizontalAlignment: Text.AlignHCenter
                visible: text.length > 0
            }
            Label {
                id: twoLines
                visible: false
                width: parent.width
                text: "Ag\nAg"
            }
        }
        Grid {
            id: keypad
            objectName: "keypad"
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.s3
            // Keypads keep their order in every language.
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            // Wider where even the smallest type would not fit the words (larger text in German).
            readonly property real keyWidth: Math.max(Theme.touch * 1.6, 2 * Theme.s3
                + 1.08 * Theme.caption / Theme.body * Math.max(deleteWord.implicitWidth, openWord.implicitWidth))
            // The two word keys in one size, the one the wider word fits at with room at its sides
            // (each fitted alone, "Löschen" stood smaller than "Öffnen" beside it).
            // Measured as drawn, by the words set unseen (the grid passes them by): at full size,
            // then again at the size that gives, as hinted glyphs do not shrink in proportion.
            readonly property real wordRoom: keyWidth - 2 * Theme.s3
            readonly property real firstFit: Theme.body * Math.min(1, wordRoom / Math.max(1, deleteWord.implicitWidth, openWord.implicitWidth))
            readonly property real wordSize: Math.max(Theme.caption, Math.floor(firstFit * Math.min(
                1, wordRoom / Math.max(1, deleteAtFit.implicitWidth, openAtFit.implicitWidth))))
            Label {
                id: deleteWord
                visible: false
                wrapMode: Text.NoWrap
                text: qsTr("Delete")
            }
            Label {
                id: openWord
                visible: false
                wrapMode: Text.NoWrap
                text: qsTr("Open")
            }
            Label {
                id: deleteAtFit
                visible: false
                wrapMode: Text.NoWrap
                font.pixelSize: keypad.firstFit
                text: deleteWord.text
            }
            Label {
                id: openAtFit
                visible: false
                wrapMode: Text.NoWrap
                font.pixelSize: keypad.firstFit
                text: openWord.text
            }
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
                delegate: T.AbstractButton {
                    id: key
                    Accessible.onPressAction: key.clicked()
                    required property string modelData
                    width: keypad.keyWidth
                    height: Theme.touch * 1.3
                    text: modelData === "del" ? qsTr("Delete") : modelData === "ok" ? qsTr("Open") : modelData
                    Accessible.role: Accessible.Button
                    Accessible.name: text
                    focusPolicy: Qt.StrongFocus
                    onClicked: page.press(modelData)
                    background: Rectangle {
                        radius: Theme.radius
                        color: key.modelData === "ok" ? Theme.accent : key.down ? Theme.surfaceRaised : Theme.surface
                        border.width: key.visualFocus ? 3 : 0
                        border.color: Theme.focus
                    }
                    Label {
                        objectName: "pin-key-" + key.modelData
                        anchors.fill: parent
                        // A word on a key keeps room at its sides, smaller if it must ("Löschen"
                        // with larger text on a tablet all but touched the key's edges).
                        leftPadding: Theme.s3
                        rightPadding: Theme.s3
                        wrapMode: Text.NoWrap
                        text: key.text
                        level: key.modelData.length === 1 ? Label.Title : Label.Body
                        font.pixelSize: key.modelData.length === 1 ? Theme.title : keypad.wordSize
                        color: key.modelData === "ok" ? Theme.textOnAccent : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
}
