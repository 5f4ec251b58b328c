// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui
import QtQuick.Controls as T

// Body text in the brand's face; `level` picks a step of the type scale.
T.Label {
    enum Level { Caption, Body, Lead, Title, Display, Hero }
    property int level: Label.Body
    property bool muted: false

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
}
