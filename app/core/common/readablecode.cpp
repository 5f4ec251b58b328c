// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablecode.h"

#include <array>

namespace {

constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kHalf = 15; // D15: rotations r^i are 0..14, reflections s·r^i are 15..29

/// The dihedral group of order 30 and a permutation σ with x·σ(y) ≠ y·σ(x) for all x ≠ y
/// (σ(r^i) = r^2i, σ(s·r^i) = s·r^(i+1)); that inequality is what catches swapped neighbours,
/// and the group's cancellation catches every single substitution.
struct Tables {
    std::array<std::array<int, 30>, 30> mul{};
    std::array<int, 30> inverse{};
    std::array<std::array<int, 30>, 60> sigmaPower{}; // σ has order 60

    Tables()
    {
        for (int x = 0; x < 30; ++x) {
            for (int y = 0; y < 30; ++y) {
                const int f1 = x / kHalf, i1 = x % kHalf, f2 = y / kHalf, i2 = y % kHalf;
                const int i = (((f2 == 0 ? i1 : -i1) + i2) % kHalf + kHalf) % kHalf;
                mul[x][y] = ((f1 + f2) % 2) * kHalf + i;
            }
        }
        for (int x = 0; x < 30; ++x) {
            for (int y = 0; y < 30; ++y) {
                if (mul[x][y] == 0)
                    inverse[x] = y;
            }
        }
        std::array<int, 30> sigma{};
        for (int i = 0; i < kHalf; ++i) {
            sigma[i] = (2 * i) % kHalf;
            sigma[kHalf + i] = kHalf + (i + 1) % kHalf;
        }
        for (int x = 0; x < 30; ++x)
            sigmaPower[0][x] = x;
        for (int k = 1; k < 60; ++k) {
            for (int x = 0; x < 30; ++x)
                sigmaPower[k][x] = sigma[sigmaPower[k - 1][x]];
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

QChar ReadableCode::character(int digit)
{
    return QLatin1Char(kAlphabet[digit]);
}

int ReadableCode::digit(QChar c)
{
    const char u = c.toUpper().toLatin1();
    for (int i = 0; i < kBase; ++i) {
        if (kAlphabet[i] == u)
            return i;
    }
    return -1;
}

int ReadableCode::checkDigit(const QList<int> &digits)
{
    const Tables &t = tables();
    int q = 0;
    for (qsizetype k = 0; k < digits.size(); ++k) {
        const int d = digits.at(digits.size() - 1 - k);
        q = t.mul[q][t.sigmaPower[(k + 1) % 60][d]];
    }
    return t.inverse[q];
}

bool ReadableCode::verify(const QList<int> &digitsWithCheck)
{
    const Tables &t = tables();
    int c = 0;
    for (qsizetype k = 0; k < digitsWithCheck.size(); ++k) {
        const int d = digitsWithCheck.at(digitsWithCheck.size() - 1 - k);
        c = t.mul[c][t.sigmaPower[k % 60][d]];
    }
    return c == 0;
}

QString ReadableCode::format(const QList<int> &digits)
{
    QList<int> all = digits;
    all.append(checkDigit(digits));
    QString out;
    for (qsizetype k = 0; k < all.size(); ++k) {
        if (k > 0 && k % kGroup == 0)
            out += QLatin1Char('-');
        out += character(all.at(k));
    }
    return out;
}

ReadableCode::Parsed ReadableCode::parse(const QString &text)
{
    Parsed p;
    QList<int> all;
    int position = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        ++position;
        const int d = digit(c);
        if (d < 0) {
            const QChar u = c.toUpper();
            p.problem = QStringLiteral("\"%1\" (character %2) is never used in a code").arg(c).arg(position);
            if (u == QLatin1Char('0') || u == QLatin1Char('O') || u == QLatin1Char('1') || u == QLatin1Char('I')
                || u == QLatin1Char('L') || u == QLatin1Char('U'))
                p.problem += QStringLiteral(": codes leave out 0, O, 1, I, L and U so that none can be mistaken for another");
            return p;
        }
        all.append(d);
    }
    if (all.size() < 2) {
        p.problem = all.isEmpty() ? QStringLiteral("the code is empty") : QStringLiteral("the code is too short");
        return p;
    }
    if (!verify(all)) {
        p.problem = QStringLiteral("the code has a typing mistake (its check character does not match): please compare it "
                                   "character by character");
        return p;
    }
    all.removeLast();
    p.ok = true;
    p.digits = all;
    return p;
}
