// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubinsightexport.h"

#include "catalog/catalogrows.h"
#include "insights/insighttables.h"
#include "storage/settings.h"
#include "sync/syncoverview.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace {

constexpr int kUsage = 64;
constexpr int kStorage = 2;
constexpr int kCannotWrite = 73;

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "vitrine-hub: " << message << "\n";
    return code;
}

} // namespace

int HubInsightExport::run(QSqlDatabase db, const QCommandLineParser &parser)
{
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(kUsage, QStringLiteral("insights needs --from YYYY-MM-DD --to YYYY-MM-DD, the first not after the last"));
    if (from.daysTo(to) >= 3660)
        return fail(kUsage, QStringLiteral("a period may be at most ten years"));
    const QString studioId = parser.value(QStringLiteral("studio"));

    QString error;
    const auto catalog = CatalogRows(db).catalog(&error);
    if (!catalog)
        return fail(kStorage, QStringLiteral("the catalog could not be read: %1").arg(error));
    // The days are the studio's (or, for the chain, the hub's own studio's) days.
    const QString zoneOf = studioId.isEmpty() ? Settings(db).value(QStringLiteral("studio.id")).value_or(QString()) : studioId;
    const Studio *studio = catalog->studio(zoneOf);
    QTimeZone zone = studio ? QTimeZone(studio->timezone.toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    const InsightPeriod period{from, to, zone};

    const auto modelName = [&catalog](const QString &code) {
        const CarModel *m = catalog->model(code);
        return m ? m->name.english() : code;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    InsightReport report(db, {studioId, {}});
    const bool csv = parser.isSet(QStringLiteral("csv"));
    // CSV for spreadsheets: plain numbers, no group separators.
    const QLocale locale = csv ? QLocale::c() : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const auto tables = InsightTables::all(report, period, SyncOverview::failingSources(db, now), now, modelName, locale, &error);
    if (!tables)
        return fail(kStorage, QStringLiteral("the insights could not be read: %1").arg(error));

    QTextStream out(stdout);
    const QString stem = QStringLiteral("insights-%1-%2-%3-")
                             .arg(studioId.isEmpty() ? QStringLiteral("chain") : studioId, from.toString(Qt::ISODate),
                                  to.toString(Qt::ISODate));
    if (csv) {
        const QString folder = parser.value(QStringLiteral("csv"));
        if (!QFileInfo(folder).isDir())
            return fail(kCannotWrite, QStringLiteral("%1 is not a folder").arg(folder));
        for (const InsightCsv &table : *tables) {
            // A studio's id is catalog data: only its plain letters go into a file name.
            QString name = stem + table.name + QStringLiteral(".csv");
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
            const QString path = QDir(folder).filePath(name);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(table.encode()) < 0 || !file.commit())
                return fail(kCannotWrite, QStringLiteral("%1 could not be written: %2").arg(path, file.errorString()));
            out << path << "\n";
        }
        return 0;
    }
    out << "insights of " << (studioId.isEmpty() ? QStringLiteral("every studio") : studioId) << " for "
        << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << " (" << zone.id() << ")\n";
    for (const InsightCsv &table : *tables) {
        if (table.name != QLatin1String("funnel") && table.name != QLatin1String("findings")
            && table.name != QLatin1String("studios"))
            continue;
        out << "\n" << table.name << ":\n  " << table.header.join(QStringLiteral(" | ")) << "\n";
        for (const QStringList &row : table.rows)
            out << "  " << row.join(QStringLiteral(" | ")) << "\n";
        if (table.rows.isEmpty())
            out << "  (none)\n";
    }
    return 0;
}
