// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightcommands.h"

#include "catalog/catalogrows.h"
#include "insights/insightrows.h"
#include "insights/insighttables.h"
#include "kiosk/studiosettings.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace {

constexpr int kUsageError = 64;
constexpr int kNotPossible = 2;
constexpr int kCannotWrite = 73;

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "vitrinectl: " << message << "\n";
    return code;
}

std::optional<QDate> dateOption(const CommandLine &line, const char *name, QString *problem)
{
    if (!line.has(name))
        return QDate();
    const QDate d = QDate::fromString(line.value(name), Qt::ISODate);
    if (!d.isValid()) {
        *problem = QStringLiteral("%1 needs a date as YYYY-MM-DD, not \"%2\"").arg(QLatin1String(name), line.value(name));
        return std::nullopt;
    }
    return d;
}

} // namespace

const char *InsightCommands::usage()
{
    return "  insights [--from D] [--to D] [--csv FOLDER] [--fold-days N]\n"
           "                    the funnel and findings of the days D to D (YYYY-MM-DD, the studio's time;\n"
           "                    default: the last 7 days) beside the period before; --csv writes every table\n"
           "                    to FOLDER as CSV; --fold-days folds events older than N days into daily totals\n";
}

int InsightCommands::run(QSqlDatabase &db, const CommandLine &line)
{
    QString problem;
    const auto from = dateOption(line, "--from", &problem);
    const auto to = from ? dateOption(line, "--to", &problem) : std::nullopt;
    if (!from || !to)
        return fail(kUsageError, problem);

    QString error;
    if (line.has("--fold-days")) {
        bool ok = false;
        const int days = line.value("--fold-days").toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return fail(kUsageError, QStringLiteral("--fold-days needs a number of days from 1 to 3650"));
        qint64 removed = 0;
        Transaction t(db);
        if (!t.begin(&error) || !InsightRows(db).fold(QDateTime::currentDateTimeUtc().addDays(-days), &removed, &error)
            || !t.commit(&error))
            return fail(kNotPossible, QStringLiteral("the events could not be folded: %1").arg(error));
        QTextStream(stdout) << "folded: " << removed << " events older than " << days << " days into daily totals\n";
        return 0;
    }

    const auto catalog = CatalogRows(db).catalog(&error);
    if (!catalog)
        return fail(kNotPossible, QStringLiteral("the catalog could not be read: %1").arg(error));
    const StudioSettings::Values settings = StudioSettings(db).load();
    const Studio *studio = catalog->studio(settings.studio);
    QTimeZone zone = studio ? QTimeZone(studio->timezone.toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    InsightPeriod period = InsightPeriod::lastDays(7, now, zone);
    if (from->isValid())
        period.first = *from;
    if (to->isValid())
        period.last = *to;
    if (from->isValid() && !to->isValid())
        period.last = qMax(period.first, period.last);
    if (!period.valid())
        return fail(kUsageError, QStringLiteral("--from must not come after --to"));
    if (period.days() > 3660)
        return fail(kUsageError, QStringLiteral("a period may be at most ten years"));

    const auto modelName = [&catalog](const QString &code) {
        const CarModel *m = catalog->model(code);
        return m ? m->name.english() : code;
    };
    InsightReport report(db);
    // CSV for spreadsheets: plain numbers, no group separators.
    const QLocale locale = line.has("--csv") ? QLocale::c() : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const auto tables = InsightTables::all(report, period, {}, now, modelName, locale, &error);
    if (!tables)
        return fail(kNotPossible, QStringLiteral("the insights could not be read: %1").arg(error));

    QTextStream out(stdout);
    if (line.has("--csv")) {
        const QString folder = line.value("--csv");
        if (!QFileInfo(folder).isDir())
            return fail(kCannotWrite, QStringLiteral("%1 is not a folder").arg(folder));
        const QString stem = QStringLiteral("insights-%1-%2-")
                                 .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
        for (const InsightCsv &table : *tables) {
            const QString path = QDir(folder).filePath(stem + table.name + QStringLiteral(".csv"));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(table.encode()) < 0 || !file.commit())
                return fail(kCannotWrite, QStringLiteral("%1 could not be written: %2").arg(path, file.errorString()));
            out << path << "\n";
        }
        return 0;
    }
    out << "insights for " << period.first.toString(Qt::ISODate) << " to " << period.last.toString(Qt::ISODate) << " ("
        << zone.id() << "), beside " << period.previous().first.toString(Qt::ISODate) << " to "
        << period.previous().last.toString(Qt::ISODate) << "\n";
    for (const InsightCsv &table : *tables) {
        if (table.name != QLatin1String("funnel") && table.name != QLatin1String("findings"))
            continue;
        out << "\n" << table.name << ":\n  " << table.header.join(QStringLiteral(" | ")) << "\n";
        for (const QStringList &row : table.rows)
            out << "  " << row.join(QStringLiteral(" | ")) << "\n";
        if (table.rows.isEmpty())
            out << "  (none)\n";
    }
    return 0;
}
