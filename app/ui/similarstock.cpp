#include "similarstock.h"

#include "catalog/ruleengine.h"
#include "inventory/inventoryindex.h"
#include "inventory/stockmatcher.h"
#include "modellinelistmodel.h"

#include <QtConcurrent>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

QList<SimilarStock::Row> rank(const RuleEngine &engine, const InventoryService::Snapshot &snapshot, const SimilarStock::Search &s)
{
    const Catalog &c = snapshot.catalog;
    const auto origin = s.origin;
    const StockMatcher::Distance distance = [&c, origin](const Vehicle &v) -> std::optional<double> {
        const Studio *place = c.studio(v.location);
        if (!origin || !place || !place->hasCoordinates) // a dealer without a position has no distance
            return std::nullopt;
        return InventoryIndex::distanceKm(origin->first, origin->second, place->lat, place->lon);
    };
    // Cars sold in this studio's market: a price in another currency or a car across the world
    // is no answer to "can I have it sooner". Only cars of the build's line are put back together:
    // the others could never come close.
    const CarModel *built = c.model(s.build.model);
    QList<Vehicle> here;
    const VehicleStore &stock = snapshot.vehicles;
    for (qsizetype i = 0; i < stock.size(); ++i) {
        const Vehicle v = stock.at(i);
        const Studio *place = c.studio(v.location);
        const CarModel *model = c.model(v.model);
        if (place && place->market == s.market && model && built && model->line == built->line)
            here << v;
    }
    QList<SimilarStock::Row> rows;
    for (const StockMatcher::Match &m :
         StockMatcher(engine).rank(s.build, Money{s.buildPriceMinor, s.currency}, here, distance, s.limit)) {
        const Vehicle &v = here.at(m.index);
        const CarModel *model = c.model(v.model);
        const Trim *trim = c.trim(v.trim);
        QStringList why{SimilarStock::tr("%1 of your %2 choices").arg(m.choicesMatched).arg(m.choices)};
        if (m.sameTrim)
            why << SimilarStock::tr("same version");
        if (m.samePaint)
            why << SimilarStock::tr("same colour");
        if (m.distanceKm)
            why << s.words.away(*m.distanceKm, v.location);
        rows << SimilarStock::Row{v.id,
                                  QStringLiteral("%1 %2").arg(model ? model->name.text(s.language) : v.model,
                                                              trim ? trim->name.text(s.language) : v.trim),
                                  ModelLineListModel::imageUrl(c, v.model, v.paint, v.wheel, QStringLiteral("side")),
                                  s.words.price(v.price),
                                  why.join(QStringLiteral(" · ")),
                                  qRound(m.score)};
    }
    return rows;
}

} // namespace

QVariant SimilarStock::Row::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return vehicleId;
    case 1:
        return title;
    case 2:
        return image;
    case 3:
        return price;
    case 4:
        return why;
    case 5:
        return score;
    }
    return {};
}

QHash<int, QByteArray> SimilarStock::Row::roleNames()
{
    return {{FirstRole, "vehicleId"}, {FirstRole + 1, "title"}, {FirstRole + 2, "image"},
            {FirstRole + 3, "price"}, {FirstRole + 4, "why"},   {FirstRole + 5, "score"}};
}

SimilarStock::SimilarStock(QObject *parent)
    : QObject(parent)
    , m_cars(this)
{
    connect(&m_watcher, &QFutureWatcher<QList<Row>>::finished, this, [this] {
        m_cars.setRows(m_watcher.result());
        emit carsChanged();
        emit loadingChanged();
    });
}

SimilarStock::~SimilarStock()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void SimilarStock::find(const RuleEngine &engine, std::shared_ptr<const InventoryService::Snapshot> snapshot,
                        const Search &search)
{
    if (!snapshot)
        return;
    // The engine is copied (it shares its index); the snapshot is kept alive by the worker.
    m_watcher.setFuture(
        QtConcurrent::run([engine = RuleEngine(engine), snapshot, search] { return rank(engine, *snapshot, search); }));
    emit loadingChanged();
}

void SimilarStock::clear()
{
    m_cars.setRows({});
    emit carsChanged();
}
