// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventoryservice.h"
#include "inventory/tradein.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Finder;

/// "Value my car" for QML: the visitor's car as they describe it (or the year and maker a VIN
/// gives, the VIN itself forgotten at once), valued on a worker by TradeInEstimator from the
/// finder's stock snapshot in the studio's market, and told honestly: the range, how many cars
/// it rests on and the three closest. Nothing of it outlives the visit.
class TradeInValuation : public QObject, public QmlSingleton<TradeInValuation>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TradeIn)
    QML_SINGLETON
    /// Makes of the used cars in stock (the brand's own under its name), for choices.
    Q_PROPERTY(QStringList makes READ makes NOTIFY choicesChanged)
    /// Models of the chosen make in stock.
    Q_PROPERTY(QStringList models READ models NOTIFY choicesChanged)
    Q_PROPERTY(QString make READ make WRITE setMake NOTIFY requestChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY requestChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY requestChanged)
    /// In the market's unit (`unit`).
    Q_PROPERTY(int mileage READ mileage WRITE setMileage NOTIFY requestChanged)
    /// The mileage as the market writes a number ("30.000" in German), empty for none: shown in
    /// its field while the visitor is not typing in it.
    Q_PROPERTY(QString mileageText READ mileageText NOTIFY requestChanged)
    /// 0 excellent, 1 good, 2 fair.
    Q_PROPERTY(int condition READ condition WRITE setCondition NOTIFY requestChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY choicesChanged)
    /// Enough said to ask for an estimate.
    Q_PROPERTY(bool complete READ complete NOTIFY requestChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY resultChanged)
    /// An estimate for the car as it is described now (valued or not).
    Q_PROPERTY(bool answered READ answered NOTIFY resultChanged)
    Q_PROPERTY(bool valued READ valued NOTIFY resultChanged)
    Q_PROPERTY(QString range READ range NOTIFY resultChanged)
    Q_PROPERTY(int basis READ basis NOTIFY resultChanged)
    /// vehicleId, title, year, mileage, price
    Q_PROPERTY(QAbstractItemModel *comparables READ comparables CONSTANT)
    /// What the last VIN said, or why it said nothing.
    Q_PROPERTY(QString vinNote READ vinNote NOTIFY requestChanged)
    /// The visitor wants the car paid into the deposit of the monthly plans they look at (at the
    /// low end of its estimate); false again when the car or the estimate changes.
    Q_PROPERTY(bool useAsDeposit READ useAsDeposit WRITE setUseAsDeposit NOTIFY creditChanged)

public:
    struct Row {
        QString vehicleId, title, year, mileage, price;
        QString key() const { return vehicleId; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Row &) const = default;
    };

    TradeInValuation(InventoryService *service, Finder *finder, QObject *parent = nullptr);
    ~TradeInValuation() override;

    QStringList makes() const { return m_makes; }
    QStringList models() const { return m_models; }
    QString make() const { return m_request.make; }
    QString model() const { return m_request.model; }
    int year() const { return m_request.year; }
    QString mileageText() const;
    int mileage() const { return m_mileage; }
    int condition() const { return int(m_request.condition); }
    QString unit() const { return m_unit; }
    bool complete() const;
    bool loading() const { return m_watcher.isRunning(); }
    bool answered() const { return m_answered; }
    bool valued() const { return m_estimate.valued; }
    QString range() const { return m_range; }
    int basis() const { return m_estimate.basis; }
    QAbstractItemModel *comparables() { return &m_rows; }
    const QList<Row> &rows() const { return m_rows.rows(); }
    QString vinNote() const { return m_vinNote; }
    const TradeInEstimate &lastEstimate() const { return m_estimate; }
    bool useAsDeposit() const { return m_useAsDeposit && m_estimate.valued; }
    void setUseAsDeposit(bool use);
    /// What a monthly plan may count the car at: the low end of a valued estimate (none without).
    Money estimateLow() const { return m_estimate.valued ? m_estimate.low : Money{}; }
    /// The car and its estimate as staff receive them with an expert call or a booking: make,
    /// model, year, mileage and unit, condition, the range and how many cars it rests on. No
    /// VIN, nothing of the person; empty when the visitor valued no car.
    QJsonObject forStaff() const;
    /// That car in one line for staff: "Brings a Volvo XC60, 2021, 40,000 km, good: estimated
    /// 321,900 kr – 329,600 kr on 12 cars, counted in the deposit"; empty for no car.
    static QString staffLine(const QJsonObject &car, const QLocale &locale);

    void setMake(const QString &make);
    void setModel(const QString &model);
    void setYear(int year);
    void setMileage(int mileage);
    void setCondition(int condition);
    /// The brand's name, which its own cars go by.
    void setBrand(const QString &brand);
    void setLanguage(const QString &feedLanguage);

    /// The makes and models in stock now, and the market's unit: when the page opens.
    Q_INVOKABLE void prepare();
    /// Fills the year and the maker from a VIN; the VIN is not kept. False when it says nothing.
    Q_INVOKABLE bool readVin(const QString &vin);
    /// Values the car as described, on a worker.
    Q_INVOKABLE void estimate();
    /// The visitor left: nothing of their car remains.
    Q_INVOKABLE void reset();

    /// The request as the estimator sees it (the mileage in the market's unit, its currency).
    TradeInRequest request() const;
    /// Make and model a stock car goes by on this page.
    static TradeInEstimator::Names namesFor(const Catalog &catalog, const QString &brand, const QString &language);
    /// The brand's terms for the market of the studio.
    static TradeInPolicy policyFor(const Catalog &catalog, const QString &studioId);

signals:
    void choicesChanged();
    void requestChanged();
    void resultChanged();
    /// The estimate or the visitor's wish to use it as a deposit changed.
    void creditChanged();

private:
    void changeRequest();
    /// The estimate in the visitor's language and the market's money and unit.
    void present();
    void updateModels();
    void wordVinNote();

    InventoryService *m_service;
    Finder *m_finder;
    QString m_brand;
    QString m_language = QStringLiteral("en");
    TradeInRequest m_request;
    int m_mileage = 0;
    QString m_unit = QStringLiteral("km");
    bool m_vinRead = false;
    TradeInEstimator::VinFacts m_vinFacts; ///< what the last VIN said (the VIN is not kept)
    QString m_vinNote;
    QStringList m_makes, m_models;
    QHash<QString, QStringList> m_modelsOf; ///< by make, as stock names them
    bool m_answered = false;
    bool m_useAsDeposit = false;
    TradeInEstimate m_estimate;
    QString m_range;
    RowListModel<Row> m_rows;
    QFutureWatcher<TradeInEstimate> m_watcher;
    /// The stock grouped for estimates, kept while the snapshot it was built from is current.
    struct IndexCache {
        QMutex mutex;
        std::weak_ptr<const InventoryService::Snapshot> snapshot;
        QString key; ///< currency, brand and language it names cars in
        std::shared_ptr<const TradeInIndex> index;
    };
    std::shared_ptr<IndexCache> m_indexCache = std::make_shared<IndexCache>();
    int m_serial = 0;   ///< counts changes to the car
    int m_pending = -1; ///< the change the running estimate is for
};
