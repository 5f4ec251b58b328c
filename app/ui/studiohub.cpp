// SPDX-License-Identifier: GPL-3.0-or-later
#include "studiohub.h"

#include "common/localtimes.h"
#include "storage/databasequeue.h"
#include "storage/outbox.h"
#include "storage/settings.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <utility>

StudioHub::StudioHub(DatabaseQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_link(&m_network)
    , m_outbox(queue, &m_link)
{
    m_link.setTimeout(std::chrono::milliseconds(8000));
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &StudioHub::check);
    m_listenRetry.setSingleShot(true);
    connect(&m_listenRetry, &QTimer::timeout, this, &StudioHub::listen);
    // The outbox goes to the hub while paired; its answers tell whether the hub is in reach.
    m_drainTimer.setInterval(kDrainMs);
    connect(&m_drainTimer, &QTimer::timeout, &m_outbox, &OutboxSender::drain);
    connect(&m_outbox, &OutboxSender::answered, this, [this](const HubLink::Answer &a) { noteAnswer(a); });
    connect(&m_outbox, &OutboxSender::drained, this, [this](const OutboxSender::Report &report) {
        emit delivered(report);
        if (std::exchange(m_deliverAgain, false))
            m_outbox.drain();
    });
    connect(&m_link, &HubLink::paired, this, [this](const HubLink::Answer &a) {
        m_busy = false;
        if (a.outcome != HubLink::Outcome::Ok) {
            m_message = a.outcome == HubLink::Outcome::Refused    ? Message::Refused
                : a.outcome == HubLink::Outcome::WrongCertificate ? Message::WrongCertificate
                                                                  : Message::Unreachable;
            emit changed();
            return;
        }
        const HubLink::Pairing pairing = m_link.pairing();
        m_queue->run<bool>(
            this,
            [pairing](QSqlDatabase &db) {
                Settings settings(db);
                return HubLink::save(settings, pairing);
            },
            [this, pairing](bool saved) {
                m_message = saved ? Message::Paired : Message::NotKept;
                setPairing(saved ? pairing : HubLink::Pairing{});
                m_reachable = saved;
                m_lastContact = QDateTime::currentDateTimeUtc();
                emit changed();
            });
    });
}

void StudioHub::start()
{
    m_queue->run<std::optional<HubLink::Pairing>>(
        this,
        [](QSqlDatabase &db) {
            // This screen is its outbox's one sender: what a run of it that was killed had claimed
            // goes again now, not after the claims' lease.
            QString problem;
            if (const auto released = Outbox(db).releaseClaims(&problem); !released)
                qWarning("the outbox's claims could not be released: %s", qPrintable(problem));
            return HubLink::load(Settings(db));
        },
        [this](std::optional<HubLink::Pairing> pairing) {
            if (pairing && pairing->valid())
                setPairing(*pairing);
            m_started = true;
            emit started();
        });
}

void StudioHub::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emit changed();
}

void StudioHub::setPairing(const HubLink::Pairing &pairing)
{
    m_link.setPairing(pairing);
    // Whatever was heard from another hub (or none) says nothing of this one.
    ++m_listening;
    m_waiting = false;
    m_cursor.clear();
    m_listenFailures = 0;
    m_listenRetry.stop();
    m_revoked = false;
    if (pairing.valid()) {
        m_timer.start();
        m_drainTimer.start();
        check();
        listen();
    } else {
        m_timer.stop();
        m_drainTimer.stop();
        m_reachable = false;
        m_lastContact = {};
        m_problem.clear();
    }
    emit changed();
    emit pairingChanged();
}

QString StudioHub::status() const
{
    if (!paired())
        return tr("Not paired with a hub: this screen keeps its test drives and event places on its own.");
    const QString hub = address().authority();
    const QString last = m_lastContact.isValid() ? LocalTimes::dateTime(m_locale, m_lastContact.toLocalTime()) : tr("never");
    if (m_revoked)
        return tr("The hub at %1 no longer knows this screen (it was removed there). Show a new code on the hub and pair "
                  "this screen again; until then, visitors are told before they sign up.")
            .arg(hub);
    if (m_reachable)
        return tr("Paired with the hub at %1. Last contact: %2.").arg(hub, last);
    return tr("Paired with the hub at %1, which cannot be reached (last contact: %2). Visitors are told before they sign up.")
        .arg(hub, last);
}

QString StudioHub::message() const
{
    switch (m_message) {
    case Message::None:
        return {};
    case Message::Refused:
        return tr("The hub did not accept this code. Show a new one on the hub and type it again.");
    case Message::WrongCertificate:
        return tr("The hub's certificate does not match what it says. Check the address.");
    case Message::Unreachable:
        return tr("The hub cannot be reached at this address.");
    case Message::Paired:
        return tr("Paired. Bookings and places now go through the hub.");
    case Message::NotKept:
        return tr("Paired, but this screen could not keep the pairing. Pair it again.");
    case Message::Incomplete:
        return tr("Type the hub's address (such as https://10.0.0.2:8443) and the code it shows.");
    case Message::Forgotten:
        return tr("This screen no longer uses a hub.");
    case Message::NotForgotten:
        return tr("This screen could not forget the hub. Try again.");
    }
    return {};
}

