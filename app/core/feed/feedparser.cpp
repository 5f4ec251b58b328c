// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "booking/slotplanner.h"
#include "catalog/catalogrecords.h"
#include "common/recordreader.h"
#include "feed/stockcheck.h"
#include "inventory/vehiclerecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

template<typename T>
void take(const QJsonObject &root, const QString &list, Feed &feed,
          std::optional<T> (*read)(const QJsonObject &, QList<RecordIssue> *), QList<T> *out)
{
    const QJsonValue v = root.value(list);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        feed.issues.append({RecordIssue::Severity::Error, list, {}, {}, QStringLiteral("must be a list")});
        return;
    }
    QHash<QString, int> seen;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            feed.issues.append(
                {RecordIssue::Severity::Error, list, QStringLiteral("#%1").arg(i + 1), {}, QStringLiteral("is not an object")});
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        const qsizetype before = feed.issues.size();
        auto record = read(o, &feed.issues);
        for (qsizetype n = before; n < feed.issues.size(); ++n) {
            if (feed.issues[n].recordId.isEmpty())
                feed.issues[n].recordId = QStringLiteral("#%1").arg(i + 1); // no usable id: its place in the list
        }
        if (!record)
            continue;
        if (seen.contains(record->id)) {
            feed.issues.append({RecordIssue::Severity::Error, list, record->id, QStringLiteral("id"),
                                QStringLiteral("appears twice (entries %1 and %2); the second is left out")
                                    .arg(seen.value(record->id) + 1)
                                    .arg(i + 1)});
            continue;
        }
        seen.insert(record->id, i);
        // Cars are stored as their typed record writes them (VehicleRecord::write), not as sent.
        if (list != QLatin1String("vehicles")) {
            feed.documents.insert(list + QLatin1Char('/') + record->id, o);
            feed.documentOrder.append(list + QLatin1Char('/') + record->id);
        }
        out->append(*record);
    }
}

/// Drops the records that refer to something missing, with a reason each.
class ReferenceCheck
{
public:
    ReferenceCheck(Feed &feed, const QHash<QString, QSet<QString>> &known)
        : m_feed(feed)
        , m_known(known)
    {
    }

    template<typename T, typename F>
    void filter(const QString &list, QList<T> *records, F check)
    {
        QList<T> kept;
        for (const T &r : *records) {
            m_failed = false;
            m_list = list;
            m_id = r.id;
            check(r);
            if (m_failed)
                m_feed.documents.remove(list + QLatin1Char('/') + r.id);
            else
                kept.append(r);
        }
        *records = kept;
        QSet<QString> ids;
        for (const T &r : kept)
            ids.insert(r.id);
        m_present.insert(list, ids);
    }

    bool has(const QString &list, const QString &id) const
    {
        return m_present.value(list).contains(id) || (!m_feed.full && m_known.value(list).contains(id));
    }

    void require(const QString &list, const QString &field, const QString &id)
    {
        if (!id.isEmpty() && !has(list, id))
            fail(field, QStringLiteral("refers to %1 \"%2\", which the feed does not have").arg(list, id));
    }

    void requireAll(const QString &list, const QString &field, const QStringList &ids)
    {
        for (const QString &id : ids)
            require(list, field, id);
    }

    void fail(const QString &field, const QString &problem)
    {
        m_failed = true;
        m_feed.issues.append({RecordIssue::Severity::Error, m_list, m_id, field, problem});
    }

    void warn(const QString &field, const QString &problem)
    {
        m_feed.issues.append({RecordIssue::Severity::Warning, m_list, m_id, field, problem});
    }

private:
    Feed &m_feed;
    const QHash<QString, QSet<QString>> &m_known;
    QHash<QString, QSet<QString>> m_present;
    QString m_list;
    QString m_id;
    bool m_failed = false;
};

/// Whole weeks that bring `anchor` (a template feed's `dates_relative_to`) to the week of
/// `today` or later, so an event keeps its weekday and time and never lands in the past.
int templateShiftDays(QDate anchor, QDate today)
{
    const qint64 days = anchor.daysTo(today);
    const qint64 weeks = days >= 0 ? (days + 6) / 7 : -((-days) / 7);
    return int(weeks * 7);
}

