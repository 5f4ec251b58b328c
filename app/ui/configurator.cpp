#include "configurator.h"

#include "carfacts.h"
#include "catalog/configurationcode.h"
#include "pricing/configurationpricer.h"
#include "catalog/rulegraph.h"
#include "inventory/stockmatcher.h"
#include "inventory/inventoryindex.h"
#include "inventory/inventoryservice.h"
#include "modellinelistmodel.h"

#include <QUrl>

namespace {

constexpr int kMaxUndo = 50;

bool benign(const RuleEngine::Change &change)
{
    // A swap inside paint, wheel or interior, the trim's defaults and the visitor's own tap
    // need no second question; everything else is shown before it happens.
    switch (change.reason.kind) {
    case RuleReason::Kind::Chosen:
    case RuleReason::Kind::Deselected:
    case RuleReason::Kind::OneOf:
    case RuleReason::Kind::Default:
    case RuleReason::Kind::RequiredChoice:
    case RuleReason::Kind::Standard:
        return true;
    case RuleReason::Kind::PackageContent:
        // What a package brings is what the visitor asked for, unless it was paid for already.
        return change.action == RuleEngine::Change::Action::Added;
    default:
        return false;
    }
}

// The configurator's step for an option: paint, wheel, interior, or packages and options.
QString stepOf(OptionKind kind)
{
    return kind == OptionKind::Package || kind == OptionKind::Equipment ? QStringLiteral("options") : RuleGraph::kindName(kind);
}

} // namespace

Configurator::Configurator(InventoryService *inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
{
}

Configurator::~Configurator() = default;

const Catalog &Configurator::catalog() const
{
    static const Catalog empty;
    return m_engine ? m_engine->catalog() : empty;
}

void Configurator::setCatalog(const Catalog &catalog, const Catalog &retired, const QString &market)
{
    m_market = market;
    m_retired = retired;
    m_retired.index();
    m_engine = std::make_unique<RuleEngine>(catalog, market);
    // A build the new catalog no longer knows is dropped rather than shown wrong.
    if (!m_build.isEmpty() && !m_engine->validate(m_build).isEmpty())
        reset();
    touch();
}

void Configurator::setMarket(const QString &market)
{
    if (market == m_market || !m_engine)
        return;
    m_market = market;
    m_engine->setMarket(market);
    touch();
}

void Configurator::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    m_finance.setLocale(locale);
    if (m_pending) {
        const RuleEngine::Outcome outcome = *m_pending;
        propose(outcome, outcome.changes.isEmpty() ? QString() : outcome.changes.first().option);
    }
    touch();
}

void Configurator::setOrigin(double lat, double lon)
{
    m_origin = std::make_pair(lat, lon);
}

void Configurator::reset()
{
    m_line.clear();
    m_build = {};
    m_history.clear();
    m_pending.reset();
    m_pendingView.clear();
    m_notices.clear();
    m_finance.resetChoice();
    touch();
}

void Configurator::touch()
{
    // The plan follows the build's complete price; the visitor's deposit, term and balloon stay.
    const Market *market = m_engine && !m_build.isEmpty() ? catalog().market(m_market) : nullptr;
    m_finance.setSubject(market, market ? totalOf(m_build) : 0);
    ++m_revision;
    emit changed();
}

QString Configurator::lineName() const
{
    const ModelLine *l = catalog().line(m_line);
    return l ? l->name.text(m_language) : QString();
}

QString Configurator::title() const
{
    const CarModel *m = catalog().model(m_build.model);
    const Trim *t = catalog().trim(m_build.trim);
    if (!m || !t)
        return QString();
    return QStringLiteral("%1 %2").arg(m->name.text(m_language), t->name.text(m_language));
}

QString Configurator::currency() const
{
    const Market *m = catalog().market(m_market);
    return m ? m->currency : QString();
}

QString Configurator::money(qint64 minor) const
{
    return Money{minor, currency()}.format(m_locale);
}

QString Configurator::signedMoney(qint64 minor) const
{
    if (minor == 0)
        return tr("No change");
    // The sign stays with the amount, left to right, also inside Arabic text.
    return QStringLiteral("\u2066%1 %2\u2069").arg(minor > 0 ? QStringLiteral("+") : QStringLiteral("−"), money(qAbs(minor)));
}

