// SPDX-License-Identifier: GPL-3.0-or-later
#include "showroom.h"

#include "insights/insightrecorder.h"
#include "visitinsights.h"

#include "storage/databasequeue.h"

#include <QGeoCoordinate>
#include <QQmlEngine>

namespace {
enum Role { FirstRole = Qt::UserRole + 1 };
}

QVariant Showroom::StudioRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return name;
    case 2:
        return city;
    case 3:
        return address;
    case 4:
        return here;
    }
    return {};
}

QHash<int, QByteArray> Showroom::StudioRow::roleNames()
{
    return {{FirstRole, "studioId"},
            {FirstRole + 1, "name"},
            {FirstRole + 2, "city"},
            {FirstRole + 3, "address"},
            {FirstRole + 4, "here"}};
}

Showroom::Showroom(QObject *parent)
    : QObject(parent)
{
}

void Showroom::setCatalog(Catalog catalog)
{
    m_catalog = std::move(catalog);
    m_lines.setCatalog(&m_catalog, m_language);
    updateStudios();
    emit changed();
}

void Showroom::setLanguage(const QString &feedLanguage)
{
    m_language = feedLanguage;
    m_lines.setCatalog(&m_catalog, m_language);
    emit changed();
}

void Showroom::setStudio(const QString &studioId)
{
    m_studio = studioId;
    updateStudios();
    emit changed();
}

int Showroom::studioCount() const
{
    return int(std::count_if(m_catalog.studios.cbegin(), m_catalog.studios.cend(),
                             [](const Studio &s) { return s.kind == Studio::Kind::Studio; }));
}

QString Showroom::studioName() const
{
    const Studio *s = m_catalog.studio(m_studio);
    return s ? s->name : QString();
}

int Showroom::request(VisitorRequests::Kind kind, const QString &vehicle, const QString &buildCode)
{
    const int number = m_nextRequest++;
    const QString name = kind == VisitorRequests::Kind::Hold ? QStringLiteral("hold") : QStringLiteral("expert");
    if (!m_queue || (kind == VisitorRequests::Kind::Hold && vehicle.isEmpty())) {
        QMetaObject::invokeMethod(
            this, [this, number, name] { emit requestAnswered(number, name, false); }, Qt::QueuedConnection);
        return number;
    }
    // The visit's anonymous event is written with the request, in its transaction.
    const VisitInsights *insights = VisitInsights::current();
    const std::optional<InsightEvent> event = insights
        ? insights->event(kind == VisitorRequests::Kind::Hold ? InsightEvent::Kind::HoldRequested
                                                              : InsightEvent::Kind::ExpertCalled)
        : std::nullopt;
    m_queue->run<bool>(
        this,
        [kind, studio = m_studio, vehicle, buildCode, event, car = m_tradeIn ? m_tradeIn() : QJsonObject()](QSqlDatabase &db) {
            const VisitorRequests::Alongside alongside = [&event](QSqlDatabase &d) {
                return !event || InsightRecorder(d).recordIn(*event);
            };
            return VisitorRequests(db).create(kind, studio, vehicle, buildCode, nullptr, alongside, car).has_value();
        },
        [this, number, name](bool ok) { emit requestAnswered(number, name, ok); });
    return number;
}

int Showroom::holdVehicle(const QString &vehicle)
{
    return request(VisitorRequests::Kind::Hold, vehicle, {});
}

QString Showroom::heroImage() const
{
    // The flagship: the most powerful model, in its top trim's default paint.
    const CarModel *best = nullptr;
    for (const CarModel &m : m_catalog.models) {
        if (!best || m.specs.powerKw > best->specs.powerKw)
            best = &m;
    }
    if (!best)
        return {};
    const auto trims = m_catalog.trimsOfModel(best->id);
    if (trims.isEmpty())
        return {};
    return ModelLineListModel::imageUrl(m_catalog, best->id, trims.last()->defaultPaint, trims.last()->defaultWheel,
                                        QStringLiteral("side"));
}

void Showroom::updateStudios()
{
    QList<StudioRow> rows;
    for (const Studio &s : m_catalog.studios) {
        if (s.kind != Studio::Kind::Studio)
            continue;
        StudioRow row{s.id, s.name, s.address.city,
                      QStringLiteral("%1, %2 %3").arg(s.address.street, s.address.postcode, s.address.city), s.id == m_studio};
        if (row.here)
            rows.prepend(row);
        else
            rows.append(row);
    }
    m_studios.setRows(rows);
}

int Showroom::askExpert(const QString &vehicle, const QString &buildCode)
{
    return request(VisitorRequests::Kind::Expert, vehicle, buildCode);
}
