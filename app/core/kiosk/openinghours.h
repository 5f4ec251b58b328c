// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/studio.h"

#include <QDateTime>

#include <optional>

/// How far the screen's waking day reaches beyond the studio's opening hours.
struct OpeningMargins {
    int wakeMinutesBefore = 15; ///< awake and in its attract loop before the doors open
    int sleepMinutesAfter = 15; ///< staff close up with the screen still on
};

/// Whether a studio's screen should be awake at an instant (its opening hours widened by a margin
/// before opening and after closing, or a staff member's wake) and when that next changes.
class OpeningHours
{
public:
    using Margins = OpeningMargins;

    /// How long a staff member's wake keeps a closed studio's screen on.
    static constexpr int kStaffWakeMinutes = 60;
    /// How far ahead the next opening is looked for (exceptions can close a studio for weeks).
    static constexpr int kHorizonDays = 400;

    struct State {
        bool awake = true;
        QDateTime nextChange; ///< UTC; invalid when nothing changes within the horizon
        bool operator==(const State &) const = default;
    };

    /// No studio (none chosen, or unknown): always awake, a screen never sleeps on a guess.
    OpeningHours() = default;
    explicit OpeningHours(const Studio &studio, Margins margins = Margins());

    /// The state at `now`; `staffWokeAt`, when valid, keeps the screen awake for kStaffWakeMinutes
    /// from then even while the studio is closed.
    State at(const QDateTime &now, const QDateTime &staffWokeAt = QDateTime()) const;

private:
    State scheduled(const QDateTime &now) const;

    std::optional<Studio> m_studio;
    Margins m_margins;
};
