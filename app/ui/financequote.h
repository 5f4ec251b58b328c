// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amountlistmodel.h"
#include "choicelistmodel.h"
#include "common/money.h"
#include "pricing/financepolicy.h"

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

/// A monthly plan for one price in one market as the visitor adjusts it: deposit, term and
/// balloon among what the market's FinancePolicy offers, and every figure its law asks to show
/// beside the monthly amount. The detail page, compare, the configurator and the summary each
/// hold one; the same policy computes them all, so one price shows one rate everywhere.
class FinanceQuote : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Finder and Configurator")
    Q_PROPERTY(bool available READ available NOTIFY figuresChanged)
    Q_PROPERTY(ChoiceListModel *deposits READ deposits CONSTANT)
    Q_PROPERTY(ChoiceListModel *terms READ terms CONSTANT)
    Q_PROPERTY(ChoiceListModel *balloons READ balloons CONSTANT)
    /// The monthly amount alone, for a headline; never shown without `summary` near it.
    Q_PROPERTY(QString monthly READ monthly NOTIFY figuresChanged)
    /// The monthly amount with its term, deposit, the market's rate and the cost of credit.
    Q_PROPERTY(QString summary READ summary NOTIFY figuresChanged)
    Q_PROPERTY(AmountListModel *lines READ lines CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY figuresChanged)
    /// The visitor valued their car in this market's money: they may pay it into the deposit.
    Q_PROPERTY(bool tradeInOffered READ tradeInOffered NOTIFY figuresChanged)
    /// 1: the car is paid into the deposit, 0: it is not (the choice is the visit's, in TradeIn).
    Q_PROPERTY(ChoiceListModel *tradeInChoices READ tradeInChoices CONSTANT)
    /// What the car counts for and that an expert confirms it, while it is paid in.
    Q_PROPERTY(QString tradeInNote READ tradeInNote NOTIFY figuresChanged)

public:
    explicit FinanceQuote(QObject *parent = nullptr);

    /// What is financed: a complete price in `market`'s currency. The visitor's choice stays while
    /// the market stays (a build's price changes as it is configured); a new market starts from
    /// its defaults. No market (or one without finance) shows nothing.
    void setSubject(const Market *market, qint64 priceMinor);
    void setLocale(const QLocale &locale);
    /// Back to the market's defaults (the visitor left).
    void resetChoice();
    /// The visitor's car valued at `estimateLow` (the low end of its estimate; none: zero), and
    /// whether they pay it into the deposit. A car valued in another currency is not offered.
    void setTradeIn(const Money &estimateLow, bool used);

    bool available() const { return m_offer.has_value(); }
    ChoiceListModel *deposits() { return &m_deposits; }
    ChoiceListModel *terms() { return &m_terms; }
    ChoiceListModel *balloons() { return &m_balloons; }
    QString monthly() const;
    QString summary() const;
    AmountListModel *lines() { return &m_lines; }
    QString error() const { return m_error; }
    bool tradeInOffered() const;
    ChoiceListModel *tradeInChoices() { return &m_tradeInChoices; }
    QString tradeInNote() const;

    const std::optional<FinancePolicy::Offer> &offer() const { return m_offer; }
    std::optional<FinancePolicy::Choice> choice() const { return m_choice; }
    /// Sets the plan directly (a configuration code that carries one).
    void setChoice(const FinancePolicy::Choice &choice);

    Q_INVOKABLE void chooseDeposit(int percent);
    Q_INVOKABLE void chooseTerm(int months);
    Q_INVOKABLE void chooseBalloon(int percent);

signals:
    void figuresChanged();
    void choiceChanged();

private:
    void recompute();
    /// The visitor's plan with the car paid in when it is (the least money beside it by default).
    std::optional<FinancePolicy::Choice> effectiveChoice() const;
    QString money(qint64 minor) const;
    QString percent(double value) const;

    std::optional<Market> m_market;
    qint64 m_priceMinor = 0;
    QLocale m_locale;
    std::optional<FinancePolicy::Choice> m_choice;
    Money m_tradeIn;
    bool m_tradeInUsed = false;
    std::optional<FinancePolicy::Offer> m_offer;
    QString m_error;
    ChoiceListModel m_deposits;
    ChoiceListModel m_terms;
    ChoiceListModel m_balloons;
    ChoiceListModel m_tradeInChoices;
    AmountListModel m_lines;
};
