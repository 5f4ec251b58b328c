import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T
import Vitrine

// The language switch, always in each language's own name so anyone finds theirs.
Row {
    id: bar
    spacing: Theme.s1
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Language")

    Repeater {
        model: UiLanguage.languages
        delegate: T.AbstractButton {
            id: button
            required property string code
            required property string name
            required property bool current
            implicitHeight: Theme.touch
            implicitWidth: Math.max(Theme.touch, nameLabel.implicitWidth + 2 * Theme.s3)
            Accessible.role: Accessible.PageTab
            Accessible.name: name
            Accessible.checked: current
            focusPolicy: Qt.StrongFocus
            onClicked: UiLanguage.setCode(code)
            background: Rectangle {
                color: "transparent"
                border.width: button.visualFocus ? 2 : 0
                border.color: Theme.focus
                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: nameLabel.implicitWidth
                    height: 2
                    color: Theme.accent
                    visible: button.current
                }
            }
            Label {
                id: nameLabel
                anchors.fill: parent
                text: button.name
                level: Label.Body
                muted: !button.current
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideNone
                wrapMode: Text.NoWrap
            }
        }
    }
}
