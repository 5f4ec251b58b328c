// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurator.h"
#include "visitinsights.h"

#include "catalog/configurationcode.h"
#include "catalog/rulegraph.h"
#include "common/bidi.h"
#include "inventory/inventoryservice.h"
#include "modellinelistmodel.h"
#include "pricing/configurationpricer.h"
#include "rulewording.h"

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

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant Configurator::ChoiceRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return name;
    case 2:
        return detail;
    case 3:
        return price;
    case 4:
        return stateText;
    case 5:
        return hex;
    case 6:
        return image;
    case 7:
        return selected;
    case 8:
        return enabled;
    case 9:
        return package;
    }
    return {};
}

QHash<int, QByteArray> Configurator::ChoiceRow::roleNames()
{
    return {{FirstRole, "choiceId"},      {FirstRole + 1, "name"},   {FirstRole + 2, "detail"}, {FirstRole + 3, "price"},
            {FirstRole + 4, "stateText"}, {FirstRole + 5, "hex"},    {FirstRole + 6, "image"},  {FirstRole + 7, "selected"},
            {FirstRole + 8, "enabled"},   {FirstRole + 9, "package"}};
}

QVariant Configurator::ChangeRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return name;
    case 2:
        return action;
    case 3:
        return reason;
    case 4:
        return amount;
    case 5:
        return removed;
    }
    return {};
}

QHash<int, QByteArray> Configurator::ChangeRow::roleNames()
{
    return {{FirstRole, "optionId"},   {FirstRole + 1, "name"},   {FirstRole + 2, "action"},
            {FirstRole + 3, "reason"}, {FirstRole + 4, "amount"}, {FirstRole + 5, "removed"}};
}

