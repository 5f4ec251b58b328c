#pragma once

#include <QtGlobal>

#include <optional>

/// Finance offers told honestly: the monthly amount always with its APR, term, deposit,
/// balloon, total amount payable and total cost of credit, all in exact minor units.
class FinanceCalculator
{
public:
    struct Request {
        qint64 priceMinor = 0;
        qint64 depositMinor = 0;
        int termMonths = 36;
        double aprPercent = 0; ///< annual percentage rate (effective), as the market offers it
        qint64 balloonMinor = 0; ///< the last, larger payment (0 for a plain loan)
    };

    struct Plan {
        qint64 monthlyMinor = 0;      ///< each of the first term-1 payments
        qint64 lastMonthlyMinor = 0;  ///< the last monthly payment, absorbing cent rounding
        qint64 financedMinor = 0;     ///< price − deposit
        qint64 totalPayableMinor = 0; ///< deposit + all monthly payments + balloon
        qint64 costOfCreditMinor = 0; ///< total payable − price
        double aprPercent = 0;
        double nominalRatePercent = 0; ///< 12 × the monthly rate
    };

    enum class Problem { None, NonPositivePrice, DepositOutOfRange, BalloonOutOfRange, TermOutOfRange, RateOutOfRange };

    static Problem check(const Request &r);
    /// The plan, or nullopt when check() finds a problem.
    static std::optional<Plan> plan(const Request &r);
};
