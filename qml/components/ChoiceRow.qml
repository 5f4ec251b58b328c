pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui

// A labelled row of large, mutually exclusive choices (a settings field made for touch).
Column {
    id: row
    property string label
    property var options: []        // [{value, text}]
    property var value
    signal picked(var value)

    spacing: Theme.s2
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Label {
        width: row.width
        text: row.label
        muted: true
    }
    Flow {
        width: row.width
        spacing: Theme.s2
        Repeater {
            model: row.options
            delegate: T.AbstractButton {
                id: choice
                required property var modelData
                readonly property bool current: row.value === modelData.value
                implicitHeight: Theme.touch
                implicitWidth: Math.max(Theme.touch * 1.5, caption.implicitWidth + 2 * Theme.s4)
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.text
                Accessible.checked: current
                focusPolicy: Qt.StrongFocus
                onClicked: row.picked(modelData.value)
                background: Rectangle {
                    radius: Theme.radius
                    color: choice.current ? Theme.accent : Theme.surface
                    border.width: choice.visualFocus ? 3 : 1
                    border.color: choice.visualFocus ? Theme.focus : Theme.divider
                }
                Label {
                    id: caption
                    anchors.fill: parent
                    text: choice.modelData.text
                    color: choice.current ? Theme.textOnAccent : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
}
