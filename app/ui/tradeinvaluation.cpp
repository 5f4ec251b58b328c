// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradeinvaluation.h"

#include "carnames.h"
#include "common/bidi.h"
#include "finder.h"

#include <QDate>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcTradeIn, "vitrine.tradein")

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant TradeInValuation::Row::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return vehicleId;
    case 1:
        return title;
    case 2:
        return year;
    case 3:
        return mileage;
    case 4:
        return price;
    }
    return {};
}

QHash<int, QByteArray> TradeInValuation::Row::roleNames()
{
    return {{FirstRole, "vehicleId"},
            {FirstRole + 1, "title"},
            {FirstRole + 2, "year"},
            {FirstRole + 3, "mileage"},
            {FirstRole + 4, "price"}};
}

TradeInValuation::TradeInValuation(InventoryService *service, Finder *finder, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_finder(finder)
    , m_rows(this)
{
    connect(&m_watcher, &QFutureWatcher<TradeInEstimate>::finished, this, [this] {
        if (m_pending != m_serial || m_watcher.future().resultCount() == 0) { // the car changed meanwhile
            emit resultChanged();
            return;
        }
        m_estimate = m_watcher.result();
        m_answered = true;
        present();
        emit resultChanged();
        emit creditChanged();
    });
}

QString TradeInValuation::staffLine(const QJsonObject &car, const QLocale &locale)
{
    if (car.isEmpty())
        return {};
    const QString condition = car.value(QStringLiteral("condition")).toString();
    const QString state = condition == QLatin1String("excellent") ? tr("excellent")
        : condition == QLatin1String("fair")                      ? tr("fair")
                                                                  : tr("good");
    const QString unit = car.value(QStringLiteral("unit")).toString() == QLatin1String("mi") ? tr("mi") : tr("km");
    const QString what = tr("Brings a %1 %2, %3, %4 %5, %6")
                             .arg(car.value(QStringLiteral("make")).toString(), car.value(QStringLiteral("model")).toString())
                             .arg(car.value(QStringLiteral("year")).toInt())
                             .arg(locale.toString(car.value(QStringLiteral("mileage")).toInteger()), unit, state);
    if (!car.value(QStringLiteral("valued")).toBool())
        return tr("%1: too few cars like it in stock for an estimate; to be valued").arg(what);
    const QString currency = car.value(QStringLiteral("currency")).toString();
    // The range read in the language's direction, as on the visitor's page: in Arabic from the right.
    const QString range = Bidi::range(Money{car.value(QStringLiteral("low_minor")).toInteger(), currency}.format(locale),
                                      Money{car.value(QStringLiteral("high_minor")).toInteger(), currency}.format(locale), locale,
                                      QStringLiteral(" – "));
    const int basis = car.value(QStringLiteral("basis")).toInt();
    return car.value(QStringLiteral("as_deposit")).toBool()
        ? tr("%1: estimated %2 on %n cars, counted in the deposit", "", basis).arg(what, range)
        : tr("%1: estimated %2 on %n cars", "", basis).arg(what, range);
}

void TradeInValuation::setUseAsDeposit(bool use)
{
    if (use == m_useAsDeposit)
        return;
    m_useAsDeposit = use;
    emit creditChanged();
}

QJsonObject TradeInValuation::forStaff() const
{
    if (!m_answered)
        return {};
    static const char *const conditions[] = {"excellent", "good", "fair"};
    QJsonObject car{{QStringLiteral("make"), m_request.make},
                    {QStringLiteral("model"), m_request.model},
                    {QStringLiteral("year"), m_request.year},
                    {QStringLiteral("mileage"), m_mileage},
                    {QStringLiteral("unit"), m_unit},
                    {QStringLiteral("condition"), QLatin1String(conditions[int(m_request.condition)])},
                    {QStringLiteral("basis"), m_estimate.basis},
                    {QStringLiteral("valued"), m_estimate.valued},
                    {QStringLiteral("as_deposit"), useAsDeposit()}};
    if (m_estimate.valued) {
        car.insert(QStringLiteral("currency"), m_estimate.low.currency);
        car.insert(QStringLiteral("low_minor"), m_estimate.low.minor);
        car.insert(QStringLiteral("high_minor"), m_estimate.high.minor);
    }
    return car;
}

TradeInValuation::~TradeInValuation()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool TradeInValuation::complete() const
{
    return !m_request.make.trimmed().isEmpty() && !m_request.model.trimmed().isEmpty() && m_request.year >= 1950
        && m_request.year <= QDate::currentDate().year() + 1 && m_mileage >= 0;
}

void TradeInValuation::changeRequest()
{
    // What was said about another car is no answer for this one.
    ++m_serial;
    // A note of what the VIN said is about another car once the visitor names a different maker
    // or year: "Volvo, model year 2022, from the VIN" stood beside another brand's name.
    const TradeInEstimator::VinFacts &vin = m_vinFacts;
    if (m_vinRead
        && ((!vin.make.isEmpty() && m_request.make.compare(vin.make, Qt::CaseInsensitive) != 0)
            || (vin.year > 0 && m_request.year != vin.year))) {
        m_vinRead = false;
        m_vinFacts = {};
        wordVinNote();
    }
    const bool had = m_answered; // an estimate, and so any credit, comes only with an answer
    m_answered = false;
    m_estimate = {};
    m_useAsDeposit = false;
    m_range.clear();
    m_rows.setRows({});
    emit requestChanged();
    if (had) {
        emit resultChanged();
        emit creditChanged();
    }
}

void TradeInValuation::setMake(const QString &make)
{
    if (make == m_request.make)
        return;
    m_request.make = make;
    updateModels();
    changeRequest();
}

void TradeInValuation::setModel(const QString &model)
{
    if (model == m_request.model)
        return;
    m_request.model = model;
    changeRequest();
}

void TradeInValuation::setYear(int year)
{
    if (year == m_request.year)
        return;
    m_request.year = year;
    changeRequest();
}

void TradeInValuation::setMileage(int mileage)
{
    if (mileage == m_mileage)
        return;
    m_mileage = mileage;
    changeRequest();
}

QString TradeInValuation::mileageText() const
{
    return m_mileage > 0 ? m_finder->words().locale().toString(m_mileage) : QString();
}

void TradeInValuation::setCondition(int condition)
{
    const auto c = TradeInRequest::Condition(std::clamp(condition, 0, 2));
    if (c == m_request.condition)
        return;
    m_request.condition = c;
    changeRequest();
}

void TradeInValuation::setBrand(const QString &brand)
{
    m_brand = brand;
}

void TradeInValuation::setLanguage(const QString &feedLanguage)
{
    if (feedLanguage == m_language)
        return;
    m_language = feedLanguage;
    // The same car and figures, in the visitor's new language.
    if (!m_makes.isEmpty())
        prepare();
    if (m_vinRead)
        wordVinNote();
    emit requestChanged(); // the VIN's note and the mileage in the new language's way
    if (m_answered) {
        present();
        emit resultChanged();
    }
}

void TradeInValuation::present()
{
    const MarketWords &words = m_finder->words();
    // In the reading direction, as the finder's ranges: in Arabic the low end on the right.
    m_range = m_estimate.valued
        ? Bidi::range(words.price(m_estimate.low), words.price(m_estimate.high), words.locale(), QStringLiteral(" – "))
        : QString();
    QList<Row> rows;
    const auto snapshot = m_service->snapshot();
    for (const TradeInComparable &c : std::as_const(m_estimate.closest)) {
        const std::optional<Vehicle> v = snapshot ? snapshot->vehicles.find(c.vehicleId) : std::nullopt;
        rows << Row{c.vehicleId, v ? CarNames::title(*v, snapshot->catalog, m_language) : QString(), QString::number(c.year),
                    words.mileage(c.mileage), words.price(c.price)};
    }
    m_rows.setRows(rows);
}

TradeInEstimator::Names TradeInValuation::namesFor(const Catalog &catalog, const QString &brand, const QString &language)
{
    return TradeInEstimator::catalogNames(catalog, brand, language);
}

TradeInPolicy TradeInValuation::policyFor(const Catalog &catalog, const QString &studioId)
{
    return TradeInPolicy::ofStudio(catalog, studioId);
}

void TradeInValuation::prepare()
{
    const auto snapshot = m_service->snapshot();
    const MarketWords &words = m_finder->words();
    m_unit = words.unitName();
    m_modelsOf.clear();
    if (snapshot) {
        const auto names = namesFor(snapshot->catalog, m_brand, m_language);
        const VehicleStore &stock = snapshot->vehicles;
        QHash<QString, QSet<QString>> seen;
        for (qsizetype i = 0; i < stock.size(); ++i) {
            const Vehicle v = stock.at(i);
            if (v.condition == Vehicle::Condition::New || v.price.currency != words.currency())
                continue;
            const auto [make, model] = names(v);
            if (!make.isEmpty() && !model.isEmpty())
                seen[make].insert(model);
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            QStringList models(it.value().cbegin(), it.value().cend());
            models.sort(Qt::CaseInsensitive);
            m_modelsOf.insert(it.key(), models);
        }
    }
    m_makes = m_modelsOf.keys();
    m_makes.sort(Qt::CaseInsensitive);
    updateModels();
    emit choicesChanged();
}

void TradeInValuation::updateModels()
{
    m_models.clear();
    for (auto it = m_modelsOf.cbegin(); it != m_modelsOf.cend(); ++it) {
        if (it.key().compare(m_request.make.simplified(), Qt::CaseInsensitive) == 0)
            m_models = it.value();
    }
    emit choicesChanged();
}

bool TradeInValuation::readVin(const QString &vin)
{
    // Only what the VIN says is kept, never the VIN.
    const TradeInEstimator::VinFacts facts = TradeInEstimator::readVin(vin, QDate::currentDate().year());
    m_vinRead = true;
    m_vinFacts = facts;
    wordVinNote();
    if (facts.year == 0 && facts.make.isEmpty()) {
        emit requestChanged();
        return false;
    }
    if (facts.year > 0)
        m_request.year = facts.year;
    if (!facts.make.isEmpty()) {
        m_request.make = facts.make;
        updateModels();
    }
    changeRequest();
    return true;
}

void TradeInValuation::wordVinNote()
{
    const TradeInEstimator::VinFacts &facts = m_vinFacts;
    if (!m_vinRead)
        m_vinNote.clear();
    else if (facts.year == 0 && facts.make.isEmpty())
        m_vinNote = tr("This VIN tells us nothing we can use. Please check it, or enter the car below.");
    else if (facts.make.isEmpty())
        m_vinNote = tr("Model year %1 from the VIN. The VIN itself is not kept.").arg(facts.year);
    // The make isolated: "Volvo" first would set an Arabic sentence left to right.
    else if (facts.year > 0)
        m_vinNote = tr("%1, model year %2, from the VIN. The VIN itself is not kept.")
                        .arg(Bidi::inSentence(facts.make, m_finder->words().locale()))
                        .arg(facts.year);
    else
        m_vinNote = tr("%1 from the VIN. The VIN itself is not kept.")
                        .arg(Bidi::inSentence(facts.make, m_finder->words().locale()));
}

TradeInRequest TradeInValuation::request() const
{
    TradeInRequest r = m_request;
    r.make = r.make.simplified();
    r.model = r.model.simplified();
    const MarketWords &words = m_finder->words();
    r.mileage = Mileage{m_mileage, words.miles() ? Mileage::Unit::Mi : Mileage::Unit::Km};
    r.currency = words.currency();
    return r;
}

void TradeInValuation::estimate()
{
    const auto snapshot = m_service->snapshot();
    if (!snapshot || !complete())
        return;
    const TradeInRequest request = this->request();
    const TradeInPolicy policy = policyFor(snapshot->catalog, m_finder->words().studioId());
    m_pending = m_serial;
    m_watcher.setFuture(
        QtConcurrent::run([snapshot, request, policy, brand = m_brand, language = m_language, cache = m_indexCache] {
            QElapsedTimer timer;
            timer.start();
            std::shared_ptr<const TradeInIndex> index;
            const QString key = request.currency + QChar(0x1f) + brand + QChar(0x1f) + language;
            {
                const QMutexLocker lock(&cache->mutex);
                if (cache->snapshot.lock() == snapshot && cache->key == key)
                    index = cache->index;
            }
            if (!index) {
                // Once per stock snapshot (and currency, brand and language): only cars that could be
                // comparables are put back together from the compact store, grouped by their names.
                QList<Vehicle> used;
                const VehicleStore &stock = snapshot->vehicles;
                for (qsizetype i = 0; i < stock.size(); ++i) {
                    Vehicle v = stock.at(i);
                    if (v.condition != Vehicle::Condition::New && v.price.currency == request.currency)
                        used << std::move(v);
                }
                index = std::make_shared<const TradeInIndex>(std::move(used), namesFor(snapshot->catalog, brand, language));
                const QMutexLocker lock(&cache->mutex);
                cache->snapshot = snapshot;
                cache->key = key;
                cache->index = index;
            }
            TradeInEstimate e = index->estimate(request, policy);
            qCDebug(lcTradeIn) << "estimate over" << index->size() << "cars in" << timer.nsecsElapsed() / 1000 << "µs";
            return e;
        }));
    emit resultChanged();
}

void TradeInValuation::reset()
{
    m_request = {};
    m_mileage = 0;
    m_vinRead = false;
    m_vinFacts = {};
    m_vinNote.clear();
    m_models.clear();
    changeRequest();
    m_answered = false;
    emit resultChanged();
    emit choicesChanged();
}