qint64 Configurator::totalOf(const Configuration &build) const
{
    if (!m_engine || build.isEmpty())
        return 0;
    const ConfigurationPricer::Quote q = ConfigurationPricer(*m_engine, m_market).quote(build);
    return q.ok ? q.total().minor : 0;
}

QVariantList Configurator::models() const
{
    QVariantList out;
    if (!m_engine)
        return out;
    const Catalog &c = catalog();
    for (const CarModel *m : c.modelsOfLine(m_line)) {
        const auto trims = c.trimsOfModel(m->id);
        if (trims.isEmpty())
            continue;
        const Trim *first = trims.first();
        const auto start = m_engine->defaultConfiguration(first->id);
        const qint64 from = start ? totalOf(*start) : 0;
        out << QVariantMap{{QStringLiteral("id"), m->id},
                           {QStringLiteral("name"), m->name.text(m_language)},
                           {QStringLiteral("price"), from > 0 ? tr("From %1").arg(money(from)) : tr("Not sold in this market")},
                           {QStringLiteral("image"), ModelLineListModel::imageUrl(c, m->id, first->defaultPaint, first->defaultWheel,
                                                                                  QStringLiteral("three-quarter"))},
                           {QStringLiteral("selected"), m->id == m_build.model}};
    }
    return out;
}

QVariantList Configurator::trims() const
{
    QVariantList out;
    if (!m_engine || m_build.isEmpty())
        return out;
    const Catalog &c = catalog();
    for (const Trim *t : c.trimsOfModel(m_build.model)) {
        const auto start = m_engine->defaultConfiguration(t->id);
        const qint64 from = start ? totalOf(*start) : 0;
        QStringList highlights;
        for (const QString &id : t->standard) {
            const CatalogOption *o = c.option(id);
            if (o && o->kind == OptionKind::Equipment && highlights.size() < 3)
                highlights << o->name.text(m_language);
        }
        out << QVariantMap{{QStringLiteral("id"), t->id},
                           {QStringLiteral("name"), t->name.text(m_language)},
                           {QStringLiteral("price"), from > 0 ? tr("From %1").arg(money(from)) : tr("Not sold in this market")},
                           {QStringLiteral("detail"), highlights.join(QStringLiteral(" · "))},
                           {QStringLiteral("selected"), t->id == m_build.trim}};
    }
    return out;
}

QString Configurator::imageFor(const QString &view) const
{
    if (m_build.isEmpty())
        return QString();
    const Catalog &c = catalog();
    const auto [paint, wheel] = paintAndWheel();
    return ModelLineListModel::imageUrl(c, m_build.model, paint, wheel, view);
}

std::pair<QString, QString> Configurator::paintAndWheel() const
{
    QString paint, wheel;
    // What is on the car, whether chosen or brought by a package.
    for (const RuleEngine::Item &item : m_engine->items(m_build)) {
        const CatalogOption *o = catalog().option(item.option);
        if (o && o->kind == OptionKind::Paint)
            paint = o->id;
        else if (o && o->kind == OptionKind::Wheel)
            wheel = o->id;
    }
    return {paint, wheel};
}

QString Configurator::price() const
{
    const qint64 total = totalOf(m_build);
    return total > 0 ? money(total) : QString();
}

QString Configurator::priceNote() const
{
    return m_build.isEmpty() ? QString() : tr("Complete price: taxes and fees included");
}

QString Configurator::code() const
{
    if (!m_engine || m_build.isEmpty())
        return QString();
    return ConfigurationCode::encode(*m_engine, m_build);
}

void Configurator::startLine(const QString &line)
{
    if (!catalog().line(line))
        return;
    m_line = line;
    touch();
}

void Configurator::chooseModel(const QString &model)
{
    const auto trims = catalog().trimsOfModel(model);
    if (!m_engine || trims.isEmpty())
        return;
    if (m_build.model == model)
        return;
    const auto start = m_engine->defaultConfiguration(trims.first()->id);
    if (!start)
        return;
    if (const CarModel *m = catalog().model(model))
        m_line = m->line;
    m_pending.reset();
    m_pendingView.clear();
    apply(*start);
}

void Configurator::chooseTrim(const QString &trim)
{
    if (!m_engine || m_build.isEmpty() || trim == m_build.trim)
        return;
    propose(m_engine->changeTrim(m_build, trim), QString());
}