/// Places each event in its studio's time zone (the feed's studio or the stored one), and drops
/// those whose studio is missing or whose times do not exist there. The stored document becomes
/// the placed form, carrying its UTC offsets.
void checkEvents(const QJsonObject &root, const FeedContext &stored, Feed &feed, ReferenceCheck &refs)
{
    int shift = 0;
    const QJsonValue anchor = root.value(QStringLiteral("dates_relative_to"));
    if (!anchor.isUndefined()) {
        const QDate date = QDate::fromString(anchor.toString(), Qt::ISODate);
        const QDate today = (stored.now.isValid() ? stored.now : QDateTime::currentDateTimeUtc()).toUTC().date();
        if (date.isValid())
            shift = templateShiftDays(date, today);
        else
            feed.issues.append({RecordIssue::Severity::Warning,
                                QStringLiteral("dates_relative_to"),
                                {},
                                {},
                                QStringLiteral("must be a date (YYYY-MM-DD); event dates are taken as written")});
    }
    QHash<QString, const Studio *> studios;
    for (const Studio &s : feed.studios)
        studios.insert(s.id, &s);
    QSet<QString> models;
    for (const CarModel &m : feed.models)
        models.insert(m.id);
    QHash<QString, std::pair<QString, QString>> unplaced; // event id → field, problem
    for (StudioEvent &e : feed.events) {
        const Studio *studio = studios.value(e.studio, feed.full ? nullptr : stored.catalog.studio(e.studio));
        if (!studio)
            continue; // the reference check below says so
        if (studio->kind != Studio::Kind::Studio) {
            unplaced.insert(
                e.id, {QStringLiteral("studio"), QStringLiteral("\"%1\" is a dealer; events are held at studios").arg(e.studio)});
            continue;
        }
        if (shift != 0)
            e.shiftDays(shift);
        QString field, problem;
        if (!e.place(SlotPlanner::zoneOf(*studio), &field, &problem)) {
            unplaced.insert(e.id, {field, problem});
            continue;
        }
        if (!e.pictureModel.isEmpty() && !models.contains(e.pictureModel)
            && (feed.full || !stored.ids.value(QStringLiteral("models")).contains(e.pictureModel))) {
            feed.issues.append(
                {RecordIssue::Severity::Warning, QStringLiteral("events"), e.id, QStringLiteral("picture"),
                 QStringLiteral("refers to models \"%1\", which the feed does not have; left out").arg(e.pictureModel)});
            e.pictureModel.clear();
        }
        const QString key = QStringLiteral("events/") + e.id;
        if (feed.documents.contains(key))
            feed.documents.insert(key, e.toJson());
    }
    refs.filter(QStringLiteral("events"), &feed.events, [&](const StudioEvent &e) {
        refs.require(QStringLiteral("studios"), QStringLiteral("studio"), e.studio);
        if (const auto it = unplaced.constFind(e.id); it != unplaced.cend())
            refs.fail(it->first, it->second);
    });
}

} // namespace

