pragma ComponentBehavior: Bound
import QtQuick
import Vitrine.Ui
import Vitrine

// Up to three cars side by side; the rows where they differ are marked, so the choice is clear.
Item {
    id: page
    signal back()
    readonly property bool settled: true
    readonly property var table: Finder.revision >= 0 ? Finder.comparison() : ({})
    readonly property int carCount: table.cars ? table.cars.length : 0
    readonly property real labelWidth: width * 0.18
    readonly property real columnWidth: carCount > 0 ? (body.width - labelWidth) / carCount : 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Compare")

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Compare")
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
        contentHeight: content.height + Theme.s6
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: body.width
            spacing: Theme.s1

            Row {
                Item { width: page.labelWidth; height: 1 }
                Repeater {
                    model: page.table.cars || []
                    delegate: Column {
                        id: head
                        required property var modelData
                        width: page.columnWidth
                        spacing: Theme.s1
                        Image {
                            width: parent.width - Theme.s4
                            height: width * 0.44
                            source: head.modelData.image
                            sourceSize.width: width
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                            mirror: LayoutMirroring.enabled
                            Accessible.ignored: true
                        }
                        Label {
                            width: parent.width - Theme.s4
                            text: head.modelData.title
                            level: Label.Lead
                        }
                        // The plan shown on the car's own page: the same policy, the same choices.
                        Label {
                            objectName: "compare-finance"
                            width: parent.width - Theme.s4
                            text: Finder.financeFor(head.modelData.id).summary
                            level: Label.Caption
                            muted: true
                            visible: text.length > 0
                        }
                        StaffButton {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1 from the comparison").arg(head.modelData.title)
                            onClicked: Finder.toggleCompare(head.modelData.id)
                        }
                    }
                }
            }

            Repeater {
                model: page.table.rows || []
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    objectName: "compare-row-" + index
                    property bool differs: modelData.differs
                    width: content.width
                    height: Math.max(Theme.touch, cells.height + 2 * Theme.s2)
                    color: modelData.differs ? Theme.surfaceRaised : "transparent"
                    radius: Theme.radius
                    Row {
                        id: cells
                        anchors.verticalCenter: parent.verticalCenter
                        Label {
                            width: page.labelWidth
                            leftPadding: Theme.s3
                            text: row.modelData.label
                            muted: true
                        }
                        Repeater {
                            model: row.modelData.values
                            delegate: Label {
                                required property string modelData
                                width: page.columnWidth
                                rightPadding: Theme.s4
                                text: modelData
                                font.weight: row.modelData.differs ? Font.DemiBold : Theme.bodyWeight
                            }
                        }
                    }
                }
            }
        }
    }
}