void Configurator::toggle(const QString &option)
{
    if (!m_engine || m_build.isEmpty())
        return;
    const RuleEngine::Status status = m_engine->status(m_build, option);
    if (status.state == RuleEngine::Status::State::Standard || status.state == RuleEngine::Status::State::Included) {
        // Nothing to take off: say why it is there.
        m_pending.reset();
        m_pendingView = {{QStringLiteral("title"), optionName(option)},
                         {QStringLiteral("text"), reasonText(status.reason)},
                         {QStringLiteral("refused"), true}};
        touch();
        return;
    }
    if (status.state == RuleEngine::Status::State::Chosen) {
        const CatalogOption *o = catalog().option(option);
        // Paint, wheels and interior are replaced, not removed: a car always has one.
        if (o && o->kind != OptionKind::Package && o->kind != OptionKind::Equipment)
            return;
        propose(m_engine->deselect(m_build, option), option);
        return;
    }
    propose(m_engine->select(m_build, option), option);
}

void Configurator::propose(const RuleEngine::Outcome &outcome, const QString &requested)
{
    if (!outcome.accepted) {
        m_pending.reset();
        m_pendingView = {{QStringLiteral("title"), requested.isEmpty() ? title() : optionName(requested)},
                         {QStringLiteral("text"), reasonText(outcome.note)},
                         {QStringLiteral("refused"), true}};
        touch();
        return;
    }
    if (!outcome.changed())
        return;
    bool ask = false;
    for (const RuleEngine::Change &change : outcome.changes)
        ask = ask || !benign(change);
    if (!ask) {
        apply(outcome.after);
        return;
    }
    m_pending = outcome;
    QVariantList changes;
    for (const RuleEngine::Change &change : outcome.changes) {
        changes << QVariantMap{{QStringLiteral("id"), change.option},
                               {QStringLiteral("name"), optionName(change.option)},
                               {QStringLiteral("action"), actionText(change.action)},
                               {QStringLiteral("removed"), change.action == RuleEngine::Change::Action::Removed},
                               {QStringLiteral("reason"), change.option == requested ? QString() : reasonText(change.reason)},
                               {QStringLiteral("amount"), signedMoney(change.priceDeltaMinor)}};
    }
    const qint64 after = totalOf(outcome.after);
    const qint64 delta = after - totalOf(outcome.before);
    const bool removing = !requested.isEmpty() && !outcome.after.options.contains(requested)
        && outcome.before.options.contains(requested);
    QString heading;
    if (requested.isEmpty())
        heading = tr("Changing to %1 also changes").arg(catalog().trim(outcome.after.trim)
                                                           ? catalog().trim(outcome.after.trim)->name.text(m_language)
                                                           : outcome.after.trim);
    else if (removing)
        heading = tr("Removing %1 also changes").arg(optionName(requested));
    else
        heading = tr("Adding %1 also changes").arg(optionName(requested));
    m_pendingView = {{QStringLiteral("title"), heading},
                     {QStringLiteral("changes"), changes},
                     {QStringLiteral("text"), tr("Amounts per line are before taxes.")},
                     {QStringLiteral("total"), tr("Your complete price: %1 (%2)").arg(money(after), signedMoney(delta))},
                     {QStringLiteral("refused"), false}};
    touch();
}

void Configurator::confirm()
{
    if (!m_pending) {
        dismiss();
        return;
    }
    const Configuration next = m_pending->after;
    m_pending.reset();
    m_pendingView.clear();
    apply(next);
}

void Configurator::dismiss()
{
    m_pending.reset();
    m_pendingView.clear();
    touch();
}

void Configurator::apply(const Configuration &next)
{
    if (!m_build.isEmpty() && next != m_build) {
        m_history << m_build;
        while (m_history.size() > kMaxUndo)
            m_history.removeFirst();
    }
    m_build = next;
    m_notices.clear();
    touch();
}

void Configurator::undo()
{
    if (m_history.isEmpty())
        return;
    m_build = m_history.takeLast();
    m_pending.reset();
    m_pendingView.clear();
    m_notices.clear();
    touch();
}

QString Configurator::optionName(const QString &id) const
{
    const CatalogOption *o = catalog().option(id);
    if (o)
        return o->name.text(m_language);
    const Trim *t = catalog().trim(id);
    return t ? t->name.text(m_language) : id;
}

