// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightevent.h"
#include "qmlsingleton.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class Catalog;
class DatabaseQueue;
class KioskSession;

/// The anonymous record of the visit at this screen: a new random visit id at the first touch,
/// forgotten at the idle wipe, and each step of the journeys written as an event on the
/// database worker. Journeys call note(); QML tells which page is shown.
class VisitInsights : public QObject, public QmlSingleton<VisitInsights>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /// How long each event is kept before it is folded into daily totals.
    static constexpr int kRetentionDays = 90;

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    VisitInsights(DatabaseQueue *queue, KioskSession *session, QObject *parent);
    ~VisitInsights() override;

    /// The one of this screen, or none (a journey class under test on its own).
    static VisitInsights *current();

    void setScreen(const QString &name) { m_screen = name; }
    QString screen() const { return m_screen; }
    void setLanguage(const QString &code) { m_language = code; }
    /// The catalog's words in every language, which searches keep (InsightEvent::catalogWords).
    void setVocabulary(QSet<QString> words) { m_vocabulary = std::move(words); }
    const QSet<QString> &vocabulary() const { return m_vocabulary; }
    /// Every word of the catalog's names (lines, models, trims, options) in every language.
    static QSet<QString> vocabularyOf(const Catalog &catalog);

    /// The event of the visit going on now, for work that writes it inside its own transaction
    /// (a booking, a request); none outside a visit.
    std::optional<InsightEvent> event(InsightEvent::Kind kind, const QString &subject = {}, const QString &detail = {},
                                      std::optional<qint64> value = std::nullopt) const;
    /// Writes an event of the visit going on now; nothing outside a visit.
    static void note(InsightEvent::Kind kind, const QString &subject = {}, const QString &detail = {},
                     std::optional<qint64> value = std::nullopt);
    /// Writes an event once per visit (a day seen fully booked, however often the list redraws).
    static void noteOnce(InsightEvent::Kind kind, const QString &subject = {}, const QString &detail = {});
    /// A search as typed: only its catalog words are kept.
    static void noteSearch(const QString &typed, qint64 found);

    /// The page the visitor sees now ("finder", "detail", "configurator" …).
    Q_INVOKABLE void page(const QString &name);

    /// The visit's id, empty between visits (tests).
    QString visit() const { return m_visit; }

private:
    void write(const InsightEvent &event);
    void onActiveChanged();

    DatabaseQueue *m_queue;
    KioskSession *m_session;
    QString m_visit;
    QString m_screen;
    QString m_language = QStringLiteral("en");
    QString m_lastPage;
    QSet<QString> m_once;
    QSet<QString> m_vocabulary;
};
