// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffmode.h"
#include "studiohub.h"

#include "carnames.h"
#include "common/localtimes.h"
#include "inventory/vehicle.h"
#include "kiosk/staffpin.h"
#include "kiosk/visitorrequests.h"
#include "storage/databasequeue.h"
#include "tradeinvaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <limits>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant StaffMode::RequestRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return hold;
    case 2:
        return car;
    case 3:
        return buildCode;
    case 4:
        return time;
    case 5:
        return tradeIn;
    }
    return {};
}

QHash<int, QByteArray> StaffMode::RequestRow::roleNames()
{
    return {{FirstRole, "requestId"},     {FirstRole + 1, "hold"}, {FirstRole + 2, "car"},
            {FirstRole + 3, "buildCode"}, {FirstRole + 4, "time"}, {FirstRole + 5, "tradeIn"}};
}

StaffMode::StaffMode(DatabaseQueue *queue, const StudioSettings::Values &stored, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_stored(stored)
    , m_requests(this)
{
    retranslate();
    select(m_stored);
}

void StaffMode::setChoices(const QList<ChoiceListModel::Choice> &studios, const QList<ChoiceListModel::Choice> &languages,
                           const QStringList &themes)
{
    m_studioChoices.setChoices(studios);
    m_languageChoices.setChoices(languages);
    QList<ChoiceListModel::Choice> themeChoices;
    for (const QString &t : themes)
        themeChoices << ChoiceListModel::Choice{t, t.left(1).toUpper() + t.mid(1)};
    m_themeChoices.setChoices(themeChoices);
}

void StaffMode::setLocale(const QLocale &locale)
{
    m_locale = locale;
    retranslate();
    if (m_unlocked)
        refresh();
}

QString StaffMode::carLine(const Vehicle &v, const Catalog &catalog, const QString &language)
{
    QStringList parts{CarNames::title(v, catalog, language)};
    const CatalogOption *paint = catalog.option(v.paint);
    const QString colour = paint ? paint->name.text(language) : v.exteriorColor;
    if (!colour.isEmpty())
        parts << colour;
    if (v.vin.size() >= 6)
        // The VIN's tail is what staff read off the windscreen; isolated so it reads the same in Arabic.
        parts << tr("VIN …%1").arg(QStringLiteral("\u2066") + v.vin.right(6) + QStringLiteral("\u2069"));
    const Studio *place = catalog.studio(v.location);
    const QString where = place ? place->name : v.location;
    switch (v.status) {
    case Vehicle::Status::Available:
        parts << where;
        break;
    case Vehicle::Status::Reserved:
        parts << tr("%1, reserved").arg(where);
        break;
    case Vehicle::Status::InTransit:
        parts << tr("on its way to %1").arg(where);
        break;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString StaffMode::buildLine(const Configuration &build, const Catalog &catalog, const QString &language, const QString &code)
{
    const CarModel *model = catalog.model(build.model);
    const Trim *trim = catalog.trim(build.trim);
    QStringList parts{QStringList{model ? model->name.text(language) : build.model, trim ? trim->name.text(language) : QString()}
                          .join(QLatin1Char(' '))
                          .trimmed()};
    for (const QString &id : build.options) {
        const CatalogOption *o = catalog.option(id);
        if (o && o->kind == OptionKind::Paint)
            parts << o->name.text(language);
    }
    parts << tr("build %1").arg(QStringLiteral("\u2066") + code + QStringLiteral("\u2069"));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void StaffMode::retranslate()
{
    QList<ChoiceListModel::Choice> idle, retention;
    for (int s : {60, 90, 120, 180, 300})
        idle << ChoiceListModel::Choice{s, tr("%n s", "", s)};
    for (int d : {7, 14, 30, 60, 90})
        retention << ChoiceListModel::Choice{d, tr("%n days", "", d)};
    m_idleChoices.setChoices(idle);
    m_retentionChoices.setChoices(retention);
    QList<ChoiceListModel::Choice> stale, photos;
    for (int h : {1, 6, 24, 72})
        stale << ChoiceListModel::Choice{h, tr("%n hours", "", h)};
    for (int mb : {256, 512, 1024, 4096})
        photos << ChoiceListModel::Choice{
            mb, mb < 1024 ? tr("%1 MB").arg(m_locale.toString(mb)) : tr("%1 GB").arg(m_locale.toString(mb / 1024))};
    m_staleChoices.setChoices(stale);
    m_photoCacheChoices.setChoices(photos);
    const QVariant output = m_speechOutputChoices.selected();
    m_speechOutputChoices.setChoices(
        {{QStringLiteral("speakers"), tr("Out loud")}, {QStringLiteral("headphones"), tr("Only into headphones")}});
    if (output.isValid())
        m_speechOutputChoices.setSelected(output);
    // Round figures in the market's own unit, kept as kilometres.
    QList<ChoiceListModel::Choice> area;
    static constexpr int kKm[] = {25, 50, 100, 150, 250, 500};
    static constexpr int kMi[] = {15, 30, 60, 100, 150, 300};
    for (qsizetype i = 0; i < 6; ++i) {
        const int d = m_miles ? kMi[i] : kKm[i];
        area << ChoiceListModel::Choice{m_miles ? qRound(d * Mileage::kKmPerMile) : d,
                                        m_miles ? tr("%1 mi").arg(m_locale.toString(d)) : tr("%1 km").arg(m_locale.toString(d))};
    }
    const QVariant chosen = m_areaChoices.selected();
    m_areaChoices.setChoices(area);
    if (chosen.isValid())
        m_areaChoices.setSelected(chosen);
    m_orientationChoices.setChoices({{QStringLiteral("auto"), tr("Automatic")},
                                     {QStringLiteral("landscape"), tr("Landscape")},
                                     {QStringLiteral("portrait"), tr("Portrait")}});
}

void StaffMode::select(const StudioSettings::Values &v)
{
    m_studioChoices.setSelected(v.studio);
    m_languageChoices.setSelected(v.language);
    m_idleChoices.setSelected(v.idleSeconds);
    m_themeChoices.setSelected(v.theme);
    m_orientationChoices.setSelected(v.orientation);
    m_retentionChoices.setSelected(v.retentionDays);
    m_staleChoices.setSelected(v.staleAfterHours);
    m_photoCacheChoices.setSelected(v.photoCacheMb);
    m_speechOutputChoices.setSelected(v.speechOutput);
    m_pendingPhoneBaseUrl = v.phoneBaseUrl;
    m_areaChoices.setSelected(nearestArea(v.areaKm));
}

void StaffMode::setMiles(bool miles)
{
    if (m_miles == miles)
        return;
    m_miles = miles;
    retranslate();
    m_areaChoices.setSelected(nearestArea(m_stored.areaKm));
}

int StaffMode::nearestArea(int km) const
{
    // A value saved in the other unit (the studio moved market) picks the closest offered.
    int best = km;
    int bestGap = std::numeric_limits<int>::max();
    for (const ChoiceListModel::Choice &c : m_areaChoices.choices()) {
        const int gap = std::abs(c.value.toInt() - km);
        if (gap < bestGap) {
            bestGap = gap;
            best = c.value.toInt();
        }
    }
    return best;
}

ChoiceListModel *StaffMode::modelFor(const QString &field)
{
    static const QStringList fields{QStringLiteral("studio"),       QStringLiteral("language"),
                                    QStringLiteral("idleSeconds"),  QStringLiteral("theme"),
                                    QStringLiteral("orientation"),  QStringLiteral("retentionDays"),
                                    QStringLiteral("areaKm"),       QStringLiteral("staleAfterHours"),
                                    QStringLiteral("photoCacheMb"), QStringLiteral("speechOutput")};
    ChoiceListModel *models[] = {&m_studioChoices,      &m_languageChoices,    &m_idleChoices, &m_themeChoices,
                                 &m_orientationChoices, &m_retentionChoices,   &m_areaChoices, &m_staleChoices,
                                 &m_photoCacheChoices,  &m_speechOutputChoices};
    const qsizetype i = fields.indexOf(field);
    return i < 0 ? nullptr : models[i];
}

void StaffMode::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void StaffMode::unlock(const QString &pin)
{
    if (m_checking)
        return;
    m_checking = true;
    emit checkingChanged();
    m_queue->run<StaffPin::Verdict>(
        this, [pin](QSqlDatabase &db) { return StaffPin(db).verify(pin); },
        [this](StaffPin::Verdict verdict) {
            m_checking = false;
            emit checkingChanged();
            switch (verdict.outcome) {
            case StaffPin::Outcome::Accepted:
                m_unlocked = true;
                setMessage(QString());
                emit unlockedChanged();
                refresh();
                return;
            case StaffPin::Outcome::NotSet:
                setMessage(tr("No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”."));
                return;
            case StaffPin::Outcome::LockedOut:
                setMessage(tr("Too many wrong attempts. Staff mode opens again at %1.")
                               .arg(LocalTimes::time(m_locale, verdict.retryAfter.toLocalTime().time())));
                return;
            case StaffPin::Outcome::Wrong:
                setMessage(verdict.retryAfter.isValid() ? tr("That PIN is not right. Please wait a moment before trying again.")
                                                        : tr("That PIN is not right. Please try again."));
                return;
            }
        });
}

void StaffMode::lock()
{
    if (!m_unlocked)
        return;
    m_unlocked = false;
    setMessage(QString());
    m_requestMessage.clear();
    m_requests.setRows({});
    emit requestsChanged();
    emit unlockedChanged();
}

void StaffMode::setHub(StudioHub *hub)
{
    m_hub = hub;
    // A visitor asked at another screen, or a colleague took a request: read them again.
    connect(hub, &StudioHub::hubChanged, this, [this](const QStringList &topics) {
        if (topics.contains(QLatin1String("requests")))
            refresh();
    });
    connect(hub, &StudioHub::pairingChanged, this, &StaffMode::refresh);
}

bool StaffMode::throughHub() const
{
    return m_hub && m_hub->reachable();
}

void StaffMode::refresh()
{
    if (!m_unlocked)
        return;
    const QString studio = m_stored.studio;
    const int serial = ++m_requestRead;
    const auto readHere = [this, serial, studio] {
        m_queue->run<QList<VisitorRequests::Request>>(
            this, [studio](QSqlDatabase &db) { return VisitorRequests(db).open(studio); },
            [this, serial](QList<VisitorRequests::Request> open) {
                if (serial == m_requestRead)
                    showRequests(open);
            });
    };
    if (!throughHub())
        return readHere();
    m_hub->call("GET", QStringLiteral("/v1/requests?studio=") + QString::fromLatin1(QUrl::toPercentEncoding(studio)), {},
                [this, serial, readHere](const HubLink::Answer &a) {
                    if (serial != m_requestRead || !m_unlocked)
                        return;
                    if (a.outcome != HubLink::Outcome::Ok)
                        return readHere(); // the hub went out of reach meanwhile: what this screen knows
                    QList<VisitorRequests::Request> open;
                    const QJsonArray list = QJsonDocument::fromJson(a.body).object().value(QLatin1String("requests")).toArray();
                    for (const auto &v : list) {
                        if (auto r = VisitorRequests::fromJson(v.toObject()))
                            open << *r;
                    }
                    showRequests(open);
                });
}

void StaffMode::showRequests(const QList<VisitorRequests::Request> &open)
{
    if (!m_unlocked)
        return;
    QList<RequestRow> rows;
    for (const VisitorRequests::Request &r : open) {
        // The car named as staff find it, never by its internal id.
        QString car;
        if (!r.vehicle.isEmpty()) {
            car = m_describeCar ? m_describeCar(r.vehicle) : QString();
            if (car.isEmpty())
                car = tr("a car that has left the stock");
        } else if (!r.buildCode.isEmpty() && m_describeBuild) {
            car = m_describeBuild(r.buildCode);
        }
        rows << RequestRow{r.id,
                           r.kind == VisitorRequests::Kind::Hold,
                           car,
                           r.buildCode,
                           LocalTimes::time(m_locale, r.created.toLocalTime().time()),
                           TradeInValuation::staffLine(r.tradeIn, m_locale)};
    }
    m_requests.setRows(rows);
    emit requestsChanged();
}

void StaffMode::closeRequest(const QString &id)
{
    if (!m_unlocked)
        return;
    m_requestMessage.clear();
    if (throughHub()) {
        // Taken for every tablet of the studio; a colleague who was quicker has it.
        m_hub->call("POST", QStringLiteral("/v1/requests/take"), {{QStringLiteral("id"), id}}, [this](const HubLink::Answer &a) {
            if (a.outcome != HubLink::Outcome::Ok)
                m_requestMessage = a.code == QLatin1String("already-taken")
                    ? tr("A colleague has already taken this request.")
                    : tr("The studio's system did not take this. Please try again.");
            refresh();
        });
        return;
    }
    m_queue->run<bool>(
        this, [id](QSqlDatabase &db) { return VisitorRequests(db).close(id); }, [this](bool) { refresh(); });
}

void StaffMode::editSettings()
{
    m_saveMessage.clear();
    emit saveMessageChanged();
    m_queue->run<StudioSettings::Values>(
        this, [](QSqlDatabase &db) { return StudioSettings(db).load(); },
        [this](StudioSettings::Values values) {
            m_stored = values;
            select(m_stored);
            emit settingsChanged();
        });
}

void StaffMode::pickSetting(const QString &field, const QVariant &value)
{
    if (ChoiceListModel *model = modelFor(field))
        model->setSelected(value);
}

void StaffMode::saveSettings()
{
    if (!m_unlocked) {
        m_saveMessage = tr("Staff mode is locked.");
        emit saveMessageChanged();
        return;
    }
    StudioSettings::Values v = m_stored;
    v.studio = m_studioChoices.selected().toString();
    v.language = m_languageChoices.selected().toString();
    v.idleSeconds = m_idleChoices.selected().toInt();
    v.theme = m_themeChoices.selected().toString();
    v.orientation = m_orientationChoices.selected().toString();
    v.retentionDays = m_retentionChoices.selected().toInt();
    v.staleAfterHours = m_staleChoices.selected().toInt();
    v.photoCacheMb = m_photoCacheChoices.selected().toInt();
    v.speechOutput = m_speechOutputChoices.selected().toString();
    v.phoneBaseUrl = m_pendingPhoneBaseUrl.trimmed();
    v.areaKm = m_areaChoices.selected().toInt();
    m_queue->run<QString>(
        this,
        [v](QSqlDatabase &db) {
            QString error;
            return StudioSettings(db).save(v, &error) ? QString() : error;
        },
        [this, v](QString error) {
            m_saveMessage = error.isEmpty() ? tr("Saved.") : error;
            emit saveMessageChanged();
            if (!error.isEmpty())
                return;
            m_stored = v;
            emit settingsChanged();
            emit settingsSaved(v);
        });
}