QString Configurator::names(const QStringList &ids) const
{
    QStringList out;
    for (const QString &id : ids)
        out << optionName(id);
    return m_locale.createSeparatedList(out);
}

QString Configurator::actionText(RuleEngine::Change::Action action) const
{
    switch (action) {
    case RuleEngine::Change::Action::Added:
        return tr("Added");
    case RuleEngine::Change::Action::Removed:
        return tr("Removed");
    case RuleEngine::Change::Action::NowIncluded:
        return tr("Now included");
    case RuleEngine::Change::Action::NowCharged:
        return tr("Now charged separately");
    }
    return QString();
}

QString Configurator::reasonText(const RuleReason &r) const
{
    const QString others = names(r.options);
    switch (r.kind) {
    case RuleReason::Kind::None:
    case RuleReason::Kind::Chosen:
        return QString();
    case RuleReason::Kind::Deselected:
        return tr("You took it off.");
    case RuleReason::Kind::Requires:
        return tr("%1 needs it.").arg(others);
    case RuleReason::Kind::RequirementLost:
        return tr("It needs %1, which is no longer on the car.").arg(others);
    case RuleReason::Kind::Excludes:
        return tr("It cannot be combined with %1.").arg(others);
    case RuleReason::Kind::OneOf:
        return tr("There is room for one: %1 takes its place.").arg(others);
    case RuleReason::Kind::PackageContent:
        return tr("It comes with %1.").arg(others);
    case RuleReason::Kind::PackageRemoved:
        return tr("It came with %1, which is no longer on the car.").arg(others);
    case RuleReason::Kind::PackageConflict:
        return tr("The package holds something that cannot be combined with %1.").arg(others);
    case RuleReason::Kind::Standard:
        return tr("Standard on this version, at no extra cost.");
    case RuleReason::Kind::NoLongerStandard:
        return tr("Standard on the previous version only.");
    case RuleReason::Kind::NotOffered:
        return r.offeredWith.isEmpty() ? tr("Not offered on this version.")
                                       : tr("Offered with %1.").arg(names(r.offeredWith));
    case RuleReason::Kind::Default:
        return tr("The version's standard choice.");
    case RuleReason::Kind::RequiredChoice:
        return tr("Every car needs one of these.");
    case RuleReason::Kind::Unknown:
        return tr("This choice is not in the catalog.");
    }
    return QString();
}

QVariantList Configurator::choices(const QString &step) const
{
    QVariantList out;
    if (!m_engine || m_build.isEmpty())
        return out;
    const Catalog &c = catalog();
    const qint64 now = totalOf(m_build);
    const QString paint = paintAndWheel().first;
    QList<const CatalogOption *> picked;
    for (const QString &id : m_engine->offered(m_build.trim)) {
        const CatalogOption *o = c.option(id);
        if (o && stepOf(o->kind) == step)
            picked << o;
    }
    if (step == QLatin1String("options"))
        std::stable_sort(picked.begin(), picked.end(), [](const CatalogOption *a, const CatalogOption *b) {
            return (a->kind == OptionKind::Package) > (b->kind == OptionKind::Package);
        });
    for (const CatalogOption *o : picked) {
        const RuleEngine::Status status = m_engine->status(m_build, o->id);
        using State = RuleEngine::Status::State;
        if (step == QLatin1String("options") && status.state == State::Standard)
            continue; // shown with the version's equipment, not as a choice
        QString priceText, stateText;
        switch (status.state) {
        case State::Standard:
            priceText = tr("Standard");
            break;
        case State::Included:
            priceText = tr("Included");
            stateText = reasonText(status.reason);
            break;
        case State::Chosen: {
            const RuleEngine::Outcome off = m_engine->deselect(m_build, o->id);
            const qint64 cost = off.accepted && off.changed() ? now - totalOf(off.after) : 0;
            priceText = cost > 0 ? money(cost) : tr("No extra cost");
            break;
        }
        case State::Available: {
            const RuleEngine::Outcome on = m_engine->select(m_build, o->id);
            const qint64 delta = on.accepted ? totalOf(on.after) - now : 0;
            priceText = delta == 0 ? tr("No extra cost") : signedMoney(delta);
            int more = 0;
            for (const RuleEngine::Change &change : on.changes)
                more += !benign(change);
            if (more > 0)
                stateText = tr("Changes %n other choice(s)", nullptr, more);
            break;
        }
        case State::Unavailable:
            stateText = reasonText(status.reason);
            break;
        }
        const bool selected = status.state == State::Chosen || status.state == State::Included
            || status.state == State::Standard;
        QVariantMap choice{{QStringLiteral("id"), o->id},
                           {QStringLiteral("name"), o->name.text(m_language)},
                           {QStringLiteral("detail"), o->description.text(m_language)},
                           {QStringLiteral("price"), priceText},
                           {QStringLiteral("stateText"), stateText},
                           {QStringLiteral("selected"), selected},
                           {QStringLiteral("enabled"), status.state != State::Unavailable},
                           {QStringLiteral("hex"), o->hex},
                           {QStringLiteral("package"), o->kind == OptionKind::Package}};
        if (o->kind == OptionKind::Wheel)
            choice.insert(QStringLiteral("image"), ModelLineListModel::imageUrl(c, m_build.model, paint, o->id, QStringLiteral("side")));
        if (o->kind == OptionKind::Interior)
            choice.insert(QStringLiteral("detail"), o->material.text(m_language));
        if (o->kind == OptionKind::Package && !o->contents.isEmpty()) // what the package holds
            choice.insert(QStringLiteral("detail"), names(o->contents));
        if (o->kind == OptionKind::Paint)
            choice.insert(QStringLiteral("detail"), o->finish == QLatin1String("metallic") ? tr("Metallic")
                                                  : o->finish == QLatin1String("matte")    ? tr("Matte")
                                                  : o->finish == QLatin1String("pearl")    ? tr("Pearl")
                                                                                           : tr("Solid"));
        out << choice;
    }
    return out;
}

