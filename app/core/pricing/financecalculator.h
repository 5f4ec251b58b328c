// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

/// The arithmetic of a car loan in exact minor units: the monthly payment at the contract's
/// nominal rate (monthly rate = nominal / 12), the last payment taking the cents of rounding,
/// fees, the totals, and the monthly rate of return of the whole plan (fees included) from
/// which each market's law derives the rate it discloses.
class FinanceCalculator
{
public:
    struct Request {
        qint64 priceMinor = 0;
        qint64 depositMinor = 0;
        int termMonths = 36;
        double nominalRatePercent = 0;  ///< the contract's annual rate; the monthly rate is a twelfth of it
        qint64 balloonMinor = 0;        ///< the last, larger payment (0 for a plain loan)
        qint64 arrangementFeeMinor = 0; ///< paid when the contract is signed
        qint64 monthlyFeeMinor = 0;     ///< added to every monthly payment
    };

    struct Plan {
        qint64 monthlyMinor = 0;      ///< each of the first term-1 payments, the monthly fee included
        qint64 lastMonthlyMinor = 0;  ///< the last monthly payment, absorbing cent rounding
        qint64 financedMinor = 0;     ///< price − deposit
        qint64 interestMinor = 0;     ///< what the rate costs, fees apart
        qint64 feesMinor = 0;         ///< arrangement fee + every monthly fee
        qint64 totalPayableMinor = 0; ///< deposit + every payment + balloon + arrangement fee
        qint64 costOfCreditMinor = 0; ///< total payable − price
        double nominalRatePercent = 0;
        double monthlyReturn = 0; ///< the plan's monthly internal rate of return, fees included
    };

    enum class Problem {
        None,
        NonPositivePrice,
        DepositOutOfRange,
        BalloonOutOfRange,
        TermOutOfRange,
        RateOutOfRange,
        FeeOutOfRange
    };

    static Problem check(const Request &r);
    /// The plan, or nullopt when check() finds a problem.
    static std::optional<Plan> plan(const Request &r);
};
