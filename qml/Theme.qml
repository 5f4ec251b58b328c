// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Vitrine

// Design tokens (LOOK.md) scaled to the screen, with the brand's colours and typefaces.
QtObject {
    // A text as a screen reader should hear it: without the invisible marks that keep mixed-
    // direction text in order on screen (some readers spell them out).
    function spoken(text) {
        return (text || "").replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    }

    // Set by Main from the window: 1.0 at 1080 px on the short side.
    property real scale: 1.0
    property bool largeText: false
    // Keeps every control in the lower part of a portrait screen (Main moves the pages down).
    property bool lowReach: false

    readonly property color background: BrandTheme.background
    readonly property color surface: BrandTheme.surface
    readonly property color surfaceRaised: BrandTheme.surfaceRaised
    readonly property color text: BrandTheme.text
    readonly property color textMuted: BrandTheme.textMuted
    readonly property color accent: BrandTheme.accent
    // Not "onAccent": QML reads on + capital letter as a signal handler.
    readonly property color textOnAccent: BrandTheme.textOnAccent
    readonly property color divider: BrandTheme.divider
    readonly property color focus: BrandTheme.focus
    readonly property color backdropTop: BrandTheme.carBackdropTop
    readonly property color backdropBottom: BrandTheme.carBackdropBottom

    readonly property string titleFont: BrandTheme.titleFont
    readonly property int titleWeight: BrandTheme.titleWeight
    readonly property bool titleUpper: BrandTheme.titleUpper
    readonly property real titleSpacing: BrandTheme.titleLetterSpacing * scale
    readonly property string bodyFont: BrandTheme.bodyFont
    readonly property int bodyWeight: BrandTheme.bodyWeight
    readonly property real radius: BrandTheme.radius

    // Spacing scale: 4, 8, 16, 24, 32, 48, 64, 96 at 1080 p.
    readonly property real s1: 4 * scale
    // Also the gap between touch targets side by side, so it keeps a finger's edge on a small
    // screen (6 px on a 1280x800 tablet otherwise), as touch targets keep their 56 px.
    readonly property real s2: Math.max(8, 8 * scale)
    readonly property real s3: 16 * scale
    readonly property real s4: 24 * scale
    readonly property real s5: 32 * scale
    readonly property real s6: 48 * scale
    readonly property real s7: 64 * scale
    readonly property real s8: 96 * scale

    // Type scale: 14 caption, 18 body, 24 lead, 32 title, 48 display, 72 hero.
    readonly property real textFactor: largeText ? 1.3 : 1.0
    readonly property real typeFactor: scale * textFactor
    // The reading sizes (caption, body, lead) in Arabic are set larger, for its letters to stand
    // as tall as Latin ones (BrandTheme.textScale); titles and larger stay: at their size the
    // letters are read easily, and their lines have the least room to grow.
    readonly property real readingFactor: textFactor * BrandTheme.textScale
    // A tablet's screen (1280 x 800, read from arm's length) scales the type below what reads
    // comfortably there: captions and body text keep at least 12 and 15 px, as tablets' own
    // guidelines ask.
    readonly property real caption: Math.max(12, 14 * scale) * readingFactor
    readonly property real body: Math.max(15, 18 * scale) * readingFactor
    readonly property real lead: 24 * scale * readingFactor
    readonly property real title: 32 * typeFactor
    readonly property real display: 48 * typeFactor
    readonly property real hero: 72 * typeFactor

    // Never below 56 px, whatever the screen.
    readonly property real touch: Math.max(56, 64 * scale)

    readonly property int fast: 200
    readonly property int page: 350
}