Configurator::Configurator(InventoryService *inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_choices(this)
    , m_pendingChanges(this)
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

void Configurator::setPhoneLinks(const PhoneLinks &links)
{
    if (links == m_links)
        return;
    m_links = links;
    touch();
}

void Configurator::setTradeIn(const Money &estimateLow, bool used)
{
    if (estimateLow == m_tradeIn && used == m_tradeInUsed)
        return;
    m_tradeIn = estimateLow;
    m_tradeInUsed = used;
    if (estimateLow.minor > 0)
        m_codeTradeIn = {};
    touch();
}

std::optional<CarTraits> Configurator::buildTraits() const
{
    const CarModel *model = m_engine && !m_build.isEmpty() ? catalog().model(m_build.model) : nullptr;
    if (!model)
        return std::nullopt;
    CarTraits t;
    t.body = model->body;
    t.colour = onTheCar(OptionKind::Paint);
    t.modelKey = model->id;
    t.price = Money{totalOf(m_build), currency()};
    return t;
}

Configurator::CarOffer Configurator::carOffer() const
{
    if (m_tradeIn.minor > 0)
        return {m_tradeIn, m_tradeInUsed};
    return {m_codeTradeIn, m_codeTradeIn.minor > 0};
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
    // Cars like the build, when shown, are found again to be told in the new language: their
    // reasons in its words, their prices in its way of writing them.
    if (m_similar.count() > 0 || m_similar.loading())
        findSimilar();
    touch();
}

void Configurator::setOrigin(double lat, double lon)
{
    m_origin = std::make_pair(lat, lon);
}

void Configurator::reset()
{
    m_line.clear();
    m_step = QStringLiteral("model");
    m_build = {};
    m_history.clear();
    clearPending();
    m_notices.clear();
    m_codeProblem.clear();
    m_codeTradeIn = {};
    m_finance.resetChoice();
    m_similar.clear();
    emit stepChanged();
    emit codeProblemChanged();
    touch();
}

void Configurator::setStep(const QString &step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged();
    touch();
}

RuleWording Configurator::wording() const
{
    return RuleWording(catalog(), m_language, m_locale);
}

void Configurator::touch()
{
    const Catalog &c = catalog();
    const ModelLine *line = c.line(m_line);
    m_lineName = line ? line->name.text(m_language) : QString();
    const CarModel *m = c.model(m_build.model);
    const Trim *t = c.trim(m_build.trim);
    m_title = m && t ? Bidi::pair(m->name.text(m_language), t->name.text(m_language)) : QString();
    // The interior step shows the cabin in the interior on the car; every other step the car.
    const QString car = imageFor(QStringLiteral("three-quarter"));
    m_image = m_step == QLatin1String("interior") && !m_build.isEmpty()
        ? ModelLineListModel::cabinUrl(c, m_build.model, onTheCar(OptionKind::Interior))
        : car;
    const qint64 total = totalOf(m_build);
    m_price = total > 0 ? money(total) : QString();
    const Market *market = m_engine && !m_build.isEmpty() ? c.market(m_market) : nullptr;
    // The car paid into the deposit travels with the code, in hundreds of the market's money.
    const CarOffer offer = carOffer();
    const qint64 carHundreds = market && offer.counted && offer.estimate.currency == market->currency
        ? offer.estimate.minor / (100 * Money::kMinorPerMajor)
        : 0;
    m_code = market ? ConfigurationCode::encodeWithTradeIn(*m_engine, m_build, carHundreds) : QString();
    m_choices.setRows(!m_engine                              ? QList<ChoiceRow>()
                          : m_step == QLatin1String("model") ? modelRows()
                          : m_step == QLatin1String("trim")  ? trimRows()
                                                             : optionRows(m_step));
    // The plan follows the build's complete price; the visitor's deposit, term and balloon stay.
    m_finance.setTradeIn(offer.estimate, offer.counted);
    m_finance.setSubject(market, market ? total : 0);
    if (m_engine && !m_build.isEmpty())
        m_summary.update(*m_engine, m_build, m_market,
                         {m_title, car, m_language, m_locale, m_links, carHundreds, m_finance.tradeInNote()});
    else if (m_summary.valid())
        m_summary.clear();
    emit changed();
}

QString Configurator::priceNote() const
{
    return m_build.isEmpty() ? QString() : tr("Complete price: taxes and fees included");
}

void Configurator::findSimilar()
{
    if (!m_engine || m_build.isEmpty() || !m_inventory)
        return;
    SimilarStock::Search search;
    search.build = m_build;
    search.buildPriceMinor = totalOf(m_build);
    search.currency = currency();
    search.market = m_market;
    search.origin = m_origin;
    search.language = m_language;
    search.locale = m_locale;
    search.words = MarketWords(catalog(), m_homeStudio, m_language, m_locale);
    m_similar.find(*m_engine, m_inventory->snapshot(), search);
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

QList<Configurator::ChoiceRow> Configurator::modelRows() const
{
    QList<ChoiceRow> out;
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
        ChoiceRow row;
        row.id = m->id;
        row.name = m->name.text(m_language);
        row.price = from > 0 ? tr("From %1").arg(money(from)) : tr("Not sold in this market");
        row.image = ModelLineListModel::imageUrl(c, m->id, first->defaultPaint, first->defaultWheel,
                                                 QStringLiteral("three-quarter"));
        row.selected = m->id == m_build.model;
        out << row;
    }
    return out;
}

QList<Configurator::ChoiceRow> Configurator::trimRows() const
{
    QList<ChoiceRow> out;
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
        ChoiceRow row;
        row.id = t->id;
        row.name = t->name.text(m_language);
        row.price = from > 0 ? tr("From %1").arg(money(from)) : tr("Not sold in this market");
        row.detail = highlights.join(QStringLiteral(" · "));
        row.selected = t->id == m_build.trim;
        out << row;
    }
    return out;
}

QString Configurator::imageFor(const QString &view) const
{
    if (m_build.isEmpty())
        return QString();
    return ModelLineListModel::imageUrl(catalog(), m_build.model, onTheCar(OptionKind::Paint), onTheCar(OptionKind::Wheel), view);
}

QString Configurator::onTheCar(OptionKind kind) const
{
    // Chosen or brought by a package: what the car has.
    for (const RuleEngine::Item &item : m_engine->items(m_build)) {
        const CatalogOption *o = catalog().option(item.option);
        if (o && o->kind == kind)
            return o->id;
    }
    return QString();
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
    clearPending();
    apply(*start);
    VisitInsights::note(InsightEvent::Kind::ConfigurationStarted, model);
}

