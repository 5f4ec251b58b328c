// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Vitrine
import Vitrine.Ui

TestCase {
    id: testCase
    name: "Components"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    Component { id: tileComponent; ActionTile { width: 400; text: "Find a car in stock"; subtitle: "New and approved" } }
    Component { id: barComponent; LanguageBar {} }
    Component { id: headerComponent; PageHeader { width: 1920; title: "A page" } }
    Component { id: rangeComponent; RangeChoice { width: 400; label: "Model year" } }
    Component { id: lineComponent; LineChart { width: 412; title: "Visits day by day" } }
    Component {
        id: moreComponent
        Item {
            width: 400; height: 300
            property alias area: area
            property alias fade: fade
            Flickable { id: area; anchors.fill: parent; contentHeight: 1000 + 64 }
            MoreBelow { id: fade; flickable: area; trailing: 64 }
        }
    }
    Component { id: fieldComponent; FormField { width: 400; label: "Mileage" } }

    function init() {
        UiLanguage.setCode("en")
    }

    function test_tileIsLargeEnoughToTouch() {
        const tile = createTemporaryObject(tileComponent, testCase)
        verify(tile)
        verify(tile.height >= 56, "tile height " + tile.height)
        compare(tile.Accessible.name, "Find a car in stock")
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", testCase)
        spy.target = tile
        spy.signalName = "clicked"
        mouseClick(tile)
        compare(spy.count, 1)
    }

    function test_languageBarSwitchesLanguage() {
        const bar = createTemporaryObject(barComponent, testCase)
        verify(bar)
        compare(UiLanguage.code, "en")
        // The sixth entry is Arabic, named in Arabic.
        const arabic = bar.children[5]
        compare(arabic.Accessible.name, "العربية")
        verify(arabic.height >= 56)
        mouseClick(arabic)
        compare(UiLanguage.code, "ar")
        verify(UiLanguage.rightToLeft)
        UiLanguage.setCode("en")
        verify(!UiLanguage.rightToLeft)
    }

    function test_backButtonEmitsBack() {
        const header = createTemporaryObject(headerComponent, testCase)
        verify(header)
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", testCase)
        spy.target = header
        spy.signalName = "back"
        mouseClick(header, 48 + 30, header.height / 2)
        compare(spy.count, 1)
    }

    function test_themeTokensFollowTheScale() {
        const before = Theme.body
        Theme.scale = 2
        compare(Theme.body, 36)
        verify(Theme.touch >= 56)
        Theme.scale = 0.5
        verify(Theme.touch >= 56, "touch targets never shrink below 56 px")
        // Two targets side by side stay a finger's edge apart: 6 px on the 1280x800 tablet before.
        verify(Theme.s2 >= 8, "the gap between touch targets never shrinks below 8 px")
        Theme.scale = 1
        compare(Theme.body, before)
    }

    function test_zz_createdAfterSwitch() {
        UiLanguage.setCode("de")
        const header = createTemporaryObject(headerComponent, testCase)
        compare(header.children[0].text, "Zurück")
    }

    function test_translationsSwitchAtRuntime() {
        const header = createTemporaryObject(headerComponent, testCase)
        const back = header.children[0]
        compare(back.text, "Back")
        UiLanguage.setCode("de")
        compare(back.text, "Zurück")
        UiLanguage.setCode("zh_TW")
        compare(back.text, "返回")
        UiLanguage.setCode("ar")
        compare(back.text, "رجوع")
    }

    // The span arrives after the page (the stock loads later): both handles follow it, neither
    // stays clamped to the empty span it had first.
    function test_rangeFollowsASpanThatArrivesLate() {
        const range = createTemporaryObject(rangeComponent, testCase)
        verify(range)
        const slider = range.children[1]
        compare(slider.to, 1)
        range.range = { from: 2018, to: 2027, low: 2018, high: 2027 }
        compare(slider.from, 2018)
        compare(slider.to, 2027)
        compare(slider.first.value, 2018)
        compare(slider.second.value, 2027)
        range.range = { from: 2018, to: 2027, low: 2020, high: 2024 }
        compare(slider.first.value, 2020)
        compare(slider.second.value, 2024)
    }

    // The values take what the range's name leaves of the row: at 400 px, "Model year" and a
    // long pair of values share it with the values on one line (in halves, they wrapped).
    function test_rangeValuesKeepToOneLine() {
        const range = createTemporaryObject(rangeComponent, testCase)
        verify(range)
        range.range = { from: 0, to: 10, low: 1, high: 9, lowLabel: "kr122,300", highLabel: "kr2,222,800" }
        const row = range.children[0]
        const name = row.children[0], values = row.children[1]
        verify(values.implicitWidth > row.width / 2, "the values need more than half the row")
        compare(name.lineCount, 1)
        compare(values.lineCount, 1)
        verify(name.width + row.spacing + values.width <= row.width + 0.5)
    }

    // The chosen span is drawn between the handles, left to right and, in Arabic, right to left
    // (its low end on the right): in Arabic it had a negative width, and nothing showed.
    function test_rangeSpanLiesBetweenTheHandles_data() {
        return [{ tag: "left to right", mirrored: false }, { tag: "right to left", mirrored: true }]
    }
    function test_rangeSpanLiesBetweenTheHandles(data) {
        const range = createTemporaryObject(rangeComponent, testCase)
        verify(range)
        range.LayoutMirroring.enabled = data.mirrored
        range.LayoutMirroring.childrenInherit = true
        range.range = { from: 2018, to: 2027, low: 2020, high: 2024 }
        const slider = range.children[1]
        compare(slider.mirrored, data.mirrored)
        const span = slider.background.children[0]
        const centre = handle => handle.x + handle.width / 2
        const low = centre(slider.first.handle), high = centre(slider.second.handle)
        verify(data.mirrored ? low > high : low < high, "the low end on the reading side's start")
        const left = slider.background.x + span.x, right = left + span.width
        verify(span.width > 0, "the span has width " + span.width)
        fuzzyCompare(left, Math.min(low, high), slider.first.handle.width / 2 + 1)
        fuzzyCompare(right, Math.max(low, high), slider.first.handle.width / 2 + 1)
    }

    // A day withheld breaks the line (never a zero); the line runs from the right in Arabic; the
    // highest day reaches the top, and every shown day gets a dot the size of a fingertip's aim.
    function test_lineChartGapsAndMirroring() {
        const chart = createTemporaryObject(lineComponent, testCase)
        verify(chart)
        chart.points = [{label: "1", value: 10, before: 4}, {label: "2", value: -1, before: 6},
                        {label: "3", value: 5, before: -1}, {label: "4", value: 0, before: 8}]
        chart.maxValue = 10
        const runs = chart.runs("value", 412, 112)
        compare(runs.length, 2)
        compare(runs[0].length, 1)
        compare(runs[1].length, 2)
        // 400 wide and 100 high inside a 6 px margin: day 1 at the left and the top.
        compare(runs[0][0].x, 6)
        compare(runs[0][0].y, 6)
        compare(runs[1][0].x, 6 + 400 * 2 / 3)
        compare(runs[1][0].y, 6 + 50)
        compare(runs[1][1].x, 406)
        compare(runs[1][1].y, 106)
        compare(chart.runs("before", 412, 112).length, 2)
        verify(chart.gaps)
        chart.LayoutMirroring.enabled = true
        compare(chart.runs("value", 412, 112)[0][0].x, 406)
        chart.textAlternative = "Visits per day: …"
        compare(chart.Accessible.description, "Visits per day: …")
        compare(chart.Accessible.role, Accessible.Chart)
    }

    // What is typed decides a field's side (a Latin name on the left, Arabic on the right, in
    // either language); what has no direction of its own, figures or nothing yet, starts on the
    // reading side (a mileage stood on the left of the Arabic trade-in form), except in a field for
    // an e-mail address or a phone number.
    function test_fieldAlignsToTheReadingSide_data() {
        return [
            { tag: "digits in Arabic", mirrored: true, text: "30000", hints: Qt.ImhDigitsOnly, right: true },
            { tag: "mileage in Arabic", mirrored: true, text: "30,000", hints: Qt.ImhNone, right: true },
            { tag: "Arabic digits in Arabic", mirrored: true, text: "\u0663\u0660\u0660", hints: Qt.ImhNone, right: true },
            { tag: "Latin in Arabic", mirrored: true, text: "Aster 5", hints: Qt.ImhNoPredictiveText, right: false },
            { tag: "empty in Arabic", mirrored: true, text: "", hints: Qt.ImhNone, right: true },
            { tag: "e-mail in Arabic", mirrored: true, text: "a@b.se", hints: Qt.ImhEmailCharactersOnly, right: false },
            { tag: "phone in Arabic", mirrored: true, text: "+46 70", hints: Qt.ImhDialableCharactersOnly, right: false },
            { tag: "digits in English", mirrored: false, text: "30000", hints: Qt.ImhDigitsOnly, right: false },
            { tag: "Arabic in English", mirrored: false, text: "\u0633\u0627\u0631\u0629", hints: Qt.ImhNone, right: true },
        ]
    }
    function test_fieldAlignsToTheReadingSide(data) {
        const field = createTemporaryObject(fieldComponent, testCase)
        verify(field)
        field.LayoutMirroring.enabled = data.mirrored
        field.LayoutMirroring.childrenInherit = true
        field.inputMethodHints = data.hints
        field.text = data.text
        compare(field.input.effectiveHorizontalAlignment === TextInput.AlignRight, data.right)
        // What a person reads in place of the typed value stands on the same side.
        if (data.text.length === 0)
            return
        field.objectName = "probe"
        field.shown = data.text
        const shown = findChild(field, "probe-shown")
        verify(shown && shown.visible)
        const gapLeft = shown.x, gapRight = field.input.width - shown.x - shown.width
        verify(data.right ? gapRight < gapLeft : gapLeft < gapRight, "shown value on the " + (data.right ? "right" : "left") + ", at " + shown.x)
    }

    // The fade over a scrolling area's foot says more lines follow: it goes once the last line is
    // in view, though the area's margin after it is not (it washed over the event page's Join).
    function test_moreBelowGoesWithTheLastLineInView() {
        const holder = createTemporaryObject(moreComponent, testCase)
        verify(holder)
        holder.area.contentY = 0
        verify(holder.fade.visible, "a page of lines below")
        holder.area.contentY = 1000 - 300 - 10
        verify(holder.fade.visible, "the last line's foot below")
        holder.area.contentY = 1000 - 300 + 10
        verify(!holder.fade.visible, "the last line in view, only the margin below")
        holder.fade.trailing = 0
        verify(holder.fade.visible, "without a margin the same space is a line")
    }
}
