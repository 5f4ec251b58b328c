// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildsummary.h"
#include "catalog/catalog.h"
#include "catalog/configuration.h"
#include "catalog/ruleengine.h"
#include "financequote.h"
#include "inventory/visitrecommender.h"
#include "kiosk/phonelinks.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"
#include "similarstock.h"

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class InventoryService;
class RuleWording;

/// The configurator for QML: one build in progress, walked from model line to summary. Every
/// tap goes through the rule engine; when a choice brings more changes than itself, they wait
/// as the pending change (what comes, what goes, why, and the price effect) until the visitor
/// confirms. Prices are complete (taxes and fees of the studio's market) and formatted for the
/// language. Everything shown is worked out when the build or the language changes, never when
/// QML reads it.
class Configurator : public QObject, public QmlSingleton<Configurator>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString line READ line NOTIFY changed)
    Q_PROPERTY(QString lineName READ lineName NOTIFY changed)
    Q_PROPERTY(QString model READ model NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString trim READ trim NOTIFY changed)
    /// The step being shown: model, trim, paint, wheel, interior or options.
    Q_PROPERTY(QString step READ step WRITE setStep NOTIFY stepChanged)
    /// The step's choices: id, name, detail, price, stateText, selected, enabled, hex, image, package.
    Q_PROPERTY(QAbstractItemModel *choices READ choices CONSTANT)
    /// The car as built, exact paint and wheels; on the interior step its cabin.
    Q_PROPERTY(QString image READ image NOTIFY changed)
    /// The complete price (taxes and fees included) and what it includes, always shown.
    Q_PROPERTY(QString price READ price NOTIFY changed)
    Q_PROPERTY(QString priceNote READ priceNote NOTIFY changed)
    /// The build's monthly plan; deposit, term and balloon chosen as on a car's detail page.
    Q_PROPERTY(FinanceQuote *finance READ finance CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    /// A proposed step waiting for the visitor, or a choice refused with its reason.
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingTitle READ pendingTitle NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingTotal READ pendingTotal NOTIFY pendingChanged)
    /// True when nothing can change: the sheet only explains.
    Q_PROPERTY(bool pendingRefused READ pendingRefused NOTIFY pendingChanged)
    /// What the proposed step changes: name, action, reason, amount, removed.
    Q_PROPERTY(QAbstractItemModel *pendingChanges READ pendingChanges CONSTANT)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    /// What changed when a code made on an older catalog was opened (texts), until the next step.
    Q_PROPERTY(QStringList notices READ notices NOTIFY changed)
    /// Why the last code typed could not be opened.
    Q_PROPERTY(QString codeProblem READ codeProblem NOTIFY codeProblemChanged)
    Q_PROPERTY(BuildSummary *summary READ summary CONSTANT)
    /// Stock cars closest to the build, found when asked for (findSimilar).
    Q_PROPERTY(SimilarStock *similar READ similar CONSTANT)

