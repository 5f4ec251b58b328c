// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightwording.h"
#include "common/bidi.h"
#include "common/localtimes.h"

#include <QTime>

namespace {

QString quoted(const QString &text)
{
    // Isolated, so Latin words stay whole inside an Arabic sentence and the reverse.
    return QStringLiteral("\u201C\u2068%1\u2069\u201D").arg(text);
}

} // namespace

QString InsightWording::percent(double share, const QLocale &locale)
{
    return Bidi::inSentence(locale.toString(share * 100.0, 'f', 0) + locale.percent(), locale);
}

QString InsightWording::finding(const InsightFinding &f, const ModelName &modelName, const QLocale &locale)
{
    const auto name = [&](const QString &code) {
        return QStringLiteral("\u2068%1\u2069").arg(modelName ? modelName(code) : code);
    };
    switch (f.kind) {
    case InsightFinding::Kind::DemandWithoutStock:
        if (f.detail == InsightEvent::kindName(InsightEvent::Kind::FilterApplied))
            return tr("%n filters for %1 found no car in stock.", nullptr, int(f.count)).arg(quoted(f.subject));
        return tr("%n searches for %1 found no car in stock.", nullptr, int(f.count)).arg(quoted(f.subject));
    case InsightFinding::Kind::InterestWithoutDrives:
        if (f.other == 0)
            return tr("%1 was viewed in %2 visits and never booked for a test drive.")
                .arg(name(f.subject), locale.toString(f.count));
        // Once, or %n times in each language's plural: "booked for a test drive 1 times" read
        // wrong in English, "1 مرات" in Arabic. (English's own words need no translation: the
        // hub's exports are written without one.)
        if (f.other == 1)
            return tr("%1 was viewed in %2 visits and booked for a test drive once: viewed %3 times as often as it is driven.")
                .arg(name(f.subject), locale.toString(f.count), locale.toString(double(f.count), 'f', 1));
        return tr("%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.",
                  nullptr, int(f.other))
            .arg(name(f.subject), locale.toString(f.count), locale.toString(double(f.count) / double(f.other), 'f', 1));
    case InsightFinding::Kind::FullCalendar:
        return tr("Test drives of %1 on %2 were fully booked for %n visits.", nullptr, int(f.count))
            .arg(name(f.subject), weekday(f.detail.toInt(), locale));
    case InsightFinding::Kind::SourceFailing:
        return tr("The stock source %1 has failed %n times since %2.", nullptr, int(f.count))
            .arg(quoted(f.subject), LocalTimes::dateTime(locale, f.since));
    case InsightFinding::Kind::NoShows:
        return tr("%1 of %2 test drives were missed (%3).")
            .arg(locale.toString(f.count), locale.toString(f.other),
                 percent(double(f.count) / double(qMax<qint64>(1, f.other)), locale));
    }
    return {};
}

QString InsightWording::stepName(const QString &step)
{
    if (step == QLatin1String("visit"))
        return tr("Visits");
    if (step == QLatin1String("viewed"))
        return tr("Viewed a car");
    if (step == QLatin1String("configured"))
        return tr("Configured a car");
    if (step == QLatin1String("booked"))
        return tr("Booked a test drive");
    if (step == QLatin1String("driven"))
        return tr("Drove");
    return step;
}

QString InsightWording::hidden()
{
    return tr("Hidden: fewer than 5 visits");
}

QString InsightWording::weekday(int isoWeekday, const QLocale &locale)
{
    return isoWeekday >= 1 && isoWeekday <= 7 ? locale.standaloneDayName(isoWeekday, QLocale::LongFormat) : tr("Any day");
}

QString InsightWording::hour(int hour, const QLocale &locale)
{
    if (hour < 0)
        return tr("All day");
    return LocalTimes::time(locale, QTime(hour, 0));
}
