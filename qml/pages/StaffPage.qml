// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as T
import Vitrine.Ui
import Vitrine

// Staff mode: who is waiting for an expert or a held car, and how this screen is set up.
Item {
    id: page
    signal back()
    signal openSources()
    signal openInsights()
    property bool kiosk: false
    readonly property bool settled: true
    readonly property bool wide: width > height
    // The drive whose cancellation is being asked about.
    property string cancelling

    function actionName(action) {
        return { "confirm": qsTr("Confirm"), "check-in": qsTr("Check in"), "no-show": qsTr("No-show"),
                 "cancel": qsTr("Cancel drive"), "complete": qsTr("Completed"), "reschedule": qsTr("Move") }[action] || action
    }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Staff mode")

    Component.onCompleted: {
        StaffMode.editSettings()
        StaffMode.refresh()
        DriveAgenda.refresh()
        SyncSources.refresh()
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        title: qsTr("Staff mode")
        onBack: {
            StaffMode.lock()
            page.back()
        }
    }

    Flickable {
        id: body
        objectName: "staff-body"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: actions.top
        anchors.bottomMargin: Theme.s4
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
            // Whole pixels: half a pixel more and the right column's outline falls outside the clip.
            readonly property real columnWidth: page.wide ? Math.floor((width - columnSpacing) / 2) : width

            Column {
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Visitors waiting")
                    level: Label.Title
                    heading: true
                }
                Label {
                    width: parent.width
                    visible: StaffMode.requestCount === 0
                    text: qsTr("Nobody is waiting right now.")
                    muted: true
                }
                Label {
                    objectName: "request-message"
                    width: parent.width
                    visible: text.length > 0
                    text: StaffMode.requestMessage
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: StaffMode.requests
                    delegate: Rectangle {
                        id: request
                        required property string requestId
                        required property bool hold
                        required property string car
                        required property int index
                        required property string buildCode
                        required property string time
                        required property string tradeIn
                        width: parent.width
                        height: Math.max(Theme.touch + 2 * Theme.s3, texts.implicitHeight + 2 * Theme.s3)
                        color: Theme.surface
                        radius: Theme.radius
                        Column {
                            id: texts
                            anchors.left: parent.left
                            anchors.right: done.left
                            anchors.margins: Theme.s4
                            anchors.verticalCenter: parent.verticalCenter
                            Label {
                                width: parent.width
                                text: request.hold ? qsTr("Hold request") : qsTr("Would like to talk to an expert")
                                level: Label.Lead
                            }
                            Label {
                                width: parent.width
                                muted: true
                                objectName: "request-car-" + request.index
                                text: request.car.length > 0
                                      ? qsTr("Since %1 · %2").arg(request.time).arg(request.car)
                                      : request.buildCode.length > 0
                                        ? qsTr("Since %1 · build %2").arg(request.time).arg(request.buildCode)
                                        : qsTr("Since %1").arg(request.time)
                            }
                            Label {
                                width: parent.width
                                muted: true
                                objectName: "request-tradein-" + request.index
                                visible: request.tradeIn.length > 0
                                text: request.tradeIn
                            }
                        }
                        T.AbstractButton {
                            id: done
                            Accessible.onPressAction: done.clicked()
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.s3
                            anchors.verticalCenter: parent.verticalCenter
                            implicitHeight: Theme.touch
                            implicitWidth: Math.max(Theme.touch * 2, doneLabel.implicitWidth + 2 * Theme.s4)
                            text: qsTr("Done")
                            Accessible.role: Accessible.Button
                            Accessible.name: text
                            onClicked: StaffMode.closeRequest(request.requestId)
                            background: Rectangle {
                                radius: Theme.radius
                                color: "transparent"
                                border.width: done.visualFocus ? 3 : 1
                                border.color: done.visualFocus ? Theme.focus : Theme.divider
                            }
                            Label {
                                id: doneLabel
                                anchors.fill: parent
                                text: done.text
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                }
            }

            // Today's and upcoming test drives of this studio, with what staff can do next.
            Column {
                id: drives
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Test drives")
                    level: Label.Title
                    heading: true
                }
                Label {
                    width: parent.width
                    visible: DriveAgenda.count === 0
                    text: qsTr("No test drives booked for the next two weeks.")
                    muted: true
                }
                Label {
                    objectName: "agenda-message"
                    width: parent.width
                    visible: text.length > 0
                    text: DriveAgenda.message
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: DriveAgenda.drives
                    delegate: Rectangle {
                        id: drive
                        required property string bookingId
                        required property string code
                        required property string when
                        required property string model
                        required property string who
                        required property string state
                        required property var actions
                        required property string tradeIn
                        required property string hubRefusal
                        required property string hubWaiting
                        required property int index
                        objectName: "agenda-" + index
                        width: drives.width
                        // Its words start where the events' cards below start theirs.
                        height: driveColumn.implicitHeight + 2 * Theme.s5
                        // Outlined, so the buttons inside keep their own surface.
                        color: "transparent"
                        border.width: 1
                        border.color: Theme.divider
                        radius: Theme.radius
                        Column {
                            id: driveColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.s5
                            spacing: Theme.s2
                            Label {
                                width: parent.width
                                text: drive.when + " · " + drive.model
                                level: Label.Lead
                            }
                            Label {
                                objectName: "agenda-" + drive.index + "-who"
                                width: parent.width
                                text: drive.who + " · " + drive.state + " · \u2066" + drive.code + "\u2069"
                                muted: true
                            }
                            Label {
                                objectName: "agenda-" + drive.index + "-tradein"
                                width: parent.width
                                visible: drive.tradeIn.length > 0
                                text: drive.tradeIn
                                muted: true
                            }
                            Label {
                                objectName: "agenda-" + drive.index + "-hub"
                                width: parent.width
                                visible: drive.hubRefusal.length > 0
                                text: drive.hubRefusal
                            }
                            Label {
                                objectName: "agenda-" + drive.index + "-hub-waiting"
                                width: parent.width
                                visible: drive.hubWaiting.length > 0
                                text: drive.hubWaiting
                                muted: true
                            }
                            Flow {
                                width: parent.width
                                spacing: Theme.s2
                                Repeater {
                                    model: drive.actions
                                    delegate: StaffButton {
                                        required property string modelData
                                        objectName: "agenda-" + drive.index + "-" + modelData
                                        text: page.actionName(modelData)
                                        onClicked: {
                                            if (modelData === "reschedule")
                                                DriveAgenda.startMove(drive.bookingId)
                                            else if (modelData === "cancel")
                                                page.cancelling = drive.bookingId // asked first, below
                                            else
                                                DriveAgenda.act(drive.bookingId, modelData)
                                        }
                                    }
                                }
                            }
                            // Cancelling frees the visitor's time for others: asked once more.
                            Column {
                                width: parent.width
                                spacing: Theme.s2
                                visible: page.cancelling === drive.bookingId
                                Label {
                                    width: parent.width
                                    text: qsTr("Cancel this drive? The time is given free for others to book.")
                                    font.weight: Font.DemiBold
                                }
                                Flow {
                                    width: parent.width
                                    spacing: Theme.s2
                                    StaffButton {
                                        objectName: "agenda-" + drive.index + "-cancel-confirm"
                                        primary: true
                                        text: qsTr("Yes, cancel the drive")
                                        onClicked: {
                                            page.cancelling = ""
                                            DriveAgenda.act(drive.bookingId, "cancel")
                                        }
                                    }
                                    StaffButton {
                                        objectName: "agenda-" + drive.index + "-cancel-keep"
                                        text: qsTr("Keep the drive")
                                        onClicked: page.cancelling = ""
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // Where the stock comes from, and whether a source needs attention (staff only).
            Column {
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Stock sources")
                    level: Label.Title
                    heading: true
                }
                Label {
                    objectName: "sources-summary"
                    width: parent.width
                    text: SyncSources.summary
                    font.weight: SyncSources.flaggedCount > 0 ? Font.DemiBold : Theme.bodyWeight
                    muted: SyncSources.flaggedCount === 0
                }
                Label {
                    width: parent.width
                    visible: text.length > 0
                    text: StockFreshness.line
                    muted: true
                }
                StaffButton {
                    objectName: "open-sources"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    text: qsTr("Sources and event files")
                    onClicked: page.openSources()
                }
            }

            // The studio's coming events: who joined, check-in at the door, and the changes to
            // tell joiners about.
            Column {
                objectName: "staff-events"
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Events")
                    level: Label.Title
                    heading: true
                }
                Label {
                    width: parent.width
                    visible: StudioEvents.staffEvents.length === 0
                    text: qsTr("No events in the coming weeks.")
                    muted: true
                }
                Repeater {
                    model: StudioEvents.notices
                    delegate: Row {
                        id: notice
                        required property var modelData
                        width: parent.width
                        spacing: Theme.s3
                        Label {
                            objectName: "event-notice"
                            width: parent.width - told.width - Theme.s3
                            anchors.verticalCenter: parent.verticalCenter
                            text: notice.modelData.text
                            font.weight: Font.DemiBold
                        }
                        StaffButton {
                            id: told
                            text: qsTr("Everyone told")
                            onClicked: StudioEvents.markInformed(notice.modelData.id)
                        }
                    }
                }
                Repeater {
                    model: StudioEvents.staffEvents
                    delegate: EventCard {
                        required property var modelData
                        objectName: "staff-event-" + modelData.id
                        width: parent.width
                        event: modelData
                        note: (modelData.signup ? qsTr("%1 of %2 places taken").arg(modelData.joined).arg(modelData.capacity)
                                                : qsTr("no sign-up"))
                              + (modelData.feedChange.length > 0 ? " · " + modelData.feedChange : "")
                        onClicked: StudioEvents.showJoiners(modelData.id)
                    }
                }
                Repeater {
                    model: StudioEvents.joiners
                    delegate: Row {
                        id: joiner
                        required property var modelData
                        width: parent.width
                        spacing: Theme.s3
                        Label {
                            objectName: "joiner-" + joiner.modelData.code
                            width: parent.width - checkIn.width - Theme.s3
                            anchors.verticalCenter: parent.verticalCenter
                            text: joiner.modelData.name + " · " + "\u2066" + joiner.modelData.contact + "\u2069 · "
                                  + "\u2066" + joiner.modelData.code + "\u2069"
                                  + (joiner.modelData.cancelled ? " · " + qsTr("gave the place back")
                                     : joiner.modelData.checkedIn ? " · " + qsTr("here") : "")
                            muted: joiner.modelData.cancelled
                        }
                        StaffButton {
                            id: checkIn
                            objectName: "check-in-" + joiner.modelData.code
                            visible: !joiner.modelData.cancelled && !joiner.modelData.checkedIn
                            text: qsTr("Check in")
                            onClicked: StudioEvents.checkIn(joiner.modelData.code)
                        }
                    }
                }
            }

            // What the visits came to: anonymous, for the studio manager.
            Column {
                width: columns.columnWidth
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Insights")
                    level: Label.Title
                    Accessible.role: Accessible.Heading
                }
                Label {
                    width: parent.width
                    text: qsTr("What visitors looked at, configured and booked, and what they did not find. Anonymous.")
                    muted: true
                }
                StaffButton {
                    objectName: "open-insights"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    text: qsTr("Open insights")
                    onClicked: page.openInsights()
                }
            }

            // The studio's hub: test drives and event places go through it once this screen is paired.
            Column {
                objectName: "staff-hub"
                width: columns.columnWidth
                spacing: Theme.s3
                Component.onCompleted: StudioHub.check()
                Label {
                    width: parent.width
                    text: qsTr("Studio hub")
                    level: Label.Title
                    heading: true
                }
                Label {
                    objectName: "hub-status"
                    width: parent.width
                    text: StudioHub.status
                    muted: true
                }
                FormField {
                    id: hubAddressField
                    objectName: "hub-address"
                    visible: !StudioHub.paired || StudioHub.revoked // removed at the hub: paired again here
                    width: parent.width
                    flickable: body
                    label: qsTr("The hub's address")
                    placeholder: "https://"
                    maximumLength: 200
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                }
                FormField {
                    id: hubCodeField
                    objectName: "hub-code"
                    visible: !StudioHub.paired || StudioHub.revoked // removed at the hub: paired again here
                    width: parent.width
                    flickable: body
                    label: qsTr("The pairing code the hub shows")
                    maximumLength: 20
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                }
                Label {
                    objectName: "hub-message"
                    width: parent.width
                    visible: text.length > 0
                    text: StudioHub.message
                    font.weight: Font.DemiBold
                }
                StaffButton {
                    objectName: "hub-pair"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    visible: !StudioHub.paired || StudioHub.revoked // removed at the hub: paired again here
                    enabled: !StudioHub.busy
                    primary: true
                    text: qsTr("Pair this screen")
                    onClicked: StudioHub.pair(hubAddressField.text, hubCodeField.text)
                }
                StaffButton {
                    objectName: "hub-forget"
                    x: LayoutMirroring.enabled ? parent.width - width : 0
                    visible: StudioHub.paired
                    text: qsTr("Stop using this hub")
                    onClicked: StudioHub.forget()
                }
            }

            Column {
                width: columns.columnWidth
                spacing: Theme.s4
                Label {
                    width: parent.width
                    text: qsTr("This screen")
                    level: Label.Title
                    heading: true
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Studio")
                    choices: StaffMode.studioChoices
                    onPicked: value => StaffMode.pickSetting("studio", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Default language")
                    choices: StaffMode.languageChoices
                    onPicked: value => StaffMode.pickSetting("language", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Clear the screen after")
                    choices: StaffMode.idleChoices
                    onPicked: value => StaffMode.pickSetting("idleSeconds", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Theme")
                    choices: StaffMode.themeChoices
                    onPicked: value => StaffMode.pickSetting("theme", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Orientation")
                    choices: StaffMode.orientationChoices
                    onPicked: value => StaffMode.pickSetting("orientation", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("The finder first shows cars within")
                    choices: StaffMode.areaChoices
                    onPicked: value => StaffMode.pickSetting("areaKm", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Keep test-drive contact details after the drive for")
                    choices: StaffMode.retentionChoices
                    onPicked: value => StaffMode.pickSetting("retentionDays", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Flag a source to staff when it has failed for")
                    choices: StaffMode.staleChoices
                    onPicked: value => StaffMode.pickSetting("staleAfterHours", value)
                }
                ChoiceRow {
                    width: parent.width
                    label: qsTr("Disk space for the stock's photos")
                    choices: StaffMode.photoCacheChoices
                    onPicked: value => StaffMode.pickSetting("photoCacheMb", value)
                }
                ChoiceRow {
                    objectName: "speech-output"
                    width: parent.width
                    label: qsTr("Speech mode speaks")
                    choices: StaffMode.speechOutputChoices
                    onPicked: value => StaffMode.pickSetting("speechOutput", value)
                }
                // Where the hub serves this studio's phone pages; every web QR code leads there.
                FormField {
                    id: phoneBaseField
                    objectName: "phone-base-url-field"
                    width: parent.width
                    flickable: body
                    label: qsTr("Address of this studio's pages for visitors' phones")
                    placeholder: "https://"
                    maximumLength: 200
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    text: StaffMode.pendingPhoneBaseUrl
                    Connections {
                        target: phoneBaseField.input
                        function onTextEdited() { StaffMode.pendingPhoneBaseUrl = phoneBaseField.text }
                    }
                }
                Label {
                    objectName: "phone-base-url"
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: StaffMode.phoneBaseUrl !== ""
                          ? qsTr("Visitors' phones open this studio's pages at %1").arg("\u2066" + StaffMode.phoneBaseUrl + "\u2069")
                          : qsTr("No address for visitors' phones yet: the QR codes lead nowhere on the web until one is saved.")
                    muted: true
                }
                Label {
                    objectName: "settings-message"
                    width: parent.width
                    text: StaffMode.saveMessage
                    muted: true
                    visible: text.length > 0
                }
            }
        }
    }

    // The page's last section ran under its buttons with nothing to say there was more.
    MoreBelow {
        objectName: "staff-more"
        flickable: body
        trailing: Theme.s6
    }

    Row {
        id: actions
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.margins: Theme.s6
        spacing: Theme.s3
        StaffButton {
            text: qsTr("Save settings")
            primary: true
            onClicked: StaffMode.saveSettings()
        }
        StaffButton {
            text: qsTr("Lock and leave")
            onClicked: {
                StaffMode.lock()
                page.back()
            }
        }
        StaffButton {
            visible: page.kiosk
            text: qsTr("Quit Vitrine")
            onClicked: Qt.quit()
        }
    }

    // Moving a drive: a strip of days, then that day's free times — one question at a time, over
    // the page, sized for the expert's tablet.
    Rectangle {
        id: moveLayer
        objectName: "move-dialog"
        anchors.fill: parent
        visible: DriveAgenda.moving.length > 0
        color: Qt.rgba(0, 0, 0, 0.55)
        z: 10
        // Nothing behind it takes a tap while it is open.
        MouseArea {
            anchors.fill: parent
            onClicked: DriveAgenda.cancelMove()
        }
        Rectangle {
            id: movePanel
            objectName: "move-panel"
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.s6, 1000 * Theme.scale + 2 * Theme.s5)
            // As tall as its times need (two rows at least, so it does not jump while they load),
            // never taller than the screen: more times scroll.
            height: Math.min(parent.height - 2 * Theme.s5,
                             3 * Theme.s5 + Theme.s3 + moveColumn.implicitHeight + moveActions.height
                             + Math.max(moveTimes.contentHeight, 2 * moveTimes.cellHeight))
            color: Theme.background
            border.width: 1
            border.color: Theme.divider
            radius: Theme.radius
            MouseArea {
                anchors.fill: parent // a tap on the panel stays on it
            }
            Column {
                id: moveColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.s5
                spacing: Theme.s3
                Label {
                    width: parent.width
                    text: qsTr("Move the drive")
                    level: Label.Title
                    heading: true
                }
                Label {
                    objectName: "move-what"
                    width: parent.width
                    text: DriveAgenda.movingTitle
                    muted: true
                }
                DayStrip {
                    id: moveDays
                    objectName: "move-days"
                    width: parent.width
                    prefix: "move-day-"
                    model: moveLayer.visible ? DriveAgenda.moveDays : null
                    onPicked: date => DriveAgenda.chooseMoveDay(date)
                }
                Label {
                    width: parent.width
                    text: DriveAgenda.moveLoading ? qsTr("Looking up the free times…")
                        : moveDays.count > 0 && DriveAgenda.moveDay.length === 0 ? qsTr("No free time in the next two weeks.")
                        : qsTr("Free times on this day, in the studio's local time:")
                    muted: true
                }
            }
            GridView {
                id: moveTimes
                objectName: "move-times"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: moveColumn.bottom
                anchors.bottom: moveActions.top
                anchors.margins: Theme.s5
                anchors.topMargin: Theme.s3
                cellWidth: width / Math.max(2, Math.floor(width / (Theme.touch * 2.6)))
                cellHeight: Theme.touch + Theme.s2
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: moveLayer.visible ? DriveAgenda.moveTimes : null
                delegate: StaffButton {
                    required property string start
                    required property string label
                    required property int index
                    objectName: "move-to-" + index
                    width: moveTimes.cellWidth - Theme.s2
                    text: label
                    onClicked: DriveAgenda.moveTo(start)
                }
            }
            StaffButton {
                id: moveActions
                objectName: "move-cancel"
                anchors.bottom: parent.bottom
                anchors.left: parent.left
                anchors.margins: Theme.s5
                text: qsTr("Keep the time")
                onClicked: DriveAgenda.cancelMove()
            }
        }
    }
}
