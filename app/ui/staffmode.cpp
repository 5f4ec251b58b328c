#include "staffmode.h"

#include <QLocale>
#include <QQmlEngine>


StaffMode::StaffMode(StaffPin *pin, StudioSettings *settings, VisitorRequests *requests, QObject *parent)
    : QObject(parent)
    , m_pin(pin)
    , m_settings(settings)
    , m_requests(requests)
{
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

QVariantMap StaffMode::settings() const
{
    const StudioSettings::Values v = m_settings->load();
    return {{QStringLiteral("studio"), v.studio},           {QStringLiteral("language"), v.language},
            {QStringLiteral("idleSeconds"), v.idleSeconds}, {QStringLiteral("theme"), v.theme},
            {QStringLiteral("orientation"), v.orientation}, {QStringLiteral("retentionDays"), v.retentionDays}};
}

QString StaffMode::saveSettings(const QVariantMap &values)
{
    if (!m_unlocked)
        return tr("Staff mode is locked.");
    StudioSettings::Values v = m_settings->load();
    v.studio = values.value(QStringLiteral("studio"), v.studio).toString();
    v.language = values.value(QStringLiteral("language"), v.language).toString();
    v.idleSeconds = values.value(QStringLiteral("idleSeconds"), v.idleSeconds).toInt();
    v.theme = values.value(QStringLiteral("theme"), v.theme).toString();
    v.orientation = values.value(QStringLiteral("orientation"), v.orientation).toString();
    v.retentionDays = values.value(QStringLiteral("retentionDays"), v.retentionDays).toInt();
    QString error;
    if (!m_settings->save(v, &error))
        return error;
    emit settingsChanged();
    emit settingsSaved();
    return {};
}


