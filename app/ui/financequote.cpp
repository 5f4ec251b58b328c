// SPDX-License-Identifier: GPL-3.0-or-later
#include "financequote.h"

#include "common/bidi.h"
#include "common/localnumbers.h"

FinanceQuote::FinanceQuote(QObject *parent)
    : QObject(parent)
{
}

void FinanceQuote::setSubject(const Market *market, qint64 priceMinor)
{
    const bool sameMarket = market && m_market && m_market->id == market->id;
    if (!sameMarket)
        m_choice.reset();
    m_market = market ? std::optional<Market>(*market) : std::nullopt;
    m_priceMinor = priceMinor;
    recompute();
}

void FinanceQuote::setLocale(const QLocale &locale)
{
    m_locale = locale;
    recompute();
}

void FinanceQuote::resetChoice()
{
    m_choice.reset();
    recompute();
}

void FinanceQuote::setTradeIn(const Money &estimateLow, bool used)
{
    if (estimateLow == m_tradeIn && used == m_tradeInUsed)
        return;
    m_tradeIn = estimateLow;
    m_tradeInUsed = used;
    recompute();
}

bool FinanceQuote::tradeInOffered() const
{
    return m_market && m_tradeIn.minor > 0 && m_tradeIn.currency == m_market->currency
        && m_market->finance.disclosure != FinanceTerms::Disclosure::None;
}

QString FinanceQuote::tradeInNote() const
{
    if (!m_offer || m_offer->tradeInMinor <= 0)
        return {};
    return tr("Your car counts for %1 of the deposit: the low end of its estimate, which a product expert confirms.")
        .arg(Bidi::inSentence(money(m_offer->tradeInMinor), m_locale));
}

void FinanceQuote::setChoice(const FinancePolicy::Choice &choice)
{
    m_choice = choice;
    recompute();
    emit choiceChanged();
}

void FinanceQuote::chooseDeposit(int percent)
{
    if (!m_offer)
        return;
    FinancePolicy::Choice c = m_offer->choice;
    c.depositPercent = percent;
    setChoice(c);
}

void FinanceQuote::chooseTerm(int months)
{
    if (!m_offer)
        return;
    FinancePolicy::Choice c = m_offer->choice;
    c.termMonths = months;
    setChoice(c);
}

void FinanceQuote::chooseBalloon(int percent)
{
    if (!m_offer)
        return;
    FinancePolicy::Choice c = m_offer->choice;
    c.balloonPercent = percent;
    setChoice(c);
}

QString FinanceQuote::money(qint64 minor) const
{
    return m_offer ? m_offer->money(minor).format(m_locale) : QString();
}

QString FinanceQuote::percent(double value) const
{
    // Held to its sign: German's "(Sollzins 5,90 %)" broke before "%)".
    return LocalNumbers::unitsKept(tr("%1 %").arg(m_locale.toString(value, 'f', 2)));
}

QString FinanceQuote::monthly() const
{
    return m_offer ? money(m_offer->plan.monthlyMinor) : QString();
}

QString FinanceQuote::summary() const
{
    if (!m_offer)
        return {};
    const FinancePolicy::Offer &o = *m_offer;
    // Each amount whole inside an Arabic sentence ("kr16,353.57" never splits around a comma).
    const QString amount = Bidi::inSentence(money(o.plan.monthlyMinor), m_locale);
    const QString cost = Bidi::inSentence(money(o.plan.costOfCreditMinor), m_locale);
    const QString deposit = Bidi::inSentence(money(o.depositMinor), m_locale);
    const int n = o.choice.termMonths;
    switch (o.disclosure) {
    case FinancePolicy::Disclosure::UsApr:
        return tr("%1 a month for %n months, %2 down, %3 APR, finance charge %4", "", n)
            .arg(amount, deposit, percent(o.disclosedRatePercent), cost);
    case FinancePolicy::Disclosure::CnAnnualised:
        return tr("%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4", "", n)
            .arg(amount, deposit, percent(o.disclosedRatePercent), cost);
    case FinancePolicy::Disclosure::AeReducing:
        return tr("%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5",
                  "", n)
            .arg(amount, deposit, percent(o.disclosedRatePercent), percent(o.flatRatePercent.value_or(0)), cost);
    case FinancePolicy::Disclosure::EuAprc:
    case FinancePolicy::Disclosure::None:
        break;
    }
    return tr("%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5", "", n)
        .arg(amount, deposit, percent(o.disclosedRatePercent), percent(o.nominalRatePercent), cost);
}

std::optional<FinancePolicy::Choice> FinanceQuote::effectiveChoice() const
{
    const qint64 car = tradeInOffered() && m_tradeInUsed ? m_tradeIn.minor : 0;
    if (car == 0) {
        if (!m_choice)
            return std::nullopt;
        FinancePolicy::Choice c = *m_choice;
        c.tradeInMinor = 0;
        return c;
    }
    if (!m_choice)
        return FinancePolicy(*m_market).defaultsWithCar(car);
    FinancePolicy::Choice c = *m_choice;
    c.tradeInMinor = car;
    return c;
}