void StudioHub::noteAnswer(const HubLink::Answer &a)
{
    const bool reached = a.outcome != HubLink::Outcome::Failed && a.outcome != HubLink::Outcome::WrongCertificate
        && a.outcome != HubLink::Outcome::Unauthorized;
    if (reached) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Kept for vitrinectl link, at most once a minute.
        if (!m_contactKept.isValid() || m_contactKept.secsTo(now) >= 60 || !m_reachable) {
            m_contactKept = now;
            const QString stamp = now.toString(Qt::ISODate);
            m_queue->post([stamp](QSqlDatabase &db) { Settings(db).set(QStringLiteral("hub.lastContact"), stamp); });
        }
        m_lastContact = now;
    } else
        m_problem = a.error;
    // Unauthorized is only ever the hub's word that it revoked this screen's token.
    if (a.outcome == HubLink::Outcome::Unauthorized)
        m_revoked = true;
    else if (reached)
        m_revoked = false;
    if (!reached && m_reachable)
        m_message = Message::None; // "paired" is old news once the hub is out of reach
    const bool back = reached && !m_reachable;
    m_reachable = reached;
    emit changed();
    if (back) {
        m_outbox.drainNow(); // what waited while the hub was out of reach goes now
        if (m_listenRetry.isActive())
            QTimer::singleShot(0, this, &StudioHub::listen); // and what changed meanwhile is heard
    }
}

void StudioHub::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                     std::function<void(const HubLink::Answer &)> done, std::chrono::milliseconds timeout, int attempt)
{
    m_link.call(
        verb, path, body,
        [this, verb, path, body, done, timeout, attempt](const HubLink::Answer &a) {
            noteAnswer(a);
            // The hub answered that it did nothing (its database busy, too many requests at once):
            // asked again shortly, a few times, before anyone is told.
            if (a.outcome == HubLink::Outcome::Failed && (a.status == 503 || a.status == 429) && attempt < kAttempts) {
                const int wait = (200 << attempt) + QRandomGenerator::global()->bounded(200);
                QTimer::singleShot(wait, this, [this, verb, path, body, done, timeout, attempt] {
                    call(verb, path, body, done, timeout, attempt + 1);
                });
                return;
            }
            done(a);
        },
        timeout);
}

void StudioHub::listen()
{
    if (!paired() || m_waiting)
        return;
    m_listenRetry.stop();
    m_waiting = true;
    const int serial = m_listening;
    const QString path = QStringLiteral("/v1/changes?wait=%1&cursor=%2")
                             .arg(kListenWaitMs)
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_cursor)));
    m_link.call(
        "GET", path, {},
        [this, serial](const HubLink::Answer &a) {
            if (serial != m_listening)
                return; // forgotten or paired again meanwhile
            m_waiting = false;
            noteAnswer(a);
            const QJsonObject o = QJsonDocument::fromJson(a.body).object();
            const QString cursor = o.value(QLatin1String("cursor")).toString();
            if (a.outcome != HubLink::Outcome::Ok || cursor.isEmpty()) {
                if (a.outcome == HubLink::Outcome::Unauthorized)
                    return; // revoked: nothing to wait for until staff pair again
                const int pause = qMin(30'000, 1000 << qMin(m_listenFailures++, 5));
                m_listenRetry.start(pause + QRandomGenerator::global()->bounded(pause / 4 + 1));
                return;
            }
            m_listenFailures = 0;
            QStringList topics;
            for (const auto &t : o.value(QLatin1String("topics")).toArray())
                topics << t.toString();
            if (o.value(QLatin1String("resync")).toBool())
                topics = {QStringLiteral("slots"), QStringLiteral("events"), QStringLiteral("requests"),
                          QStringLiteral("sources")};
            m_cursor = cursor;
            if (!topics.isEmpty())
                emit hubChanged(topics);
            listen();
        },
        std::chrono::milliseconds(kListenWaitMs + 10'000));
}

void StudioHub::deliverNow()
{
    if (!paired())
        return;
    if (m_outbox.draining())
        m_deliverAgain = true; // the drain under way may have claimed its items already
    else
        m_outbox.drain();
}

void StudioHub::check()
{
    if (paired())
        call("GET", QStringLiteral("/v1/health"), {}, [](const HubLink::Answer &) {});
}

QUrl StudioHub::hubUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return {};
    QUrl hub;
    hub.setScheme(url.scheme());
    hub.setHost(url.host());
    hub.setPort(url.port());
    return hub;
}

void StudioHub::pair(const QString &address, const QString &code)
{
    const QUrl hub = hubUrl(address);
    if (!hub.isValid() || code.trimmed().isEmpty()) {
        m_message = Message::Incomplete;
        emit changed();
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_message = Message::None;
    emit changed();
    // The screen's name on the hub's list: its host name, as printable as the hub asks.
    QString name = QHostInfo::localHostName().left(64);
    name.remove(QRegularExpression(QStringLiteral("[^\\x20-\\x7e]")));
    m_link.pair(hub, code.trimmed().toUpper(), name.isEmpty() ? QStringLiteral("screen") : name);
}

void StudioHub::forget()
{
    m_queue->run<bool>(
        this,
        [](QSqlDatabase &db) {
            Settings settings(db);
            return HubLink::save(settings, HubLink::Pairing{});
        },
        [this](bool forgotten) {
            m_message = forgotten ? Message::Forgotten : Message::NotForgotten;
            if (forgotten)
                setPairing({});
            emit changed();
        });
}
