// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightevent.h"

#include <QRegularExpression>
#include <QUuid>

Q_LOGGING_CATEGORY(lcInsights, "vitrine.insights")

namespace {

struct KindName {
    InsightEvent::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {InsightEvent::Kind::VisitStarted, "visit-started"},
    {InsightEvent::Kind::VisitEnded, "visit-ended"},
    {InsightEvent::Kind::PageShown, "page"},
    {InsightEvent::Kind::FilterApplied, "filter"},
    {InsightEvent::Kind::TextSearched, "search"},
    {InsightEvent::Kind::CarViewed, "car-viewed"},
    {InsightEvent::Kind::CarsCompared, "cars-compared"},
    {InsightEvent::Kind::ConfigurationStarted, "configuration-started"},
    {InsightEvent::Kind::ConfigurationFinished, "configuration-finished"},
    {InsightEvent::Kind::PaintChosen, "paint-chosen"},
    {InsightEvent::Kind::WheelsChosen, "wheels-chosen"},
    {InsightEvent::Kind::OptionChosen, "option-chosen"},
    {InsightEvent::Kind::CodeCreated, "code-created"},
    {InsightEvent::Kind::CodeReopened, "code-reopened"},
    {InsightEvent::Kind::DriveRequested, "drive-requested"},
    {InsightEvent::Kind::DriveUnavailable, "drive-unavailable"},
    {InsightEvent::Kind::DriveBooked, "drive-booked"},
    {InsightEvent::Kind::DriveCancelled, "drive-cancelled"},
    {InsightEvent::Kind::DriveCompleted, "drive-completed"},
    {InsightEvent::Kind::DriveMissed, "drive-missed"},
    {InsightEvent::Kind::ExpertCalled, "expert-called"},
    {InsightEvent::Kind::HoldRequested, "hold-requested"},
    {InsightEvent::Kind::EventViewed, "event-viewed"},
    {InsightEvent::Kind::EventJoined, "event-joined"},
};

bool staffRecorded(InsightEvent::Kind kind)
{
    return kind == InsightEvent::Kind::DriveCompleted || kind == InsightEvent::Kind::DriveMissed;
}

// Seven digits or more in a row (spaces, dots and dashes between them allowed) reads as a phone
// number; a model year or a count of cars never gets that long.
const QRegularExpression &phoneLike()
{
    static const QRegularExpression re(QStringLiteral("\\d(?:[\\s.\\-/()]*\\d){6,}"));
    return re;
}

QString fieldProblem(const char *field, const QString &text, qsizetype limit)
{
    if (text.size() > limit)
        return QStringLiteral("its %1 is longer than %2 characters").arg(QLatin1String(field)).arg(limit);
    if (text.contains(QLatin1Char('@')))
        return QStringLiteral("its %1 looks like an e-mail address").arg(QLatin1String(field));
    if (phoneLike().match(text).hasMatch())
        return QStringLiteral("its %1 looks like a phone number").arg(QLatin1String(field));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("its %1 holds a control character").arg(QLatin1String(field));
    }
    return {};
}

} // namespace

QString InsightEvent::kindName(Kind kind)
{
    for (const auto &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<InsightEvent::Kind> InsightEvent::kindFrom(const QString &name)
{
    for (const auto &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

const QList<InsightEvent::Kind> &InsightEvent::allKinds()
{
    static const QList<Kind> kinds = [] {
        QList<Kind> list;
        for (const auto &k : kindNames)
            list << k.kind;
        return list;
    }();
    return kinds;
}

QString InsightEvent::newVisitId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString InsightEvent::problem(const InsightEvent &event)
{
    if (!event.at.isValid())
        return QStringLiteral("it has no time");
    if (event.visit.isEmpty() != staffRecorded(event.kind))
        return staffRecorded(event.kind) ? QStringLiteral("staff record it after the visit, outside any visit")
                                         : QStringLiteral("it belongs to no visit");
    if (event.visit.size() > 64)
        return QStringLiteral("its visit id is longer than 64 characters");
    for (const auto &[field, text, limit] : {std::tuple{"subject", &event.subject, 200}, std::tuple{"detail", &event.detail, 200},
                                             std::tuple{"language", &event.language, 16}, std::tuple{"screen", &event.screen, 80},
                                             std::tuple{"studio", &event.studio, 80}}) {
        if (QString p = fieldProblem(field, *text, limit); !p.isEmpty())
            return p;
    }
    if (event.value && *event.value < 0)
        return QStringLiteral("its value is negative");
    return {};
}

QString InsightEvent::catalogWords(const QString &typed, const QSet<QString> &vocabulary)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;/]+"));
    QStringList kept;
    for (const QString &word : typed.split(separators, Qt::SkipEmptyParts)) {
        const QString w = word.toCaseFolded();
        if (vocabulary.contains(w) && !kept.contains(w))
            kept << w;
    }
    return kept.join(QLatin1Char(' '));
}

QJsonObject InsightEvent::toJson(const QString &uuid, const QString &deviceId) const
{
    QJsonObject o{{QStringLiteral("id"), uuid},
                  {QStringLiteral("device"), deviceId},
                  {QStringLiteral("visit"), visit},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("screen"), screen}};
    if (value)
        o.insert(QStringLiteral("value"), double(*value));
    if (!studio.isEmpty())
        o.insert(QStringLiteral("studio"), studio);
    return o;
}

std::optional<InsightEvent> InsightEvent::fromJson(const QJsonObject &o, QString *why)
{
    const auto fail = [why](const QString &field) -> std::optional<InsightEvent> {
        if (why)
            *why = QStringLiteral("the event's %1 is missing or not readable").arg(field);
        return std::nullopt;
    };
    InsightEvent e;
    const auto kind = kindFrom(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return fail(QStringLiteral("kind"));
    e.kind = *kind;
    e.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (!e.at.isValid())
        return fail(QStringLiteral("time"));
    const QLatin1String texts[] = {QLatin1String("visit"),    QLatin1String("subject"), QLatin1String("detail"),
                                   QLatin1String("language"), QLatin1String("screen"),  QLatin1String("studio")};
    QString *fields[] = {&e.visit, &e.subject, &e.detail, &e.language, &e.screen, &e.studio};
    for (int i = 0; i < 6; ++i) {
        const QJsonValue v = o.value(texts[i]);
        if (!v.isUndefined() && !v.isString())
            return fail(texts[i]);
        *fields[i] = v.toString();
    }
    const QJsonValue value = o.value(QLatin1String("value"));
    if (value.isDouble())
        e.value = qint64(value.toDouble());
    else if (!value.isUndefined() && !value.isNull())
        return fail(QStringLiteral("value"));
    return e;
}