public:
    struct ChoiceRow {
        QString id, name, detail, price, stateText, hex, image;
        bool selected = false, enabled = true, package = false;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const ChoiceRow &) const = default;
    };
    struct ChangeRow {
        QString id, name, action, reason, amount;
        bool removed = false;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const ChangeRow &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    Configurator(InventoryService *inventory, QObject *parent);
    ~Configurator() override;

    /// The catalog to configure from, the records it no longer offers (so an older code can name
    /// what is gone), and the market whose prices apply (the studio's).
    void setCatalog(const Catalog &catalog, const Catalog &retired, const QString &market);
    void setMarket(const QString &market);
    /// The studio this screen stands in: distances to the stock near a build are told from it,
    /// in its market's unit.
    void setHomeStudio(const QString &studioId) { m_homeStudio = studioId; }
    /// Where the summary's QR code leads (the studio's phone pages, in the visitor's language).
    void setPhoneLinks(const PhoneLinks &links);
    /// The visitor's car valued at `estimateLow`, and whether the build's plan counts it.
    void setTradeIn(const Money &estimateLow, bool used);
    /// The build as the visit's recommendations see it: body, paint, model, complete price.
    std::optional<CarTraits> buildTraits() const;
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setOrigin(double lat, double lon);
    /// The visitor left: the build in progress is gone.
    void reset();

    bool active() const { return !m_build.isEmpty(); }
    QString line() const { return m_line; }
    QString lineName() const { return m_lineName; }
    QString model() const { return m_build.model; }
    QString title() const { return m_title; }
    QString trim() const { return m_build.trim; }
    QString step() const { return m_step; }
    void setStep(const QString &step);
    QAbstractItemModel *choices() { return &m_choices; }
    const QList<ChoiceRow> &choiceRows() const { return m_choices.rows(); }
    QString image() const { return m_image; }
    QString price() const { return m_price; }
    QString priceNote() const;
    FinanceQuote *finance() { return &m_finance; }
    bool canUndo() const { return !m_history.isEmpty(); }
    bool pending() const { return !m_pendingTitle.isEmpty(); }
    QString pendingTitle() const { return m_pendingTitle; }
    QString pendingText() const { return m_pendingText; }
    QString pendingTotal() const { return m_pendingTotal; }
    bool pendingRefused() const { return m_pendingRefused; }
    QAbstractItemModel *pendingChanges() { return &m_pendingChanges; }
    const QList<ChangeRow> &pendingChangeRows() const { return m_pendingChanges.rows(); }
    QString code() const { return m_code; }
    QStringList notices() const { return m_notices; }
    QString codeProblem() const { return m_codeProblem; }
    BuildSummary *summary() { return &m_summary; }
    SimilarStock *similar() { return &m_similar; }
    /// The build as it stands (tests and the composition root).
    const Configuration &build() const { return m_build; }

    Q_INVOKABLE void startLine(const QString &line);
    /// Starts a build of the model in its first trim, with the trim's defaults.
    Q_INVOKABLE void chooseModel(const QString &model);
    Q_INVOKABLE void chooseTrim(const QString &trim);
    /// Adds the option, or takes it off when it is on the car.
    Q_INVOKABLE void toggle(const QString &option);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void dismiss();
    Q_INVOKABLE void undo();
    /// Opens a configuration code; false with `codeProblem` when it cannot be read. What changed
    /// since it was made lands in `notices`.
    Q_INVOKABLE bool openCode(const QString &code);
    /// The visitor reached the build's summary, which shows its code: the build counts as
    /// finished in the studio's anonymous insights, with its paint, wheels and options.
    Q_INVOKABLE void summaryShown();
    /// Looks for stock cars close to the build (the answer arrives in `similar`).
    Q_INVOKABLE void findSimilar();

signals:
    void changed();
    void stepChanged();
    void pendingChanged();
    void codeProblemChanged();

private:
    void apply(const Configuration &next);
    void propose(const RuleEngine::Outcome &outcome, const QString &requested);
    void explain(const QString &title, const QString &text);
    void clearPending();
    const Catalog &catalog() const;
    QString imageFor(const QString &view) const;
    /// The paint, wheels or interior on the car as built.
    QString onTheCar(OptionKind kind) const;
    QString money(qint64 minor) const;
    QString signedMoney(qint64 minor) const;
    RuleWording wording() const;
    /// The car the build's plan may count, and whether it does: one valued here as the visitor
    /// chose, else one a reopened code carried.
    struct CarOffer {
        Money estimate;
        bool counted = false;
    };
    CarOffer carOffer() const;
    qint64 totalOf(const Configuration &build) const;
    QString currency() const;
    /// Works out everything shown from the build, the step and the language.
    void touch();
    QList<ChoiceRow> modelRows() const;
    QList<ChoiceRow> trimRows() const;
    QList<ChoiceRow> optionRows(const QString &step) const;

    InventoryService *m_inventory;
    std::unique_ptr<RuleEngine> m_engine;
    Catalog m_retired;
    FinanceQuote m_finance;
    BuildSummary m_summary;
    SimilarStock m_similar;
    QString m_market;
    QString m_homeStudio;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    PhoneLinks m_links;
    Money m_tradeIn; ///< valued on this screen in this visit
    bool m_tradeInUsed = false;
    Money m_codeTradeIn; ///< carried by a reopened code, until the visitor values a car here
    std::optional<std::pair<double, double>> m_origin;
    QString m_line;
    QString m_step = QStringLiteral("model");
    Configuration m_build;
    QList<Configuration> m_history;
    std::optional<RuleEngine::Outcome> m_pending;
    QString m_pendingTitle, m_pendingText, m_pendingTotal;
    bool m_pendingRefused = false;
    QStringList m_notices;
    QString m_codeProblem;
    // What is shown, worked out in touch().
    QString m_lineName, m_title, m_image, m_price, m_code;
    RowListModel<ChoiceRow> m_choices;
    RowListModel<ChangeRow> m_pendingChanges;
};