void Configurator::summaryShown()
{
    if (m_build.isEmpty() || m_code.isEmpty())
        return;
    // A model built is counted once per visit, however often its summary is opened again.
    VisitInsights::noteOnce(InsightEvent::Kind::ConfigurationFinished, m_build.model);
    VisitInsights::noteOnce(InsightEvent::Kind::CodeCreated, m_build.model);
    for (const QString &id : std::as_const(m_build.options)) {
        const CatalogOption *o = catalog().option(id);
        const InsightEvent::Kind kind = !o ? InsightEvent::Kind::OptionChosen
            : o->kind == OptionKind::Paint ? InsightEvent::Kind::PaintChosen
            : o->kind == OptionKind::Wheel ? InsightEvent::Kind::WheelsChosen
                                           : InsightEvent::Kind::OptionChosen;
        VisitInsights::noteOnce(kind, m_build.model, id);
    }
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
        const RuleWording words = wording();
        explain(words.optionName(option), words.reason(status.reason));
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
    const RuleWording words = wording();
    if (!outcome.accepted) {
        explain(requested.isEmpty() ? m_title : words.optionName(requested), words.reason(outcome.note));
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
    // Each line at the price the list shows for it now (taxes included); the engine's net
    // delta says whether its charge comes or goes.
    const ConfigurationPricer pricer(*m_engine, m_market);
    const ConfigurationPricer::Quote now = pricer.quote(outcome.before);
    QList<ChangeRow> changes;
    for (const RuleEngine::Change &change : outcome.changes) {
        using Action = RuleEngine::Change::Action;
        QString amount;
        if (change.priceDeltaMinor != 0) {
            const qint64 own = pricer.optionPriceMinor(now, change.option);
            amount = signedMoney(change.priceDeltaMinor > 0 ? own : -own);
        } else if (change.action != Action::Removed) {
            amount = change.reason.kind == RuleReason::Kind::Standard ? tr("Standard") : tr("Included");
        }
        changes << ChangeRow{change.option,
                             words.optionName(change.option),
                             words.action(change.action),
                             change.option == requested ? QString() : words.reason(change.reason),
                             amount,
                             change.action == Action::Removed};
    }
    const qint64 after = totalOf(outcome.after);
    const qint64 delta = after - totalOf(outcome.before);
    const bool removing = !requested.isEmpty() && !outcome.after.options.contains(requested)
        && outcome.before.options.contains(requested);
    QString heading;
    if (requested.isEmpty())
        heading = tr("Changing to %1 also changes")
                      .arg(catalog().trim(outcome.after.trim) ? catalog().trim(outcome.after.trim)->name.text(m_language)
                                                              : outcome.after.trim);
    else if (removing)
        heading = tr("Removing %1 also changes").arg(words.optionName(requested));
    else
        heading = tr("Adding %1 also changes").arg(words.optionName(requested));
    m_pendingTitle = heading;
    m_pendingText = tr("Amounts include taxes, as your complete price does.");
    m_pendingTotal = tr("Your complete price: %1 (%2)").arg(money(after), signedMoney(delta));
    m_pendingRefused = false;
    m_pendingChanges.setRows(changes);
    emit pendingChanged();
}

void Configurator::explain(const QString &title, const QString &text)
{
    m_pending.reset();
    m_pendingTitle = title;
    m_pendingText = text;
    m_pendingTotal.clear();
    m_pendingRefused = true;
    m_pendingChanges.setRows({});
    emit pendingChanged();
}

void Configurator::clearPending()
{
    if (!m_pending && m_pendingTitle.isEmpty())
        return;
    m_pending.reset();
    m_pendingTitle.clear();
    m_pendingText.clear();
    m_pendingTotal.clear();
    m_pendingRefused = false;
    m_pendingChanges.setRows({});
    emit pendingChanged();
}

void Configurator::confirm()
{
    if (!m_pending) {
        dismiss();
        return;
    }
    const Configuration next = m_pending->after;
    clearPending();
    apply(next);
}

void Configurator::dismiss()
{
    clearPending();
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
    clearPending();
    m_notices.clear();
    touch();
}

QList<Configurator::ChoiceRow> Configurator::optionRows(const QString &step) const
{
    QList<ChoiceRow> out;
    if (!m_engine || m_build.isEmpty())
        return out;
    const Catalog &c = catalog();
    const RuleWording words = wording();
    const ConfigurationPricer pricer(*m_engine, m_market);
    const ConfigurationPricer::Quote quote = pricer.quote(m_build);
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
        // What the choice itself costs here, taxes included, chosen or not: the same amount
        // the conflict sheet and the summary give it.
        const qint64 own = pricer.optionPriceMinor(quote, o->id);
        QString priceText = own > 0 ? money(own) : tr("Included");
        QString stateText;
        switch (status.state) {
        case State::Standard:
            priceText = tr("Standard");
            break;
        case State::Included:
            priceText = tr("Included");
            stateText = words.reason(status.reason);
            break;
        case State::Chosen:
            break;
        case State::Available: {
            const RuleEngine::Outcome on = m_engine->select(m_build, o->id);
            int more = 0;
            for (const RuleEngine::Change &change : on.changes)
                more += !benign(change);
            if (more > 0)
                stateText = tr("Changes %n other choice(s)", nullptr, more);
            break;
        }
        case State::Unavailable:
            stateText = words.reason(status.reason);
            break;
        }
        const bool selected = status.state == State::Chosen || status.state == State::Included || status.state == State::Standard;
        ChoiceRow choice;
        choice.id = o->id;
        choice.name = o->name.text(m_language);
        choice.detail = o->description.text(m_language);
        choice.price = priceText;
        choice.stateText = stateText;
        choice.selected = selected;
        choice.enabled = status.state != State::Unavailable;
        choice.hex = o->hex;
        choice.package = o->kind == OptionKind::Package;
        if (o->kind == OptionKind::Wheel)
            choice.image = ModelLineListModel::wheelUrl(c, m_build.model, o->id);
        if (o->kind == OptionKind::Interior)
            choice.detail = o->material.text(m_language);
        if (o->kind == OptionKind::Package && !o->contents.isEmpty()) // what the package holds
            choice.detail = words.contents(o->contents);
        if (o->kind == OptionKind::Paint)
            choice.detail = o->finish == QLatin1String("metallic") ? tr("Metallic")
                : o->finish == QLatin1String("matte")              ? tr("Matte")
                : o->finish == QLatin1String("pearl")              ? tr("Pearl")
                                                                   : tr("Solid");
        out << choice;
    }
    return out;
}

