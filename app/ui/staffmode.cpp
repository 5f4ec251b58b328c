#include "staffmode.h"

#include <QLocale>
#include <QQmlEngine>


StaffMode::StaffMode(StaffPin *pin, StudioSettings *settings, VisitorRequests *requests, QObject *parent)
    : QObject(parent)
    , m_pin(pin)
    , m_settings(settings)
    , m_requests(requests)
    , m_stored(settings->load())
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

void StaffMode::retranslate()
{
    QList<ChoiceListModel::Choice> idle, retention;
    for (int s : {60, 90, 120, 180, 300})
        idle << ChoiceListModel::Choice{s, tr("%n s", "", s)};
    for (int d : {7, 14, 30, 60, 90})
        retention << ChoiceListModel::Choice{d, tr("%n days", "", d)};
    m_idleChoices.setChoices(idle);
    m_retentionChoices.setChoices(retention);
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
}

ChoiceListModel *StaffMode::modelFor(const QString &field)
{
    static const QStringList fields{QStringLiteral("studio"), QStringLiteral("language"), QStringLiteral("idleSeconds"),
                                    QStringLiteral("theme"), QStringLiteral("orientation"), QStringLiteral("retentionDays")};
    ChoiceListModel *models[] = {&m_studioChoices, &m_languageChoices,   &m_idleChoices,
                                 &m_themeChoices,  &m_orientationChoices, &m_retentionChoices};
    const qsizetype i = fields.indexOf(field);
    return i < 0 ? nullptr : models[i];
}

void StaffMode::editSettings()
{
    m_stored = m_settings->load();
    select(m_stored);
}

void StaffMode::pickSetting(const QString &field, const QVariant &value)
{
    if (ChoiceListModel *model = modelFor(field))
        model->setSelected(value);
}

void StaffMode::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

bool StaffMode::unlock(const QString &pin)
{
    const StaffPin::Verdict verdict = m_pin->verify(pin);
    switch (verdict.outcome) {
    case StaffPin::Outcome::Accepted:
        m_unlocked = true;
        setMessage(QString());
        emit unlockedChanged();
        emit requestsChanged();
        return true;
    case StaffPin::Outcome::NotSet:
        setMessage(tr("No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”."));
        return false;
    case StaffPin::Outcome::LockedOut:
        setMessage(tr("Too many wrong attempts. Staff mode opens again at %1.")
                       .arg(QLocale().toString(verdict.retryAfter.toLocalTime().time(), QLocale::ShortFormat)));
        return false;
    case StaffPin::Outcome::Wrong:
        setMessage(verdict.retryAfter.isValid()
                       ? tr("That PIN is not right. Please wait a moment before trying again.")
                       : tr("That PIN is not right. Please try again."));
        return false;
    }
    return false;
}

void StaffMode::lock()
{
    if (!m_unlocked)
        return;
    m_unlocked = false;
    setMessage(QString());
    emit unlockedChanged();
}

QVariantList StaffMode::requests() const
{
    QVariantList out;
    if (!m_unlocked)
        return out;
    const QString studio = m_settings->load().studio;
    for (const VisitorRequests::Request &r : m_requests->open(studio)) {
        out << QVariantMap{{QStringLiteral("requestId"), r.id},
                           {QStringLiteral("hold"), r.kind == VisitorRequests::Kind::Hold},
                           {QStringLiteral("vehicle"), r.vehicle},
                           {QStringLiteral("buildCode"), r.buildCode},
                           {QStringLiteral("time"), QLocale().toString(r.created.toLocalTime().time(), QLocale::ShortFormat)}};
    }
    return out;
}

bool StaffMode::closeRequest(const QString &id)
{
    if (!m_unlocked)
        return false;
    const bool ok = m_requests->close(id);
    emit requestsChanged();
    return ok;
}

QString StaffMode::saveSettings()
{
    if (!m_unlocked)
        return tr("Staff mode is locked.");
    StudioSettings::Values v = m_stored;
    v.studio = m_studioChoices.selected().toString();
    v.language = m_languageChoices.selected().toString();
    v.idleSeconds = m_idleChoices.selected().toInt();
    v.theme = m_themeChoices.selected().toString();
    v.orientation = m_orientationChoices.selected().toString();
    v.retentionDays = m_retentionChoices.selected().toInt();
    QString error;
    if (!m_settings->save(v, &error))
        return error;
    m_stored = v;
    emit settingsChanged();
    emit settingsSaved();
    return {};
}


