// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Whether headphones are plugged into this screen, read from ALSA: a sound card's
/// "Headphone Jack" switch (the socket on most PCs and screens) or a USB headset, which is a sound
/// card of its own. A machine without a sound card has none.
namespace Headphones {

struct Reading {
    bool connected = false;
    /// What was found, for staff ("no sound card", "headphone socket empty on HDA Intel PCH").
    QString detail;
};

Reading read();

} // namespace Headphones
