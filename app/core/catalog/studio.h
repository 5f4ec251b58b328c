// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <array>

/// A span of opening time on one day, in the studio's local time.
struct TimeRange {
    QTime from;
    QTime to;
    bool operator==(const TimeRange &) const = default;
};

/// A day with hours that differ from the weekly pattern (a holiday, a late opening).
struct StudioException {
    QDate date;
    QList<TimeRange> hours; ///< empty: closed
    LocalizedText note;
};

struct FleetEntry {
    QString model;
    int count = 0;
};

struct PostalAddress {
    QString street;
    QString postcode;
    QString city;
    QString country; ///< ISO 3166 alpha-2
    QString region;  ///< state or province, where the address has one
};

/// A brand studio or a partner dealer that holds stock.
struct Studio {
    enum class Kind { Studio, Dealer };
    QString id;
    Kind kind = Kind::Studio;
    QString name;
    QString market;
    PostalAddress address;
    double lat = 0;
    double lon = 0;
    /// False for a dealer whose feed gave no position: it shows no distance rather than a
    /// wrong one (lat and lon are then 0 and mean nothing).
    bool hasCoordinates = true;
    QString timezone;
    QString phone;
    std::array<QList<TimeRange>, 7> weeklyHours; ///< Monday first
    QList<StudioException> exceptions;
    QList<FleetEntry> fleet;
    int slotMinutes = 60;
    int bufferMinutes = 0;
    int parallelDrives = 1;
};