QVariantMap Configurator::summary() const
{
    QVariantMap d;
    if (!m_engine || m_build.isEmpty())
        return d;
    const Catalog &c = catalog();
    const CarModel *model = c.model(m_build.model);
    const Market *market = c.market(m_market);
    const ConfigurationPricer::Quote q = ConfigurationPricer(*m_engine, m_market).quote(m_build);
    if (!model || !market || !q.ok)
        return d;
    d[QStringLiteral("title")] = title();
    d[QStringLiteral("image")] = image();
    d[QStringLiteral("sideImage")] = sideImage();
    d[QStringLiteral("specs")] = CarFacts::specs(model->specs, m_locale);
    QStringList present;
    QStringList colours;
    for (const RuleEngine::Item &item : m_engine->items(m_build)) {
        present << item.option;
        const CatalogOption *o = c.option(item.option);
        if (o && (o->kind == OptionKind::Paint || o->kind == OptionKind::Interior || o->kind == OptionKind::Wheel))
            colours << o->name.text(m_language);
    }
    d[QStringLiteral("colours")] = colours.join(QStringLiteral(" · "));
    d[QStringLiteral("equipment")] = CarFacts::equipment(c, present, m_language);
    QVariantList lines;
    for (const ConfigurationPricer::Line &line : q.lines) {
        if (line.kind == ConfigurationPricer::Line::Kind::Standard || line.kind == ConfigurationPricer::Line::Kind::Included)
            continue;
        const QString label = line.kind == ConfigurationPricer::Line::Kind::Trim ? title() : line.name.text(m_language);
        lines << QVariantMap{{QStringLiteral("label"), label},
                             {QStringLiteral("amount"), line.amountMinor == 0 ? tr("No extra cost") : money(line.amountMinor)}};
    }
    d[QStringLiteral("lines")] = lines;
    d[QStringLiteral("net")] = money(q.netMinor);
    d[QStringLiteral("breakdown")] = CarFacts::breakdown(q.complete, q.currency, m_language, m_locale);
    d[QStringLiteral("total")] = money(q.total().minor);
    const QString code = ConfigurationCode::encode(*m_engine, m_build);
    d[QStringLiteral("code")] = code;
    d[QStringLiteral("qr")] = QStringLiteral("image://qr/")
        + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("https://vitrine.example/build/%1").arg(code)));
    return d;
}

