// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcode.h"

#include "common/readablecode.h"

#include <QCoreApplication>
#include <QRandomGenerator>

QString BookingCode::generate()
{
    // The system generator: codes must not be guessable from one another.
    QList<int> digits;
    for (int i = 0; i < kRandomCharacters; ++i)
        digits.append(int(QRandomGenerator::system()->bounded(ReadableCode::kBase)));
    return ReadableCode::format(digits);
}

BookingCode::Parsed BookingCode::parse(const QString &text)
{
    Parsed p;
    const ReadableCode::Parsed r = ReadableCode::parse(text);
    if (!r.ok) {
        p.problem = r.problem;
        return p;
    }
    if (r.digits.size() != kRandomCharacters) {
        p.problem = QCoreApplication::translate("BookingCode", "A booking code has 8 characters, like K7QD-9MWX.");
        return p;
    }
    p.ok = true;
    p.code = ReadableCode::format(r.digits);
    return p;
}
