// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedimporter.h"

#include "catalog/catalogrows.h"
#include "common/recordreader.h"
#include "feed/dealerfeedbuilder.h"
#include "feed/feedparser.h"
#include "feed/feedphases.h"
#include "feed/googlefeedreader.h"
#include "feed/metafeedreader.h"
#include "inventory/vehiclerows.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcFeed, "vitrine.feed")

FeedImporter::FeedImporter(QSqlDatabase db)
    : m_db(db)
    , m_applier(db)
{
}

FeedImporter::~FeedImporter() = default;

bool FeedImporter::hasCatalog() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM import_run WHERE status = 'applied' LIMIT 1")) && q.next();
}

QDateTime FeedImporter::lastAppliedAt() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(finished_at) FROM import_run WHERE status = 'applied'")) || !q.next())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

QString FeedImporter::defaultSource(const FeedFormat &format, const QString &origin)
{
    const QString prefix = format.kind == FeedFormat::Kind::Google ? QStringLiteral("google") : QStringLiteral("meta");
    QString slug;
    for (const QChar c : QFileInfo(origin).completeBaseName().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    slug = slug.left(kMaxDealerSource - prefix.size() - 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return prefix + QLatin1Char('-') + (slug.isEmpty() ? QStringLiteral("feed") : slug);
}

FeedImporter::Report FeedImporter::importFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report report;
        report.fatal = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    return importBytes(file.readAll(), path, options);
}

std::optional<FeedContext> FeedImporter::storedContext(const QString &dealerSource, QString *error) const
{
    FeedContext context;
    for (const QString &list : CatalogRows::lists()) {
        const auto ids = m_applier.table(list)->liveIds({}, error);
        if (!ids)
            return std::nullopt;
        context.ids[list] = QSet<QString>(ids->cbegin(), ids->cend());
    }
    auto catalog = m_applier.catalogRows().catalog(error);
    if (!catalog)
        return std::nullopt;
    context.catalog = std::move(*catalog);
    if (dealerSource.isEmpty())
        return context;
    const bool read = m_applier.table(QStringLiteral("studios"))
                          ->forEach(
                              false,
                              [&context](const QJsonObject &doc) {
                                  context.placeDocuments.insert(doc.value(QStringLiteral("id")).toString(), doc);
                                  return true;
                              },
                              error);
    auto listed = m_applier.vehicleRows().listed(dealerSource, error);
    if (!read || !listed)
        return std::nullopt;
    context.listed = std::move(*listed);
    return context;
}

std::optional<Feed> FeedImporter::readDealerFeed(const QByteArray &bytes, const FeedFormat &format, const QString &origin,
                                                 const Options &options, Report *report, FeedPhases &phases) const
{
    const QString source = options.source.isEmpty() ? defaultSource(format, origin) : options.source;
    report->source = source;
    if (!RecordReader::isValidIdentifier(source) || source.size() > kMaxDealerSource) {
        report->fatal = QStringLiteral("the source \"%1\" must be lower-case letters, digits and '-', at most %2 characters")
                            .arg(source)
                            .arg(kMaxDealerSource);
        return std::nullopt;
    }
    // A dealer's feed replaces its source's whole stock: it must never be taken for the brand's.
    QString error;
    for (const QString &list : m_applier.lists()) {
        if (list == VehicleRows::list())
            continue;
        const auto owned = list == QLatin1String("studios") ? std::optional<QStringList>()
                                                            : m_applier.table(list)->liveIds(source, &error);
        if (owned && !owned->isEmpty()) {
            report->fatal = QStringLiteral("the source \"%1\" is a brand feed's; give the dealer feed a source of its own")
                                .arg(source);
            return std::nullopt;
        }
    }
    const auto stored = storedContext(source, &error);
    if (!stored) {
        report->fatal = QStringLiteral("the database cannot be read: %1").arg(error);
        return std::nullopt;
    }
    // Whole seconds: the change stamp is stored without milliseconds.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    phases.done("stored context read");
    DealerFeedBuilder builder(*stored, {source, options.dealer, options.market, now});
    const QString fatal = format.kind == FeedFormat::Kind::Meta ? MetaFeedReader::read(bytes, format.delimiter, builder)
                                                                : GoogleFeedReader::read(bytes, format.delimiter, builder);
    if (!fatal.isEmpty()) {
        report->fatal = fatal;
        return std::nullopt;
    }
    phases.done("rows read and checked");
    auto feed = builder.finish();
    phases.done("ids and VINs listed twice left out");
    return feed;
}

FeedImporter::Report FeedImporter::importBytes(const QByteArray &bytes, const QString &origin, const Options &options)
{
    FeedPhases phases;
    Report report;
    // A named format only chooses between feeds: a PDF stays a PDF whatever it is called.
    QString what = FeedFormat::notAFeed(bytes);
    const FeedFormat format = !what.isEmpty() ? FeedFormat{FeedFormat::Kind::Unknown, 0, what}
        : options.format                      ? *options.format
                                              : FeedFormat::recognise(bytes);
    if (!format.isKnown()) {
        report.fatal = QStringLiteral("this is not a feed Vitrine reads: the file is %1. Vitrine reads its own feeds "
                                      "(JSON), Meta automotive catalogs and Google vehicle listings (CSV or TSV)")
                           .arg(format.what);
        qCWarning(lcFeed) << "feed refused:" << origin << report.fatal;
        return report;
    }
    report.format = format.description();

    std::optional<Feed> feed;
    if (format.isTable()) {
        feed = readDealerFeed(bytes, format, origin, options, &report, phases);
    } else {
        QString error;
        const auto stored = storedContext({}, &error);
        if (!stored) {
            report.fatal = QStringLiteral("the database cannot be read: %1").arg(error);
            return report;
        }
        FeedParser::Result parsed = FeedParser::parse(bytes, *stored);
        report.fatal = parsed.fatal;
        feed = std::move(parsed.feed);
    }
    if (!feed) {
        qCWarning(lcFeed) << "feed refused:" << origin << report.fatal;
        return report;
    }
    report.source = feed->source;
    report.issues = feed->issues;
    report.accepted = feed->acceptedCount();
    report.rejected = feed->rejectedCount();
    report.warnings = feed->warningCount();
    if (feed->stockOnly && feed->vehicles.isEmpty()) {
        // It would take the source's whole stock away: a dealer that sold everything is rarer
        // than a broken export.
        report.fatal = QStringLiteral("the feed holds no car that could be taken (%1 left out); nothing was changed and "
                                      "the source's stock stays as it was")
                           .arg(report.rejected);
        return report;
    }
    if (feed->full && feed->acceptedCount() == 0) {
        // A full feed with nothing valid would tombstone everything: refuse it instead.
        report.fatal = QStringLiteral("the feed holds no valid record (%1 left out); nothing was changed").arg(report.rejected);
        return report;
    }
    m_applier.setChecked(options.checked);
    if (!m_applier.apply(*feed, origin, &report))
        return report;
    report.applied = true;
    qCInfo(lcFeed) << "feed applied:" << feed->source << "accepted" << report.accepted << "rejected" << report.rejected
                   << "tombstoned" << report.tombstoned;
    return report;
}
