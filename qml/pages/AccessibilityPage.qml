// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Ways to make the screen easier to use; each lasts until the visitor leaves.
Item {
    id: page
    signal back()
    readonly property bool settled: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Accessibility")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Accessibility")
        onBack: page.back()
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.margins: Theme.s6
        spacing: Theme.s4

        Repeater {
            model: [
                { key: "large", title: qsTr("Larger text"), help: qsTr("Every text on every page, a third larger.") },
                { key: "contrast", title: qsTr("High contrast"), help: qsTr("Stronger colours and clearer edges.") },
                { key: "reach", title: qsTr("Within reach"), help: qsTr("On a tall screen, everything moves into the lower part, within reach from a wheelchair.") },
                { key: "speech", title: qsTr("Speak aloud"), help: qsTr("The screen says what your finger touches. Swipe right or left to move, double tap to choose. Also: hold two fingers on the screen for two seconds.") + (SpeechMode.headphonesOnly ? " " + qsTr("In this studio, only into headphones.") : "") }
            ]
            delegate: T.AbstractButton {
                id: toggle
                Accessible.onPressAction: toggle.clicked()
                required property var modelData
                objectName: "toggle-" + modelData.key
                readonly property bool on: modelData.key === "large" ? Theme.largeText
                                         : modelData.key === "contrast" ? BrandTheme.highContrast
                                         : modelData.key === "speech" ? SpeechMode.active : Theme.lowReach
                width: parent.width
                implicitHeight: Math.max(Theme.touch * 1.4, texts.implicitHeight + 2 * Theme.s4)
                checkable: true
                checked: on
                Accessible.onToggleAction: toggle.clicked()
                Accessible.name: modelData.title
                Accessible.description: modelData.help
                focusPolicy: Qt.StrongFocus
                onClicked: {
                    if (modelData.key === "large")
                        Theme.largeText = !Theme.largeText
                    else if (modelData.key === "contrast")
                        BrandTheme.highContrast = !BrandTheme.highContrast
                    else if (modelData.key === "speech")
                        SpeechMode.active = !SpeechMode.active
                    else
                        Theme.lowReach = !Theme.lowReach
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: toggle.visualFocus ? 3 : toggle.on ? 2 : 0
                    border.color: toggle.visualFocus ? Theme.focus : Theme.accent
                }
                Column {
                    id: texts
                    anchors.left: parent.left
                    anchors.right: state.left
                    anchors.margins: Theme.s5
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.s1
                    Label {
                        width: parent.width
                        text: toggle.modelData.title
                        level: Label.Lead
                    }
                    Label {
                        width: parent.width
                        text: toggle.modelData.help
                        muted: true
                    }
                }
                // The state as a pill: filled in the accent when on, outlined when off, its text
                // in the colours made for those backgrounds (never the accent as text).
                Rectangle {
                    id: state
                    objectName: "state-" + toggle.modelData.key
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.s5
                    anchors.verticalCenter: parent.verticalCenter
                    implicitWidth: Math.max(Theme.touch * 1.25, stateLabel.implicitWidth + 2 * Theme.s3)
                    implicitHeight: stateLabel.implicitHeight + 2 * Theme.s1
                    radius: height / 2
                    color: toggle.on ? Theme.accent : "transparent"
                    border.width: toggle.on ? 0 : 1
                    border.color: Theme.textMuted
                    Label {
                        id: stateLabel
                        anchors.centerIn: parent
                        text: toggle.on ? qsTr("On") : qsTr("Off")
                        level: Label.Lead
                        color: toggle.on ? Theme.textOnAccent : Theme.textMuted
                        font.weight: Font.DemiBold
                        wrapMode: Text.NoWrap
                        // One line, centred in its pill (the body's line spacing would push it up).
                        lineHeight: 1.0
                    }
                }
            }
        }

        // Headphones only (the studio's choice) and none plugged in: speech waits, silent.
        Label {
            objectName: "speech-headphones"
            width: parent.width
            visible: SpeechMode.waitingForHeadphones
            text: qsTr("Plug headphones into the socket of this screen to hear it. Nothing is said out loud here.")
            level: Label.Lead
        }

        // How loud the kiosk speaks, while it does.
        Row {
            objectName: "speech-volume"
            visible: SpeechMode.active
            spacing: Theme.s3
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Volume %1%").arg(Math.round(SpeechMode.volume * 100))
                level: Label.Lead
            }
            StaffButton {
                objectName: "speech-quieter"
                text: qsTr("Quieter")
                enabled: SpeechMode.volume > 0.15
                onClicked: {
                    SpeechMode.volume = SpeechMode.volume - 0.1
                    SpeechMode.say(qsTr("Volume %1%").arg(Math.round(SpeechMode.volume * 100)))
                }
            }
            StaffButton {
                objectName: "speech-louder"
                text: qsTr("Louder")
                enabled: SpeechMode.volume < 0.95
                onClicked: {
                    SpeechMode.volume = SpeechMode.volume + 0.1
                    SpeechMode.say(qsTr("Volume %1%").arg(Math.round(SpeechMode.volume * 100)))
                }
            }
        }
    }
}
