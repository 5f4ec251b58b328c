// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "choicelistmodel.h"
#include "insights/insightfindings.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"

#include <QLocale>
#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include <algorithm>
#include <functional>

class DatabaseQueue;
class StudioHub;

/// Staff mode's insights: what this screen's visits came to in a period beside the period
/// before — the funnel, findings in plain words, the most viewed models and most chosen paints,
/// wheels and options, what visitors looked for and did not find, the busiest hours and the
/// screens — as rows the charts draw, each group of fewer than five visits hidden; and every
/// table exported as CSV to a USB stick. Read on the database worker; on a screen paired with a
/// hub, the studio's or the whole chain's as the hub counted them (GET /v1/insights).
class StaffInsights : public QObject, public QmlSingleton<StaffInsights>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// today, 7, 30 or custom
    Q_PROPERTY(QString period READ period NOTIFY changed)
    Q_PROPERTY(ChoiceListModel *periodChoices READ periodChoices CONSTANT)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY changed)
    /// The custom period's first and last day, as shown.
    Q_PROPERTY(QString firstDay READ firstDay NOTIFY changed)
    Q_PROPERTY(QString lastDay READ lastDay NOTIFY changed)
    Q_PROPERTY(QString previousLabel READ previousLabel NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    /// Rows of each table: label, detail, figure, previous, note, share (0–1 of the table's
    /// largest, for the bar), hidden, number.
    Q_PROPERTY(QAbstractItemModel *funnel READ funnel CONSTANT)
    Q_PROPERTY(QAbstractItemModel *findings READ findings CONSTANT)
    Q_PROPERTY(QAbstractItemModel *models READ models CONSTANT)
    Q_PROPERTY(QAbstractItemModel *paints READ paints CONSTANT)
    Q_PROPERTY(QAbstractItemModel *wheels READ wheels CONSTANT)
    Q_PROPERTY(QAbstractItemModel *options READ options CONSTANT)
    Q_PROPERTY(QAbstractItemModel *nothingFound READ nothingFound CONSTANT)
    /// Visits per hour of the day, 0–23 (every day of the period together).
    Q_PROPERTY(QAbstractItemModel *hours READ hours CONSTANT)
    /// Whether any hour had visits enough to show (five or more).
    Q_PROPERTY(bool hoursShown READ hoursShown NOTIFY changed)
    /// Visits per day of the week, Monday first (every week of the period together).
    Q_PROPERTY(QAbstractItemModel *days READ days CONSTANT)
    Q_PROPERTY(QAbstractItemModel *screens READ screens CONSTANT)
    /// Visits per day of the period: {label, value, before} (-1: hidden), the largest value, and
    /// the same in words (the chart's text alternative).
    Q_PROPERTY(QVariantList trend READ trend NOTIFY changed)
    Q_PROPERTY(int trendMax READ trendMax NOTIFY changed)
    Q_PROPERTY(QString trendText READ trendText NOTIFY changed)
    /// Studio events: visits to each event's page, with the places taken; and the same by kind.
    Q_PROPERTY(QAbstractItemModel *events READ events CONSTANT)
    Q_PROPERTY(QAbstractItemModel *eventKinds READ eventKinds CONSTANT)
    /// Where the tables can be written: USB sticks and the screen's event folders (path, name).
    Q_PROPERTY(QAbstractItemModel *exportFolders READ exportFolders CONSTANT)
    Q_PROPERTY(int exportFolderCount READ exportFolderCount NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// Paired with a hub: "This screen / This studio / All studios" are offered.
    Q_PROPERTY(bool atHub READ atHub NOTIFY changed)
    /// screen (this screen's own, read here), studio or chain (read at the hub)
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    Q_PROPERTY(ChoiceListModel *scopeChoices READ scopeChoices CONSTANT)
    /// Studios side by side (the chain's scope).
    Q_PROPERTY(QAbstractItemModel *studios READ studios CONSTANT)
    /// Why the hub's figures are not shown (out of reach), in calm words; empty when they are.
    Q_PROPERTY(QString hubProblem READ hubProblem NOTIFY changed)

public:
    struct Row {
        QString label, detail, figure, previous, note;
        double share = 0;
        bool hidden = false;
        int number = 0;
        QString key() const { return QString::number(number); }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Row &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    StaffInsights(DatabaseQueue *queue, QObject *parent);

    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    /// The hub the studio's and chain's figures come from, and the studio this screen stands in.
    void setHub(StudioHub *hub);
    void setStudio(const QString &studioId) { m_studio = studioId; }
    void setZone(const QTimeZone &zone) { m_zone = zone; }
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    /// Folders beside the removable drives where the CSV files may go.
    void setFolders(const QStringList &folders) { m_folders = folders; }
    /// For tests: the time "today" is read at.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    QString period() const { return m_period; }
    ChoiceListModel *periodChoices() { return &m_periodChoices; }
    QString periodLabel() const { return m_periodLabel; }
    QString firstDay() const { return m_locale.toString(m_first, QLocale::ShortFormat); }
    QString lastDay() const { return m_locale.toString(m_last, QLocale::ShortFormat); }
    QString previousLabel() const { return m_previousLabel; }
    bool loading() const { return m_loading; }
    QAbstractItemModel *funnel() { return &m_funnel; }
    QAbstractItemModel *findings() { return &m_findings; }
    QAbstractItemModel *models() { return &m_models; }
    QAbstractItemModel *paints() { return &m_paints; }
    QAbstractItemModel *wheels() { return &m_wheels; }
    QAbstractItemModel *options() { return &m_options; }
    QAbstractItemModel *nothingFound() { return &m_nothing; }
    QAbstractItemModel *hours() { return &m_hours; }
    bool hoursShown() const
    {
        return std::any_of(m_hours.rows().cbegin(), m_hours.rows().cend(), [](const Row &r) { return !r.hidden; });
    }
    QAbstractItemModel *days() { return &m_days; }
    QAbstractItemModel *screens() { return &m_screens; }
    QAbstractItemModel *events() { return &m_events; }
    QVariantList trend() const { return m_trend; }
    int trendMax() const { return int(m_trendMax); }
    QString trendText() const { return m_trendText; }
    QAbstractItemModel *eventKinds() { return &m_eventKinds; }
    QAbstractItemModel *exportFolders() { return &m_exportFolders; }
    int exportFolderCount() const { return int(m_exportFolders.rows().size()); }
    QString message() const { return m_message; }
    bool atHub() const;
    QString scope() const { return m_scope; }
    ChoiceListModel *scopeChoices() { return &m_scopeChoices; }
    QAbstractItemModel *studios() { return &m_studios; }
    QString hubProblem() const { return m_hubProblem; }

    /// Reads the chosen period again (on opening the page).
    Q_INVOKABLE void refresh();
    /// today, 7, 30 or custom (the days shown now, to be moved with shiftDay()).
    Q_INVOKABLE void choosePeriod(const QString &period);
    /// Moves the custom period's first (or last) day by `days`, never past the other or today.
    Q_INVOKABLE void shiftDay(bool first, int days);
    /// A custom span of days (ISO dates, inclusive).
    Q_INVOKABLE void chooseDays(const QString &first, const QString &last);
    /// screen, studio or chain (the last two only when paired with a hub).
    Q_INVOKABLE void chooseScope(const QString &scope);
    /// Looks for USB sticks again.
    Q_INVOKABLE void findFolders();
    /// Writes every table of the period as CSV into `folder`.
    Q_INVOKABLE void exportTo(const QString &folder);

signals:
    void changed();
    void messageChanged();
    /// The page's tables are filled for the chosen period (tests wait for it).
    void loaded();

private:
    struct Read;
    void apply(const Read &read);
    QString modelName(const QString &code) const;
    QString optionName(const QString &code) const;
    QString studioName(const QString &id) const;
    /// The query of the hub's insights for the chosen scope and `period`.
    QString hubQuery(const InsightPeriod &period) const;
    /// Asks the hub for the chosen scope's figures of `period`.
    void askHub(const InsightPeriod &period, int generation);
    void loadedAs(const Read &read, int generation);
    void setMessage(const QString &message);

    DatabaseQueue *m_queue;
    StudioHub *m_hub = nullptr;
    QString m_studio;
    QString m_scope = QStringLiteral("screen");
    QString m_hubProblem;
    Catalog m_catalog;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    QStringList m_folders;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_period = QStringLiteral("7");
    QDate m_first, m_last;
    QString m_periodLabel, m_previousLabel;
    bool m_loading = false;
    bool m_shown = false; ///< staff have opened the insights: a language change reads them again
    int m_generation = 0;
    RowListModel<Row> m_funnel, m_findings, m_models, m_paints, m_wheels, m_options, m_nothing, m_hours, m_days, m_screens;
    RowListModel<Row> m_events, m_eventKinds, m_studios;
    QVariantList m_trend;
    qint64 m_trendMax = 0;
    QString m_trendText;
    RowListModel<Row> m_exportFolders;
    ChoiceListModel m_periodChoices;
    ChoiceListModel m_scopeChoices;
    QString m_message;
};
