// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventoryservice.h"
#include "inventory/visitrecommender.h"
#include "marketwords.h"
#include "rowlistmodel.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

/// "You might also like" for one page of one visit — a car's page or a build's summary — from
/// what the visit itself looked at, filtered and configured (VisitRecommender, on a worker over
/// the stock snapshot), each car with the reason that is true of it in the visitor's words.
/// Nothing is kept beyond the visit: the Finder that holds these forgets them with it.
class VisitSuggestions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Finder")
    /// vehicleId, title, image, price, why
    Q_PROPERTY(QAbstractItemModel *cars READ cars CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY carsChanged)

public:
    struct Row {
        QString vehicleId, title, image, price, why;
        QString key() const { return vehicleId; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Row &) const = default;
    };

    struct Request {
        VisitSignals visit;
        QString language;
        QLocale locale;
        MarketWords words; ///< the studio's market: which cars, its money and unit
        Money tradeIn;     ///< the visitor's car counted in the deposit; none: zero
        int limit = 4;
    };

    explicit VisitSuggestions(QObject *parent = nullptr);
    ~VisitSuggestions() override;

    QAbstractItemModel *cars() { return &m_cars; }
    const QList<Row> &rows() const { return m_cars.rows(); }
    int count() const { return int(m_cars.rows().size()); }

    /// Starts finding; what an earlier search finds afterwards is dropped.
    void find(std::shared_ptr<const InventoryService::Snapshot> snapshot, const Request &request);
    void clear();

    /// The work itself, on any thread: the recommendations for the studio's market and their rows.
    static QList<Row> suggest(const InventoryService::Snapshot &snapshot, const Request &request,
                              QList<Recommendation> *recommendations = nullptr);
    /// What the recommender needs of a car: body, colour (paint id, or the dealer's colour
    /// folded), model, price, and the monthly rate with the visitor's car counted when it is.
    static VisitRecommender::Traits traitsFor(const Catalog &catalog, const QString &market, const Money &tradeIn,
                                              std::optional<qint64> priceCapMinor);

signals:
    void carsChanged();

private:
    RowListModel<Row> m_cars;
    QFutureWatcher<QList<Row>> m_watcher;
};