void FinanceQuote::recompute()
{
    m_offer.reset();
    m_error.clear();
    if (m_market && m_priceMinor > 0) {
        const FinancePolicy policy(*m_market);
        if (policy.available()) {
            const std::optional<FinancePolicy::Choice> choice = effectiveChoice();
            const qint64 car = choice ? choice->tradeInMinor : 0;
            m_offer = policy.offer(m_priceMinor, choice);
            if (!m_offer)
                m_error = car >= m_priceMinor
                    ? tr("Your car's estimate covers this price: there is nothing to finance.")
                    : tr("This plan cannot be offered for this price; choose a smaller deposit or balloon.");
            QList<ChoiceListModel::Choice> deposits, terms, balloons;
            for (int p : policy.depositChoices(car, m_priceMinor))
                deposits << ChoiceListModel::Choice{p, tr("%1 %").arg(m_locale.toString(p))};
            for (int t : policy.termChoices())
                terms << ChoiceListModel::Choice{t, tr("%n months", "", t)};
            for (int p : policy.balloonChoices())
                balloons << ChoiceListModel::Choice{p, p == 0 ? tr("None") : tr("%1 %").arg(m_locale.toString(p))};
            m_deposits.setChoices(deposits);
            m_terms.setChoices(terms);
            m_balloons.setChoices(balloons);
            const FinancePolicy::Choice shown = m_offer ? m_offer->choice
                                                        : policy.clamp(choice.value_or(policy.defaults()), m_priceMinor);
            m_deposits.setSelected(shown.depositPercent);
            m_terms.setSelected(shown.termMonths);
            m_balloons.setSelected(shown.balloonPercent);
        }
    }
    if (!m_market || !m_offer) {
        if (!m_market || !FinancePolicy(*m_market).available()) {
            m_deposits.setChoices({});
            m_terms.setChoices({});
            m_balloons.setChoices({});
        }
        m_lines.setLines({});
    } else {
        const FinancePolicy::Offer &o = *m_offer;
        const bool us = o.disclosure == FinancePolicy::Disclosure::UsApr;
        QList<AmountListModel::Line> lines;
        if (o.tradeInMinor > 0) {
            lines << AmountListModel::Line{us ? tr("Down payment in money") : tr("Deposit in money"), money(o.cashDepositMinor)}
                  << AmountListModel::Line{tr("Your car in part-exchange, estimated"), money(o.tradeInMinor)};
        }
        lines << AmountListModel::Line{o.tradeInMinor > 0 ? tr("Deposit in total")
                                           : us           ? tr("Down payment")
                                                          : tr("Deposit"),
                                       money(o.depositMinor)}
              << AmountListModel::Line{us ? tr("Amount financed") : tr("Amount of credit"), money(o.plan.financedMinor)}
              << AmountListModel::Line{tr("%n monthly payments of", "", o.choice.termMonths - 1), money(o.plan.monthlyMinor)}
              << AmountListModel::Line{tr("Final monthly payment"), money(o.plan.lastMonthlyMinor)};
        if (o.balloonMinor > 0)
            lines << AmountListModel::Line{tr("Final balloon payment"), money(o.balloonMinor)};
        if (o.arrangementFeeMinor > 0)
            lines << AmountListModel::Line{tr("Arrangement fee"), money(o.arrangementFeeMinor)};
        if (o.monthlyFeeMinor > 0)
            lines << AmountListModel::Line{tr("Monthly fee, in each payment"), money(o.monthlyFeeMinor)};
        switch (o.disclosure) {
        case FinancePolicy::Disclosure::UsApr:
            lines << AmountListModel::Line{tr("Annual percentage rate (APR)"), percent(o.disclosedRatePercent)}
                  << AmountListModel::Line{tr("Note rate"), percent(o.nominalRatePercent)};
            break;
        case FinancePolicy::Disclosure::CnAnnualised:
            lines << AmountListModel::Line{tr("Annualised rate"), percent(o.disclosedRatePercent)}
                  << AmountListModel::Line{tr("Nominal rate"), percent(o.nominalRatePercent)};
            break;
        case FinancePolicy::Disclosure::AeReducing:
            lines << AmountListModel::Line{tr("Reducing-balance rate"), percent(o.disclosedRatePercent)}
                  << AmountListModel::Line{tr("Flat rate, for comparison"), percent(o.flatRatePercent.value_or(0))};
            break;
        case FinancePolicy::Disclosure::EuAprc:
        case FinancePolicy::Disclosure::None:
            lines << AmountListModel::Line{tr("Nominal rate"), percent(o.nominalRatePercent)}
                  << AmountListModel::Line{tr("Annual percentage rate of charge (APRC)"), percent(o.disclosedRatePercent)};
            break;
        }
        lines << AmountListModel::Line{tr("Total amount payable"), money(o.plan.totalPayableMinor), true}
              << AmountListModel::Line{us ? tr("Finance charge") : tr("Total cost of credit"), money(o.plan.costOfCreditMinor),
                                       true};
        m_lines.setLines(lines);
    }
    m_tradeInChoices.setChoices(tradeInOffered()
                                    ? QList<ChoiceListModel::Choice>{{1, tr("Count my car")}, {0, tr("Leave it out")}}
                                    : QList<ChoiceListModel::Choice>{});
    m_tradeInChoices.setSelected(m_tradeInUsed && tradeInOffered() ? 1 : 0);
    // The words depend on the locale as much as on the figures: always told.
    emit figuresChanged();
}
