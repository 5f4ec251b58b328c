// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubinsights.h"
#include "hubanswer.h"

#include "catalog/catalogrows.h"
#include "insights/insightsnapshot.h"
#include "insights/insighttables.h"
#include "sync/syncoverview.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

using HubAnswer::json;

namespace {

constexpr qsizetype kMaxName = 80;

bool plain(const QString &s)
{
    return HubAnswer::printable(s, kMaxName);
}

} // namespace

HubInsights::HubInsights(QSqlDatabase db)
    : m_db(db)
{
}

QByteArray HubInsights::Ask::key() const
{
    const QStringList parts{csv ? QStringLiteral("csv") : QStringLiteral("report"),
                            scopeName,
                            scope.studio,
                            scope.screen,
                            period.first.toString(Qt::ISODate),
                            period.last.toString(Qt::ISODate),
                            QString::fromLatin1(period.zone.id())};
    return parts.join(QChar(0x1F)).toUtf8();
}

std::optional<HubInsights::Ask> HubInsights::read(const HttpRequest &request, QString *why)
{
    const QUrlQuery q(QString::fromLatin1(request.query));
    const auto item = [&q](const char *key) { return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const auto refuse = [why](const QString &words) -> std::optional<Ask> {
        *why = words;
        return std::nullopt;
    };
    Ask ask;
    ask.csv = request.path.endsWith("/csv");
    ask.scopeName = item("scope");
    const QString studio = item("studio");
    const QString screen = item("screen");
    if (!plain(studio) || !plain(screen))
        return refuse(QStringLiteral("a studio or screen name is at most 80 printable characters"));
    if (ask.scopeName == QLatin1String("chain")) {
        ask.scope = {};
    } else if (ask.scopeName == QLatin1String("studio")) {
        if (studio.isEmpty())
            return refuse(QStringLiteral("scope=studio needs the studio: studio=S"));
        ask.scope = {studio, {}};
    } else if (ask.scopeName == QLatin1String("screen")) {
        if (screen.isEmpty())
            return refuse(QStringLiteral("scope=screen needs the screen's name: screen=NAME"));
        ask.scope = {studio, screen};
    } else {
        return refuse(QStringLiteral("give the scope: scope=screen, studio or chain"));
    }
    const QString zoneName = item("zone");
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneName.toLatin1());
    if (!zone.isValid())
        return refuse(QStringLiteral("the zone is not a time zone the hub knows (give an IANA name, e.g. Europe/Oslo)"));
    ask.period = {QDate::fromString(item("from"), Qt::ISODate), QDate::fromString(item("to"), Qt::ISODate), zone};
    if (!ask.period.valid())
        return refuse(QStringLiteral("give the days as from=YYYY-MM-DD&to=YYYY-MM-DD, the first not after the last"));
    if (ask.period.days() > maximumDays)
        return refuse(QStringLiteral("a period may be at most %1 days").arg(maximumDays));
    return ask;
}

HttpResponse HubInsights::answer(const Ask &ask, const QDateTime &now)
{
    return ask.csv ? csv(ask, now) : report(ask, now);
}

HttpResponse HubInsights::report(const Ask &ask, const QDateTime &now)
{
    QString why;
    InsightReport report(m_db, ask.scope);
    const auto snapshot = InsightSnapshot::read(report, ask.period, SyncOverview::failingSources(m_db, now), now, &why);
    if (!snapshot) {
        qCWarning(lcHub) << "cannot read the insights:" << why;
        return HubAnswer::busy(QStringLiteral("the hub could not read its insights; try again"));
    }
    HttpResponse r = json(200,
                          {{QStringLiteral("scope"), ask.scopeName},
                           {QStringLiteral("studio"), ask.scope.studio},
                           {QStringLiteral("screen"), ask.scope.screen},
                           {QStringLiteral("from"), ask.period.first.toString(Qt::ISODate)},
                           {QStringLiteral("to"), ask.period.last.toString(Qt::ISODate)},
                           {QStringLiteral("zone"), QString::fromLatin1(ask.period.zone.id())},
                           {QStringLiteral("report"), snapshot->toJson()}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse HubInsights::csv(const Ask &ask, const QDateTime &now)
{
    QString why;
    const auto catalog = CatalogRows(m_db).catalog(&why);
    InsightReport report(m_db, ask.scope);
    const auto modelName = [&catalog](const QString &code) {
        const CarModel *m = catalog ? catalog->model(code) : nullptr;
        return m ? m->name.english() : code;
    };
    // Plain numbers for spreadsheets.
    const auto tables = catalog
        ? InsightTables::all(report, ask.period, SyncOverview::failingSources(m_db, now), now, modelName, QLocale::c(), &why)
        : std::nullopt;
    if (!tables) {
        qCWarning(lcHub) << "cannot read the insights' tables:" << why;
        return HubAnswer::busy(QStringLiteral("the hub could not read its insights; try again"));
    }
    QJsonArray files;
    for (const InsightCsv &t : *tables)
        files.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("base64"), QString::fromLatin1(t.encode().toBase64())}});
    HttpResponse r = json(200, {{QStringLiteral("scope"), ask.scopeName}, {QStringLiteral("files"), files}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}
