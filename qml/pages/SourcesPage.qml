// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Staff mode's sources: each feed this screen fetches, when it last worked and is tried next,
// what it brought and left out and why; a source failing too long is marked here (never to
// visitors). Staff fetch one now, pause it, set how often it runs, add one, or import a file
// from a USB stick at an event.
Item {
    id: page
    signal back()
    readonly property bool settled: true
    readonly property bool wide: width > height
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Stock sources")

    Component.onCompleted: {
        SyncSources.refresh()
        SyncSources.findFiles()
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Stock sources")
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
        contentHeight: columns.height + Theme.s6
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Grid {
            id: columns
            width: body.width
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.s6
            rowSpacing: Theme.s6
            readonly property real columnWidth: page.wide ? Math.floor((width - columnSpacing) / 2) : width

            // Every source, the ones needing attention marked.
            Column {
                id: list
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    objectName: "sources-page-summary"
                    width: parent.width
                    text: SyncSources.summary
                    muted: SyncSources.flaggedCount === 0
                    font.weight: SyncSources.flaggedCount > 0 ? Font.DemiBold : Theme.bodyWeight
                }
                Label {
                    objectName: "sources-message"
                    width: parent.width
                    visible: text.length > 0
                    text: SyncSources.message
                    muted: true
                }
                StaffButton {
                    objectName: "sync-all"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    visible: SyncSources.count > 0
                    text: qsTr("Fetch all now")
                    onClicked: SyncSources.syncNow("")
                }
                Repeater {
                    model: SyncSources.sources
                    delegate: T.AbstractButton {
                        id: source
                        Accessible.onPressAction: source.clicked()
                        required property int index
                        required property string sourceId
                        required property string name
                        required property string address
                        required property string status
                        required property string detail
                        required property string lastSuccess
                        required property string lastAttempt
                        required property string nextAttempt
                        required property int applied
                        required property int rejected
                        required property bool flagged
                        required property bool selected
                        objectName: "source-" + index
                        width: list.width
                        height: sourceText.implicitHeight + 2 * Theme.s3
                        Accessible.role: Accessible.Button
                        Accessible.name: name + ", " + status
                        focusPolicy: Qt.StrongFocus
                        onClicked: SyncSources.select(sourceId)
                        background: Rectangle {
                            radius: Theme.radius
                            color: source.selected ? Theme.surfaceRaised : Theme.surface
                            border.width: source.visualFocus ? 3 : source.flagged ? 2 : 0
                            border.color: source.visualFocus ? Theme.focus : Theme.accent
                        }
                        Column {
                            id: sourceText
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.s3
                            spacing: Theme.s1
                            Label {
                                width: parent.width
                                text: source.name
                                level: Label.Lead
                                maximumLineCount: 1
                            }
                            Label {
                                objectName: "source-" + source.index + "-flag"
                                width: parent.width
                                visible: source.flagged
                                text: qsTr("Needs attention: failing for longer than the set time")
                                font.weight: Font.DemiBold
                            }
                            Label {
                                objectName: "source-" + source.index + "-status"
                                width: parent.width
                                text: source.status
                            }
                            Label {
                                width: parent.width
                                visible: source.detail.length > 0
                                text: source.detail
                                level: Label.Caption
                                muted: true
                            }
                            Label {
                                width: parent.width
                                text: qsTr("Last success %1 · last attempt %2 · next %3")
                                          .arg(source.lastSuccess).arg(source.lastAttempt).arg(source.nextAttempt)
                                level: Label.Caption
                                muted: true
                            }
                            Label {
                                objectName: "source-" + source.index + "-counts"
                                width: parent.width
                                text: qsTr("%1 records applied · %2 left out")
                                          .arg(source.applied).arg(source.rejected)
                                level: Label.Caption
                                muted: true
                            }
                        }
                    }
                }
            }

            // The source chosen: what it is, what to do with it, and what its last feed left out.
            Column {
                id: details
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    visible: SyncSources.selected.length === 0 && SyncSources.count > 0
                    text: qsTr("Choose a source to see what its last feed left out.")
                    muted: true
                }
                Column {
                    width: parent.width
                    spacing: Theme.s3
                    visible: SyncSources.selected.length > 0
                    Label {
                        objectName: "source-selected-name"
                        width: parent.width
                        text: SyncSources.selectedName
                        level: Label.Title
                        heading: true
                        // A source's name (a file's, an address) as it is written, in any theme.
                        font.capitalization: Font.MixedCase
                    }
                    Label {
                        width: parent.width
                        text: SyncSources.selectedFacts
                        muted: true
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.s2
                        StaffButton {
                            objectName: "sync-selected"
                            primary: true
                            text: qsTr("Fetch now")
                            onClicked: SyncSources.syncNow(SyncSources.selected)
                        }
                        StaffButton {
                            objectName: "pause-selected"
                            text: SyncSources.selectedEnabled ? qsTr("Pause") : qsTr("Resume")
                            onClicked: SyncSources.setEnabled(SyncSources.selected, !SyncSources.selectedEnabled)
                        }
                        StaffButton {
                            visible: SyncSources.selectedRemovable
                            text: SyncSources.selectedOwn ? qsTr("Remove this source") : qsTr("Undo this screen's change")
                            onClicked: SyncSources.remove(SyncSources.selected)
                        }
                    }
                    ChoiceRow {
                        width: parent.width
                        label: qsTr("Fetch every")
                        choices: SyncSources.intervalChoices
                        onPicked: value => SyncSources.setInterval(SyncSources.selected, value)
                    }
                    Label {
                        objectName: "issues-title"
                        width: parent.width
                        text: SyncSources.issuesTitle
                        level: Label.Lead
                    }
                    Repeater {
                        model: SyncSources.issues
                        delegate: Column {
                            id: issue
                            required property int index
                            required property string record
                            required property string field
                            required property string problem
                            required property int line
                            required property bool error
                            objectName: "issue-" + index
                            width: details.width
                            Label {
                                width: parent.width
                                // Ids and field names read left to right in every language.
                                text: "\u2066" + issue.record + "\u2069"
                                      + (issue.line > 0 ? " · " + qsTr("line %1").arg(issue.line) : "")
                                      + (issue.error ? "" : " · " + qsTr("warning"))
                                font.weight: Font.DemiBold
                            }
                            Label {
                                width: parent.width
                                text: (issue.field.length > 0 ? "\u2066" + issue.field + "\u2069: " : "") + issue.problem
                                muted: true
                            }
                        }
                    }
                }
            }

            // A feed file from a USB stick or the event folder, imported now.
            Column {
                id: files
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("From a USB stick or folder")
                    level: Label.Title
                    heading: true
                }
                StaffButton {
                    objectName: "find-files"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    text: qsTr("Look for files")
                    onClicked: SyncSources.findFiles()
                }
                Repeater {
                    model: SyncSources.files
                    delegate: Rectangle {
                        id: file
                        required property int index
                        required property string path
                        required property string name
                        required property string place
                        required property string size
                        required property string modified
                        width: files.width
                        height: Math.max(Theme.touch + 2 * Theme.s2, fileText.implicitHeight + 2 * Theme.s2)
                        color: Theme.surface
                        radius: Theme.radius
                        Column {
                            id: fileText
                            anchors.left: parent.left
                            anchors.right: importButton.left
                            anchors.margins: Theme.s3
                            anchors.verticalCenter: parent.verticalCenter
                            Label {
                                width: parent.width
                                text: file.name
                                maximumLineCount: 1
                            }
                            Label {
                                width: parent.width
                                text: file.place + " · " + file.size + " · " + file.modified
                                level: Label.Caption
                                muted: true
                            }
                        }
                        StaffButton {
                            id: importButton
                            objectName: "import-file-" + file.index
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.s2
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("Import")
                            onClicked: SyncSources.importFile(file.path)
                        }
                    }
                }
            }

            // A source of this screen's own: an address and how to read it.
            Column {
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Add a source")
                    level: Label.Title
                    heading: true
                }
                FormField {
                    id: address
                    objectName: "source-address"
                    width: parent.width
                    label: qsTr("Address (https://…, or a file path)")
                    flickable: body
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Format")
                    choices: SyncSources.formatChoices
                    onPicked: value => SyncSources.pickFormat(value)
                }
                StaffButton {
                    objectName: "add-source"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    text: qsTr("Add and fetch")
                    onClicked: SyncSources.add(address.text, SyncSources.formatChoices.selected)
                }
            }
        }
    }

    // Its last lines fade into the page while more follow below.
    MoreBelow {
        objectName: "sources-more"
        flickable: body
        trailing: Theme.s6
    }
}
