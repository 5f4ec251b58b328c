#pragma once

#include "catalog/configuration.h"
#include "inventory/inventoryservice.h"
#include "marketwords.h"
#include "rowlistmodel.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class RuleEngine;

/// Stock cars closest to a build — of the studio's market and the build's line, ranked by
/// StockMatcher, each saying why — found on a worker over the stock snapshot, so a large stock
/// never holds the screen.
class SimilarStock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Configurator")
    /// vehicleId, title, image, price, why, score
    Q_PROPERTY(QAbstractItemModel *cars READ cars CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY carsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    struct Row {
        QString vehicleId, title, image, price, why;
        int score = 0;
        QString key() const { return vehicleId; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Row &) const = default;
    };

    struct Search {
        Configuration build;
        qint64 buildPriceMinor = 0;
        QString currency;
        QString market;
        std::optional<std::pair<double, double>> origin;
        QString language;
        QLocale locale;
        MarketWords words; ///< the studio's market: its unit
        int limit = 12;
    };

    explicit SimilarStock(QObject *parent = nullptr);
    ~SimilarStock() override;

    QAbstractItemModel *cars() { return &m_cars; }
    const QList<Row> &rows() const { return m_cars.rows(); }
    int count() const { return int(m_cars.rows().size()); }
    bool loading() const { return m_watcher.isRunning(); }

    /// Starts a search; what an earlier one finds afterwards is dropped.
    void find(const RuleEngine &engine, std::shared_ptr<const InventoryService::Snapshot> snapshot, const Search &search);
    void clear();

signals:
    void carsChanged();
    void loadingChanged();

private:
    RowListModel<Row> m_cars;
    QFutureWatcher<QList<Row>> m_watcher;
    int m_serial = 0;
};
