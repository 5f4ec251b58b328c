// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// A labelled text field made for touch: large, with its problem written under it, and scrolled
// into view above the on-screen keyboard when it takes focus.
Column {
    id: field
    property string label
    property string error
    property string hint
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property alias input: input
    // The value as a person reads it ("30.000" for 30000), shown in place of what was typed while
    // the field is not being typed in; what is typed stays plain.
    property string shown
    // Characters offered as keys of their own beside the field, e.g. ["+"] for a phone number.
    property var keys: []
    // Whether what the field takes is written left to right in every language: an e-mail
    // address, a phone number, a web address.
    readonly property bool leftToRightContent: (inputMethodHints & (Qt.ImhEmailCharactersOnly | Qt.ImhDialableCharactersOnly
                                                                    | Qt.ImhUrlCharactersOnly)) !== 0
    // Text with no direction of its own: figures, spaces and the marks written among them.
    readonly property var neutral: /^[0-9\s.,'’+\-−\/:()#%\u00a0\u202f]*$/
    // The Flickable the form scrolls in, if any.
    property Flickable flickable: null
    signal accepted()

    spacing: Theme.s1

    function reveal() {
        if (!flickable || !input.activeFocus)
            return
        const top = input.mapToItem(flickable.contentItem, 0, 0).y - Theme.s6
        const bottom = top + input.height + 2 * Theme.s6
        if (bottom > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(bottom - flickable.height, Math.max(0, flickable.contentHeight - flickable.height))
        else if (top < flickable.contentY)
            flickable.contentY = Math.max(0, top)
    }

    Label {
        width: parent.width
        text: field.label
        muted: true
    }
    Item {
        width: parent.width
        height: input.height
        T.TextField {
            id: input
            objectName: field.objectName.length > 0 ? field.objectName + "-input" : ""
            anchors.left: parent.left
            anchors.right: keyRow.visible ? keyRow.left : parent.right
            anchors.rightMargin: keyRow.visible ? Theme.s2 : 0
            implicitHeight: Theme.touch
            leftPadding: Theme.s3
            rightPadding: Theme.s3
            font.family: Theme.bodyFont
            font.pixelSize: Theme.lead
            color: shownText.visible ? "transparent" : Theme.text
            placeholderTextColor: Theme.textMuted
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            // What is typed decides, so Arabic sits on the right and a Latin name or an e-mail
            // address on the left in any language. What has no direction of its own (a mileage, a
            // year, nothing yet) starts on the reading side: in Arabic on the right, as its label
            // does (it stood on the left). A set alignment is mirrored in Arabic.
            horizontalAlignment: LayoutMirroring.enabled && !field.leftToRightContent && field.neutral.test(input.text)
                                 ? TextInput.AlignLeft : undefined
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
            Accessible.description: field.error.length > 0 ? field.error : field.hint
            onActiveFocusChanged: revealLater.restart()
            onAccepted: field.accepted()
            Text {
                id: shownText
                objectName: field.objectName.length > 0 ? field.objectName + "-shown" : ""
                visible: field.shown.length > 0 && !input.activeFocus && input.text.length > 0
                // Read again when the set alignment changes too: Qt 6.4 does not say the effective
                // one changed when an alignment is first set in a mirrored field.
                x: input.horizontalAlignment !== undefined && input.effectiveHorizontalAlignment === TextInput.AlignRight
                   ? input.width - input.rightPadding - width : input.leftPadding
                anchors.verticalCenter: parent.verticalCenter
                text: field.shown
                font: input.font
                color: Theme.text
                Accessible.ignored: true
            }
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: input.activeFocus || field.error.length > 0 ? 2 : 1
                border.color: field.error.length > 0 ? Theme.accent : input.activeFocus ? Theme.focus : Theme.divider
            }
        }
        // Characters the on-screen keyboard hides behind a long press or a second page ("+" on
        // the dial pad, "@" on the letters), one tap away beside the field. They never take the
        // focus, so the keyboard stays open.
        Row {
            id: keyRow
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.s2
            visible: field.keys.length > 0
            Repeater {
                model: field.keys
                delegate: StaffButton {
                    required property string modelData
                    required property int index
                    objectName: field.objectName.length > 0 ? field.objectName + "-key-" + index : ""
                    implicitWidth: Theme.touch
                    textLevel: Label.Title
                    focusPolicy: Qt.NoFocus
                    text: modelData
                    Accessible.name: qsTr("Type %1").arg(modelData)
                    onClicked: {
                        input.insert(input.cursorPosition, modelData)
                        input.forceActiveFocus()
                    }
                }
            }
        }
    }
    // After the keyboard has made room (the page shrinks a moment later).
    Timer {
        id: revealLater
        interval: 50
        onTriggered: field.reveal()
    }
    Connections {
        target: field.flickable
        function onHeightChanged() { revealLater.restart() }
    }
    Label {
        width: parent.width
        visible: text.length > 0
        text: field.error.length > 0 ? field.error : field.hint
        level: Label.Caption
        muted: field.error.length === 0
        font.weight: field.error.length > 0 ? Font.DemiBold : Theme.bodyWeight
    }
}
