// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitinsights.h"

#include "catalog/catalog.h"
#include "insights/insightrecorder.h"
#include "kiosk/kiosksession.h"
#include "storage/databasequeue.h"

#include <QRegularExpression>

namespace {
VisitInsights *s_current = nullptr;
}

VisitInsights::VisitInsights(DatabaseQueue *queue, KioskSession *session, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_session(session)
{
    s_current = this;
    if (m_session)
        connect(m_session, &KioskSession::activeChanged, this, &VisitInsights::onActiveChanged);
}

VisitInsights::~VisitInsights()
{
    if (s_current == this)
        s_current = nullptr;
}

QSet<QString> VisitInsights::vocabularyOf(const Catalog &catalog)
{
    static const QStringList languages{QStringLiteral("en"),    QStringLiteral("de"),    QStringLiteral("fr"),
                                       QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ar")};
    static const QRegularExpression separators(QStringLiteral("[\\s,;/()·\\-]+"));
    QSet<QString> words;
    const auto add = [&](const LocalizedText &text) {
        for (const QString &language : languages) {
            const QString t = text.text(language).toCaseFolded();
            words.insert(t); // a whole name ("蓝色") as well as its words
            for (const QString &w : t.split(separators, Qt::SkipEmptyParts))
                words.insert(w);
        }
    };
    for (const ModelLine &l : catalog.lines)
        add(l.name);
    for (const CarModel &m : catalog.models)
        add(m.name);
    for (const Trim &t : catalog.trims)
        add(t.name);
    for (const CatalogOption &o : catalog.options)
        add(o.name);
    words.remove(QString());
    return words;
}

VisitInsights *VisitInsights::current()
{
    return s_current;
}

void VisitInsights::onActiveChanged()
{
    if (m_session->active()) {
        m_visit = InsightEvent::newVisitId();
        m_lastPage.clear();
        if (auto e = event(InsightEvent::Kind::VisitStarted))
            write(*e);
        return;
    }
    if (auto e = event(InsightEvent::Kind::VisitEnded))
        write(*e);
    // The idle wipe: nothing of this visit is kept in memory.
    m_visit.clear();
    m_lastPage.clear();
    m_once.clear();
}

std::optional<InsightEvent> VisitInsights::event(InsightEvent::Kind kind, const QString &subject, const QString &detail,
                                                 std::optional<qint64> value) const
{
    if (m_visit.isEmpty())
        return std::nullopt;
    // The studio is left to the recorder, which reads this screen's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return InsightEvent{kind, m_visit, now, subject, detail, value, m_language, m_screen, QString()};
}

void VisitInsights::write(const InsightEvent &event)
{
    if (!m_queue)
        return;
    m_queue->post([event](QSqlDatabase &db) {
        QString error;
        if (!InsightRecorder(db).record(event, &error))
            qCWarning(lcInsights) << "an event was not written:" << error;
    });
}

void VisitInsights::note(InsightEvent::Kind kind, const QString &subject, const QString &detail, std::optional<qint64> value)
{
    if (!s_current)
        return;
    if (auto e = s_current->event(kind, subject, detail, value))
        s_current->write(*e);
}

void VisitInsights::noteOnce(InsightEvent::Kind kind, const QString &subject, const QString &detail)
{
    if (!s_current || s_current->m_visit.isEmpty())
        return;
    const QString key = InsightEvent::kindName(kind) + QChar(0x1F) + subject + QChar(0x1F) + detail;
    if (s_current->m_once.contains(key))
        return;
    s_current->m_once.insert(key);
    note(kind, subject, detail);
}

void VisitInsights::noteSearch(const QString &typed, qint64 found)
{
    if (!s_current || typed.trimmed().isEmpty())
        return;
    QString words = InsightEvent::catalogWords(typed, s_current->m_vocabulary);
    // Words the catalog does not know are never kept; that something was searched still counts.
    if (words.isEmpty())
        words = QStringLiteral("…");
    note(InsightEvent::Kind::TextSearched, words, {}, found);
}

void VisitInsights::page(const QString &name)
{
    if (name.isEmpty() || name == m_lastPage)
        return;
    m_lastPage = name;
    note(InsightEvent::Kind::PageShown, name.left(40));
}
