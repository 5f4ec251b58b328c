// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Vitrine.Ui

// The brand's backdrop behind a car: a soft vertical gradient from the theme.
Rectangle {
    radius: Theme.radius
    gradient: Gradient {
        GradientStop { position: 0; color: Theme.backdropTop }
        GradientStop { position: 1; color: Theme.backdropBottom }
    }
}
