#pragma once

#include "catalog/catalog.h"
#include "catalog/configuration.h"
#include "catalog/ruleengine.h"
#include "financequote.h"
#include "qmlsingleton.h"

#include <QLocale>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class InventoryService;

/// The configurator for QML: one build in progress, walked from model line to summary. Every
/// tap goes through the rule engine; when a choice brings more changes than itself, they wait
/// in `pending` (what comes, what goes, why, and the price effect) until the visitor confirms.
/// Prices are complete (taxes and fees of the studio's market) and formatted for the language.
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
    /// The models of the chosen line: {id, name, price, image, selected}.
    Q_PROPERTY(QVariantList models READ models NOTIFY changed)
    /// The trims of the chosen model: {id, name, price, detail, selected}.
    Q_PROPERTY(QVariantList trims READ trims NOTIFY changed)
    /// The car as built: exact paint and wheels.
    Q_PROPERTY(QString image READ image NOTIFY changed)
    Q_PROPERTY(QString sideImage READ sideImage NOTIFY changed)
    /// The complete price (taxes and fees included) and what it includes, always shown.
    Q_PROPERTY(QString price READ price NOTIFY changed)
    Q_PROPERTY(QString priceNote READ priceNote NOTIFY changed)
    /// The build's monthly plan; deposit, term and balloon chosen as on a car's detail page.
    Q_PROPERTY(FinanceQuote *finance READ finance CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    /// A proposed step waiting for the visitor: {title, text, changes: [{name, action, reason,
    /// amount}], total, refused}. Empty when nothing waits.
    Q_PROPERTY(QVariantMap pending READ pending NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    /// What changed when a code made on an older catalog was opened (texts), until the next step.
    Q_PROPERTY(QStringList notices READ notices NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    Configurator(InventoryService *inventory, QObject *parent);
    ~Configurator() override;

    /// The catalog to configure from, the records it no longer offers (so an older code can name
    /// what is gone), and the market whose prices apply (the studio's).
    void setCatalog(const Catalog &catalog, const Catalog &retired, const QString &market);
    void setMarket(const QString &market);
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setOrigin(double lat, double lon);
    /// The visitor left: the build in progress is gone.
    void reset();

    bool active() const { return !m_build.isEmpty(); }
    QString line() const { return m_line; }
    QString lineName() const;
    QString model() const { return m_build.model; }
    QString title() const;
    QString trim() const { return m_build.trim; }
    QVariantList models() const;
    QVariantList trims() const;
    QString image() const { return imageFor(QStringLiteral("three-quarter")); }
    QString sideImage() const { return imageFor(QStringLiteral("side")); }
    QString price() const;
    QString priceNote() const;
    FinanceQuote *finance() { return &m_finance; }
    bool canUndo() const { return !m_history.isEmpty(); }
    QVariantMap pending() const { return m_pendingView; }
    QString code() const;
    QStringList notices() const { return m_notices; }
    int revision() const { return m_revision; }

    Q_INVOKABLE void startLine(const QString &line);
    /// Starts a build of the model in its first trim, with the trim's defaults.
    Q_INVOKABLE void chooseModel(const QString &model);
    Q_INVOKABLE void chooseTrim(const QString &trim);
    /// The choices of one step: "paint", "wheel", "interior" or "options" (packages, then
    /// equipment). Each: {id, name, detail, price, state, stateText, selected, enabled, hex,
    /// image, category}.
    Q_INVOKABLE QVariantList choices(const QString &step) const;
    /// Adds the option, or takes it off when it is on the car.
    Q_INVOKABLE void toggle(const QString &option);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void dismiss();
    Q_INVOKABLE void undo();
    /// Picture, specs, equipment, price breakdown, monthly rate, code and its QR code.
    Q_INVOKABLE QVariantMap summary() const;
    /// Opens a configuration code: {ok, problem}; what changed since lands in `notices`.
    Q_INVOKABLE QVariantMap openCode(const QString &code);
    /// Stock cars closest to the build: {vehicleId, title, image, price, why, score}.
    Q_INVOKABLE QVariantList similar(int limit = 6) const;

signals:
    void changed();

private:
    void apply(const Configuration &next);
    void propose(const RuleEngine::Outcome &outcome, const QString &requested);
    const Catalog &catalog() const;
    QString imageFor(const QString &view) const;
    /// The paint and wheels on the car as built, chosen or brought by a package.
    std::pair<QString, QString> paintAndWheel() const;
    QString money(qint64 minor) const;
    QString signedMoney(qint64 minor) const;
    QString optionName(const QString &id) const;
    QString names(const QStringList &ids) const;
    QString reasonText(const RuleReason &reason) const;
    QString actionText(RuleEngine::Change::Action action) const;
    qint64 totalOf(const Configuration &build) const;
    QString currency() const;
    void touch();

    InventoryService *m_inventory;
    std::unique_ptr<RuleEngine> m_engine;
    Catalog m_retired;
    FinanceQuote m_finance;
    QString m_market;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    std::optional<std::pair<double, double>> m_origin;
    QString m_line;
    Configuration m_build;
    QList<Configuration> m_history;
    std::optional<RuleEngine::Outcome> m_pending;
    QVariantMap m_pendingView;
    QStringList m_notices;
    int m_revision = 0;
};
