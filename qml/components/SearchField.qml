// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// The finder's free-text search: names, colours and equipment in any of the catalog's
// languages, searched as the visitor types, with completions from the catalog and the cars each
// would give. The list of completions floats over what is below it while the field is in use
// (the field's container must be drawn above the results: give it a higher z).
Item {
    id: field
    implicitHeight: Theme.touch
    readonly property bool open: input.activeFocus && suggestions.count > 0
    signal done()

    T.TextField {
        id: input
        objectName: "search-input"
        anchors.fill: parent
        text: Finder.text
        placeholderText: qsTr("Search: model, colour, equipment")
        inputMethodHints: Qt.ImhNoPredictiveText
        // Room for the magnifier at the start and the clear button at the end, on the sides they
        // take in the reading direction (both mirror in Arabic).
        readonly property real startPadding: Theme.s3 + glass.width + Theme.s2
        readonly property real endPadding: clear.visible ? clear.width + Theme.s2 : Theme.s3
        leftPadding: LayoutMirroring.enabled ? endPadding : startPadding
        rightPadding: LayoutMirroring.enabled ? startPadding : endPadding
        font.family: Theme.bodyFont
        font.pixelSize: Theme.body
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Search the stock")
        onTextEdited: Finder.setText(text)
        onAccepted: field.done()
        background: Rectangle {
            radius: height / 2
            color: Theme.surface
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.focus : Theme.divider
        }
        // A magnifying glass, drawn in the theme's muted colour.
        Item {
            id: glass
            anchors.left: parent.left
            anchors.leftMargin: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(Theme.body * 1.1)
            height: width
            Accessible.ignored: true
            Rectangle {
                width: parent.width * 0.72
                height: width
                radius: width / 2
                color: "transparent"
                border.width: Math.max(2, parent.width / 10)
                border.color: Theme.textMuted
            }
            Rectangle {
                x: parent.width * 0.62
                y: parent.width * 0.52
                width: Math.max(2, parent.width / 10)
                height: parent.width * 0.48
                radius: width / 2
                rotation: -45
                transformOrigin: Item.Top
                antialiasing: true
                color: Theme.textMuted
            }
        }
        T.AbstractButton {
            id: clear
            Accessible.onPressAction: clear.clicked()
            objectName: "search-clear"
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.touch
            height: Theme.touch
            visible: input.text.length > 0
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Clear the search")
            focusPolicy: Qt.NoFocus
            onClicked: {
                Finder.setText("")
                field.done()
            }
            contentItem: Label {
                text: "×"
                level: Label.Lead
                muted: true
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.NoWrap
            }
            background: Item {}
        }
    }

    // Completions, under the field and over the results.
    Rectangle {
        id: popup
        objectName: "search-suggestions"
        visible: field.open
        z: 10
        y: field.height + Theme.s1
        width: field.width
        height: list.height + 2 * Theme.s2
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.width: 1
        border.color: Theme.divider
        Column {
            id: list
            x: Theme.s2
            y: Theme.s2
            width: parent.width - 2 * Theme.s2
            Repeater {
                id: suggestions
                model: Finder.suggestions
                delegate: T.AbstractButton {
                    id: suggestion
                    Accessible.onPressAction: suggestion.clicked()
                    required property int index
                    required text
                    required property int count
                    objectName: "suggestion-" + index
                    width: list.width
                    implicitHeight: Math.max(Theme.touch, words.implicitHeight + 2 * Theme.s2)
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("%1, %n cars", "", count).arg(text)
                    // Tapping keeps the focus in the field until the choice is made.
                    focusPolicy: Qt.NoFocus
                    onClicked: {
                        Finder.setText(text)
                        field.done()
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: suggestion.down ? Theme.surface : "transparent"
                    }
                    Label {
                        id: words
                        anchors.left: parent.left
                        anchors.right: number.left
                        anchors.leftMargin: Theme.s3
                        anchors.rightMargin: Theme.s3
                        anchors.verticalCenter: parent.verticalCenter
                        text: suggestion.text
                    }
                    Label {
                        id: number
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.s3
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("%n cars", "", suggestion.count)
                        muted: true
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }
    }
}