QVariantMap Configurator::openCode(const QString &text)
{
    if (!m_engine)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("problem"), tr("The catalog is not loaded yet.")}};
    const ConfigurationCode::Decoded d = ConfigurationCode::decode(text, *m_engine, &m_retired);
    if (d.status == ConfigurationCode::Decoded::Status::Invalid)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("problem"), tr("This code has a typing mistake or is incomplete. Please check each character.")}};
    QStringList notices;
    for (const ConfigurationCode::Difference &x : d.differences) {
        const QString what = x.id.isEmpty() ? tr("A choice") : (catalog().option(x.id) ? optionName(x.id) : x.name);
        switch (x.kind) {
        case ConfigurationCode::Difference::Kind::ModelGone:
            notices << tr("The model of this code is no longer offered; this is the closest one today.");
            break;
        case ConfigurationCode::Difference::Kind::TrimGone:
            notices << tr("The version of this code is no longer offered; this is the closest one today.");
            break;
        case ConfigurationCode::Difference::Kind::OptionGone:
            notices << tr("%1 is no longer offered.").arg(what);
            break;
        case ConfigurationCode::Difference::Kind::OptionReplaced:
            notices << tr("%1 is no longer offered; %2 takes its place.").arg(what, optionName(x.replacement));
            break;
        case ConfigurationCode::Difference::Kind::OptionRefused:
        case ConfigurationCode::Difference::Kind::OptionDropped:
            notices << tr("%1 is no longer possible on this build.").arg(what);
            break;
        case ConfigurationCode::Difference::Kind::CatalogUpdated:
            notices << tr("Prices or rules have changed since this code was made; everything shown is today's.");
            break;
        }
    }
    m_history.clear();
    m_pending.reset();
    m_pendingView.clear();
    if (const CarModel *m = catalog().model(d.configuration.model))
        m_line = m->line;
    m_build = d.configuration;
    m_notices = notices;
    touch();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("exact"), notices.isEmpty()}};
}

QVariantList Configurator::similar(int limit) const
{
    QVariantList out;
    if (!m_engine || m_build.isEmpty() || !m_inventory)
        return out;
    const auto snapshot = m_inventory->snapshot();
    if (!snapshot)
        return out;
    const Catalog &c = snapshot->catalog;
    const auto origin = m_origin;
    const StockMatcher::Distance distance = [&c, origin](const Vehicle &v) -> std::optional<double> {
        const Studio *s = c.studio(v.location);
        if (!origin || !s || !s->hasCoordinates)
            return std::nullopt;
        return InventoryIndex::distanceKm(origin->first, origin->second, s->lat, s->lon);
    };
    const StockMatcher matcher(*m_engine);
    // Cars sold in this studio's market: a price in another currency or a car across the world
    // is no answer to "can I have it sooner".
    // Only cars of the build's line are put back together: the others could never come close.
    const CarModel *built = c.model(m_build.model);
    QList<Vehicle> here;
    const VehicleStore &stock = snapshot->vehicles;
    for (qsizetype i = 0; i < stock.size(); ++i) {
        const Vehicle v = stock.at(i);
        const Studio *s = c.studio(v.location);
        const CarModel *model = c.model(v.model);
        if (s && s->market == m_market && model && built && model->line == built->line)
            here << v;
    }
    const auto matches = matcher.rank(m_build, Money{totalOf(m_build), currency()}, here, distance, limit);
    for (const StockMatcher::Match &m : matches) {
        const Vehicle &v = here.at(m.index);
        const CarModel *model = c.model(v.model);
        const Trim *trim = c.trim(v.trim);
        QStringList why{tr("%1 of your %2 choices").arg(m.choicesMatched).arg(m.choices)};
        if (m.sameTrim)
            why << tr("same version");
        if (m.samePaint)
            why << tr("same colour");
        if (m.distanceKm)
            why << tr("%1 km away").arg(m_locale.toString(*m.distanceKm, 'f', *m.distanceKm < 10 ? 1 : 0));
        out << QVariantMap{{QStringLiteral("vehicleId"), v.id},
                           {QStringLiteral("title"), QStringLiteral("%1 %2").arg(model ? model->name.text(m_language) : v.model,
                                                                                  trim ? trim->name.text(m_language) : v.trim)},
                           {QStringLiteral("image"), ModelLineListModel::imageUrl(c, v.model, v.paint, v.wheel, QStringLiteral("side"))},
                           {QStringLiteral("price"), v.price.format(m_locale)},
                           {QStringLiteral("why"), why.join(QStringLiteral(" · "))},
                           {QStringLiteral("score"), qRound(m.score)}};
    }
    return out;
}