bool Configurator::openCode(const QString &text)
{
    const auto refuse = [this](const QString &problem) {
        m_codeProblem = problem;
        emit codeProblemChanged();
        return false;
    };
    if (!m_engine)
        return refuse(tr("The catalog is not loaded yet."));
    const ConfigurationCode::Decoded d = ConfigurationCode::decode(text, *m_engine, &m_retired);
    if (d.status == ConfigurationCode::Decoded::Status::Invalid)
        return refuse(tr("This code has a typing mistake or is incomplete. Please check each character."));
    m_codeProblem.clear();
    emit codeProblemChanged();
    const RuleWording words = wording();
    QStringList notices;
    for (const ConfigurationCode::Difference &x : d.differences) {
        const QString what = x.id.isEmpty() ? tr("A choice") : (catalog().option(x.id) ? words.optionName(x.id) : x.name);
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
            notices << tr("%1 is no longer offered; %2 takes its place.").arg(what, words.optionName(x.replacement));
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
    clearPending();
    if (const CarModel *m = catalog().model(d.configuration.model))
        m_line = m->line;
    m_build = d.configuration;
    const Market *market = catalog().market(m_market);
    if (d.tradeInHundreds > 0 && market && (d.market.isEmpty() || d.market == m_market)) {
        // The visitor's car as it was valued where the code was made: still only an estimate.
        m_codeTradeIn = Money{d.tradeInHundreds * 100 * Money::kMinorPerMajor, market->currency};
        notices << tr("This code counts a car in part-exchange at %1 in the deposit, an estimate a product expert confirms.")
                       .arg(Bidi::inSentence(money(m_codeTradeIn.minor), m_locale));
    } else {
        m_codeTradeIn = {};
    }
    m_notices = notices;
    touch();
    VisitInsights::note(InsightEvent::Kind::CodeReopened, m_build.model);
    return true;
}
