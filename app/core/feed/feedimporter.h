// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedapplier.h"
#include "feed/feedcontext.h"
#include "feed/feedformat.h"
#include "feed/feedreport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class FeedPhases;

/// Imports a feed into the database: recognises its format (a Vitrine feed, a Meta automotive
/// catalog, Google vehicle listings), validates every record, then applies every valid one in one
/// transaction (all of the feed's valid records, or none), and records the run and its issues so
/// staff can see what was left out and why.
class FeedImporter
{
public:
    using Report = FeedReport;

    struct Options {
        /// The feed's format; unset, it is recognised from the bytes (FeedFormat::recognise).
        std::optional<FeedFormat> format;
        /// A dealer feed's source, the name its stock is kept under ([a-z0-9-], at most 40
        /// characters). Unset: the format and the file's name ("meta-nordic-motors" for
        /// nordic-motors.csv). A Vitrine feed names its own source.
        QString source;
        /// A dealer feed's dealer (a place id) for the rows that name none.
        QString dealer;
        /// The market of the dealers a dealer feed creates, when their country does not tell it.
        QString market;
        /// Told of a dealer's large stock before its cars are stored (FeedApplier::setChecked).
        FeedApplier::Checked checked;
    };

    static constexpr int kMaxDealerSource = 40;

    explicit FeedImporter(QSqlDatabase db);
    ~FeedImporter();

    Report importFile(const QString &path, const Options &options = {});
    Report importBytes(const QByteArray &bytes, const QString &origin, const Options &options = {});

    /// From how many cars on a feed's stock is written in bulk (FeedApplier::kBulkCars).
    void setBulkCars(qsizetype cars) { m_applier.setBulkCars(cars); }

    /// Whether a feed has ever been applied (the first start loads the demo data).
    bool hasCatalog() const;
    /// When a feed was last applied (invalid when never, or unreadable).
    QDateTime lastAppliedAt() const;
    /// The source a dealer feed read from `origin` is kept under when none is named.
    static QString defaultSource(const FeedFormat &format, const QString &origin);

private:
    /// What storage holds that the feed is checked against; `dealerSource` also loads when that
    /// source's cars were first listed.
    std::optional<FeedContext> storedContext(const QString &dealerSource, QString *error) const;
    std::optional<Feed> readDealerFeed(const QByteArray &bytes, const FeedFormat &format, const QString &origin,
                                       const Options &options, Report *report, FeedPhases &phases) const;

    QSqlDatabase m_db;
    FeedApplier m_applier;
};
