// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T

// Body text in the brand's face; `level` picks a step of the type scale.
T.Label {
    id: label
    enum Level { Caption, Body, Lead, Title, Display, Hero }
    property int level: Label.Body
    property bool muted: false
    // A title a screen reader can jump to. Qt 6.4 resets a Label's own accessible role to static
    // text, so the heading is an item over the text, and the text itself is not read twice.
    property bool heading: false

    // The button this text is part of, if any: a screen reader hears the button's name, so text
    // already in that name is not read a second time as a label of its own.
    readonly property Item control: {
        // Any button, templates' or styled (RadioButton, TabButton): they all have these two.
        for (let p = parent; p; p = p.parent) {
            if (p.checkable !== undefined && p.autoRepeat !== undefined)
                return p
        }
        return null
    }
    // Said without the invisible marks that keep mixed-direction text in order on screen: a
    // screen reader would spell some of them out.
    readonly property string spokenText: text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    Accessible.name: spokenText
    Accessible.ignored: heading || text.length === 0
                        || (control !== null && (control.Accessible.name.indexOf(spokenText) >= 0
                                                 || control.Accessible.description.indexOf(spokenText) >= 0))

    readonly property bool isTitle: level >= Label.Title

    color: muted ? Theme.textMuted : Theme.text
    font.family: isTitle ? Theme.titleFont : Theme.bodyFont
    font.weight: isTitle ? Theme.titleWeight : Theme.bodyWeight
    font.capitalization: isTitle && Theme.titleUpper ? Font.AllUppercase : Font.MixedCase
    font.letterSpacing: isTitle ? Theme.titleSpacing : 0
    font.pixelSize: [Theme.caption, Theme.body, Theme.lead, Theme.title, Theme.display, Theme.hero][level]
    // A word too long for the line (German compounds in a narrow column) breaks rather than being cut.
    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    elide: Text.ElideRight
    horizontalAlignment: Text.AlignLeft
    lineHeight: isTitle ? 1.05 : 1.25

    Item {
        anchors.fill: parent
        visible: label.heading
        Accessible.role: Accessible.Heading
        Accessible.name: label.spokenText
    }
}
