// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qmlsingleton.h"

#include "sync/hublink.h"
#include "sync/outboxsender.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class DatabaseQueue;

/// This screen's link to its studio's hub, for the pages that go through it and for staff: paired
/// from staff mode with the one-time code the hub shows (its certificate pinned then, the pairing
/// kept in the screen's settings), then checked every half minute so a form can say the hub is
/// out of reach before a visitor commits; while paired it delivers the screen's outbox to the hub
/// (OutboxSender) every few seconds and as soon as the hub is back. Unpaired, the screen keeps
/// everything on its own.
class StudioHub : public QObject, public QmlSingleton<StudioHub>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    /// Paired, and its last answer came (a screen unpaired is never "unreachable").
    Q_PROPERTY(bool reachable READ reachable NOTIFY changed)
    /// Paired, but the hub no longer knows this screen (staff removed it there): pair it again.
    Q_PROPERTY(bool revoked READ revoked NOTIFY changed)
    /// For staff, in words: which hub, the last contact, and why it cannot be reached.
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// The outcome of the last pairing tried, for staff.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    static constexpr int kCheckMs = 30'000;
    /// How often the outbox is drained while paired (and at once when the hub is back in reach).
    static constexpr int kDrainMs = 10'000;

    StudioHub(DatabaseQueue *queue, QObject *parent);

    /// Reads the pairing from the screen's settings and, when there is one, starts checking.
    void start();
    void setLocale(const QLocale &locale);

    bool paired() const { return m_link.pairing().valid(); }
    bool reachable() const { return paired() && m_reachable; }
    bool revoked() const { return paired() && m_revoked; }
    QString status() const;
    bool busy() const { return m_busy; }
    QString message() const;
    /// The hub's address as paired ("https://10.0.0.2:8443"); empty unpaired.
    QUrl address() const { return m_link.pairing().hub; }
    /// The pairing (its token and pinned certificate), for the feeds the screen takes from the hub.
    const HubLink::Pairing &pairing() const { return m_link.pairing(); }
    /// start() has read the pairing kept in the settings (pairingChanged came first if there was one).
    bool isStarted() const { return m_started; }

    /// A request of the hub's API as this screen (see HubLink::call); its answer tells whether
    /// the hub is reachable. Unpaired, `done` gets Unauthorized at once. A hub that answers it
    /// did nothing (503 busy, 429) is asked again up to kAttempts times, within about 3 s.
    /// `timeout`: how long the hub may stay silent; zero: the link's own.
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body,
              std::function<void(const HubLink::Answer &)> done, std::chrono::milliseconds timeout = {}, int attempt = 0);
    static constexpr int kAttempts = 4;

    /// `address`: "https://host:port" (or host:port); `code`: the one `vitrine-hub pair` shows.
    Q_INVOKABLE void pair(const QString &address, const QString &code);
    /// Forgets the hub: this screen goes back to keeping everything on its own.
    Q_INVOKABLE void forget();
    /// Asks the hub now (the staff page opens; a form opens).
    Q_INVOKABLE void check();
    /// Something was just written for the hub (a visitor asks for staff): the outbox goes now,
    /// not at the next drain, so staff tablets hear of it within a moment.
    void deliverNow();

    /// The address staff typed as a hub URL (https unless said, no path); invalid when it cannot be one.
    static QUrl hubUrl(const QString &typed);

    /// How long the hub keeps a request for changes waiting when nothing changes.
    static constexpr int kListenWaitMs = 20'000;

signals:
    void changed();
    /// Paired, forgotten or paired again: what the pages show may come from elsewhere now.
    void pairingChanged();
    /// start() has read the pairing kept in the settings.
    void started();
    /// The hub says these changed since the screen last heard ("slots", "events", "requests",
    /// "sources": a feed the hub applied); all
    /// of them when the screen must read everything again (the hub restarted, the screen was away).
    void hubChanged(const QStringList &topics);
    /// A drain of the outbox came to an end (what this screen made reached the hub, or not).
    void delivered(const OutboxSender::Report &report);

private:
    /// Waits at the hub for what changes (GET /v1/changes, a long poll by the hub's cursor), for
    /// as long as the screen is paired; after a failure, again after a pause that grows to 30 s.
    void listen();
    void noteAnswer(const HubLink::Answer &answer);
    void setPairing(const HubLink::Pairing &pairing);

    DatabaseQueue *m_queue;
    QNetworkAccessManager m_network;
    HubLink m_link;
    QTimer m_timer;
    OutboxSender m_outbox;
    bool m_deliverAgain = false; ///< written during a drain: another one right after it
    QTimer m_drainTimer;
    QLocale m_locale;
    bool m_reachable = false;
    bool m_revoked = false;
    bool m_busy = false;
    bool m_started = false;
    QDateTime m_lastContact;
    QDateTime m_contactKept; ///< when the last contact was last written to the settings
    /// The last pairing's outcome, said in the language shown when it is read.
    enum class Message { None, Refused, WrongCertificate, Unreachable, Paired, NotKept, Incomplete, Forgotten, NotForgotten };
    Message m_message = Message::None;
    QString m_problem;
    QString m_cursor;       ///< the hub's, from its last answer; empty: read everything
    int m_listening = 0;    ///< the serial of the wait under way; a new pairing starts another
    bool m_waiting = false; ///< a wait is at the hub now
    int m_listenFailures = 0;
    QTimer m_listenRetry;
};