FeedParser::Result FeedParser::parse(const QByteArray &bytes, const FeedContext &stored)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.fatal = bytes.trimmed().isEmpty()
            ? QStringLiteral("the file is empty")
            : QStringLiteral("not valid JSON at byte %1: %2 (is the file truncated?)").arg(error.offset).arg(error.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.fatal = QStringLiteral("the feed must be a JSON object");
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("vitrine-feed")) {
        result.fatal = QStringLiteral("this is not a Vitrine feed (\"format\" must be \"vitrine-feed\")");
        return result;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion) {
        result.fatal = version > kFormatVersion
            ? QStringLiteral("the feed is format version %1; this Vitrine reads up to %2 — update Vitrine")
                  .arg(version)
                  .arg(kFormatVersion)
            : QStringLiteral("\"version\" is missing or not a positive whole number");
        return result;
    }
    Feed feed;
    feed.source = root.value(QStringLiteral("source")).toString();
    if (!RecordReader::isValidIdentifier(feed.source)) {
        result.fatal = QStringLiteral("\"source\" must name the feed's origin with lower-case letters, digits and '-'");
        return result;
    }
    feed.generated = QDateTime::fromString(root.value(QStringLiteral("generated")).toString(), Qt::ISODate);
    const QString mode = root.value(QStringLiteral("mode")).toString(QStringLiteral("full"));
    if (mode != QLatin1String("full") && mode != QLatin1String("delta")) {
        result.fatal = QStringLiteral("\"mode\" must be \"full\" or \"delta\"");
        return result;
    }
    feed.full = mode == QLatin1String("full");

    take(root, QStringLiteral("markets"), feed, &CatalogRecords::readMarket, &feed.markets);
    take(root, QStringLiteral("bodies"), feed, &CatalogRecords::readBody, &feed.bodies);
    take(root, QStringLiteral("lines"), feed, &CatalogRecords::readLine, &feed.lines);
    take(root, QStringLiteral("models"), feed, &CatalogRecords::readModel, &feed.models);
    take(root, QStringLiteral("trims"), feed, &CatalogRecords::readTrim, &feed.trims);
    take(root, QStringLiteral("options"), feed, &CatalogRecords::readOption, &feed.options);
    take(root, QStringLiteral("rules"), feed, &CatalogRecords::readRule, &feed.rules);
    take(root, QStringLiteral("studios"), feed, &CatalogRecords::readStudio, &feed.studios);
    take(root, QStringLiteral("vehicles"), feed, &VehicleRecord::read, &feed.vehicles);
    take(root, QStringLiteral("model_aliases"), feed, &CatalogRecords::readAlias, &feed.aliases);
    take(root, QStringLiteral("sources"), feed, &FeedSource::read, &feed.sources);
    take(root, QStringLiteral("events"), feed, &StudioEvent::read, &feed.events);

    for (const QJsonValue &v : root.value(QStringLiteral("deleted")).toArray()) {
        static const QHash<QString, QString> kinds{{QStringLiteral("vehicle"), QStringLiteral("vehicles")},
                                                   {QStringLiteral("model"), QStringLiteral("models")},
                                                   {QStringLiteral("trim"), QStringLiteral("trims")},
                                                   {QStringLiteral("option"), QStringLiteral("options")},
                                                   {QStringLiteral("rule"), QStringLiteral("rules")},
                                                   {QStringLiteral("studio"), QStringLiteral("studios")},
                                                   {QStringLiteral("model_alias"), QStringLiteral("model_aliases")},
                                                   {QStringLiteral("source"), QStringLiteral("sources")},
                                                   {QStringLiteral("event"), QStringLiteral("events")}};
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (!kinds.contains(kind) || !RecordReader::isValidIdentifier(id)) {
            feed.issues.append({RecordIssue::Severity::Error, QStringLiteral("deleted"), id, QStringLiteral("kind"),
                                QStringLiteral("a removal needs a kind (vehicle, model, trim, option, rule, "
                                               "studio, model_alias, source, event) and a valid id")});
            continue;
        }
        feed.removals.append({kinds.value(kind), id});
    }

    // References, in dependency order so that a left-out record takes its dependants with it.
    ReferenceCheck refs(feed, stored.ids);
    refs.filter(QStringLiteral("markets"), &feed.markets, [](const Market &) {});
    refs.filter(QStringLiteral("bodies"), &feed.bodies, [](const BodyStyle &) {});
    refs.filter(QStringLiteral("lines"), &feed.lines, [](const ModelLine &) {});
    refs.filter(QStringLiteral("models"), &feed.models, [&](const CarModel &m) {
        refs.require(QStringLiteral("lines"), QStringLiteral("line"), m.line);
        refs.require(QStringLiteral("bodies"), QStringLiteral("body"), m.body);
    });
    refs.filter(QStringLiteral("options"), &feed.options, [&](const CatalogOption &o) {
        refs.requireAll(QStringLiteral("models"), QStringLiteral("models"), o.models);
        for (auto it = o.pricesMinor.cbegin(); it != o.pricesMinor.cend(); ++it)
            refs.require(QStringLiteral("markets"), QStringLiteral("prices"), it.key());
    });
    // Package contents refer to options: checked once the options list is settled.
    refs.filter(QStringLiteral("options"), &feed.options, [&](const CatalogOption &o) {
        refs.requireAll(QStringLiteral("options"), QStringLiteral("contents"), o.contents);
    });
    refs.filter(QStringLiteral("trims"), &feed.trims, [&](const Trim &t) {
        refs.require(QStringLiteral("models"), QStringLiteral("model"), t.model);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("standard"), t.standard);
        refs.require(QStringLiteral("options"), QStringLiteral("defaults.paint"), t.defaultPaint);
        refs.require(QStringLiteral("options"), QStringLiteral("defaults.wheel"), t.defaultWheel);
        refs.require(QStringLiteral("options"), QStringLiteral("defaults.interior"), t.defaultInterior);
        for (auto it = t.pricesMinor.cbegin(); it != t.pricesMinor.cend(); ++it)
            refs.require(QStringLiteral("markets"), QStringLiteral("prices"), it.key());
    });
    refs.filter(QStringLiteral("rules"), &feed.rules, [&](const CatalogRule &r) {
        refs.require(QStringLiteral("options"), QStringLiteral("option"), r.option);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("targets"), r.targets);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("options"), r.options);
        refs.requireAll(QStringLiteral("trims"), QStringLiteral("trims"), r.trims);
        refs.requireAll(QStringLiteral("models"), QStringLiteral("models"), r.models);
    });
    QHash<QString, QString> marketCurrency;
    for (const Market &m : feed.markets)
        marketCurrency.insert(m.id, m.currency);
    QHash<QString, QString> studioMarket;
    refs.filter(QStringLiteral("studios"), &feed.studios, [&](const Studio &s) {
        refs.require(QStringLiteral("markets"), QStringLiteral("market"), s.market);
        for (const FleetEntry &f : s.fleet)
            refs.require(QStringLiteral("models"), QStringLiteral("fleet"), f.model);
        studioMarket.insert(s.id, s.market);
    });
    QHash<QString, QString> trimModel;
    for (const Trim &t : feed.trims)
        trimModel.insert(t.id, t.model);
    const auto modelOfTrim = [&](const QString &trim) {
        if (trimModel.contains(trim))
            return trimModel.value(trim);
        const Trim *storedTrim = feed.full ? nullptr : stored.catalog.trim(trim);
        return storedTrim ? storedTrim->model : QString();
    };
    const auto checkTrim = [&](const QString &model, const QString &trim) {
        const QString owner = modelOfTrim(trim);
        if (!model.isEmpty() && !owner.isEmpty() && owner != model)
            refs.fail(QStringLiteral("trim"), QStringLiteral("\"%1\" is a trim of %2, not of %3").arg(trim, owner, model));
    };
    refs.filter(QStringLiteral("model_aliases"), &feed.aliases, [&](const ModelAlias &a) {
        refs.require(QStringLiteral("models"), QStringLiteral("catalog_model"), a.catalogModel);
        refs.require(QStringLiteral("trims"), QStringLiteral("catalog_trim"), a.catalogTrim);
        checkTrim(a.catalogModel, a.catalogTrim);
    });
    refs.filter(QStringLiteral("sources"), &feed.sources, [&](const FeedSource &s) {
        refs.require(QStringLiteral("studios"), QStringLiteral("dealer"), s.dealer);
        refs.require(QStringLiteral("markets"), QStringLiteral("market"), s.market);
    });
    checkEvents(root, stored, feed, refs);
    QHash<QString, QString> seenVins;
    refs.filter(QStringLiteral("vehicles"), &feed.vehicles, [&](const Vehicle &v) {
        refs.require(QStringLiteral("models"), QStringLiteral("model"), v.model);
        refs.require(QStringLiteral("trims"), QStringLiteral("trim"), v.trim);
        checkTrim(v.model, v.trim);
        refs.require(QStringLiteral("options"), QStringLiteral("paint"), v.paint);
        refs.require(QStringLiteral("options"), QStringLiteral("wheel"), v.wheel);
        refs.require(QStringLiteral("options"), QStringLiteral("interior"), v.interior);
        refs.requireAll(QStringLiteral("options"), QStringLiteral("options"), v.options);
        refs.require(QStringLiteral("studios"), QStringLiteral("location"), v.location);
        // The place's market, from this feed or from storage: a delta feed of cars alone is held
        // to the same VIN and currency rules as the full feed that brought the places.
        const QString market = stored.marketOf(v.location, studioMarket);
        for (const StockCheck::Finding &f : StockCheck::check(v, market, stored.currencyOf(market, marketCurrency))) {
            if (f.error)
                refs.fail(f.field, f.problem);
            else
                refs.warn(f.field, f.problem);
        }
        if (seenVins.contains(v.vin))
            refs.fail(QStringLiteral("vin"), QStringLiteral("%1 is also the VIN of %2").arg(v.vin, seenVins.value(v.vin)));
        else
            seenVins.insert(v.vin, v.id);
    });

    result.feed = std::move(feed);
    return result;
}

Catalog FeedParser::catalogOf(const Feed &feed)
{
    Catalog c;
    c.markets = feed.markets;
    c.bodies = feed.bodies;
    c.lines = feed.lines;
    c.models = feed.models;
    c.trims = feed.trims;
    c.options = feed.options;
    c.rules = feed.rules;
    c.studios = feed.studios;
    c.aliases = feed.aliases;
    c.index();
    return c;
}
