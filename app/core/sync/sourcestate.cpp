// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestate.h"

QString SourceState::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::None:
        break;
    }
    return QString();
}

SourceState::Outcome SourceState::outcomeNamed(const QString &name)
{
    for (const Outcome o : {Outcome::Applied, Outcome::Unchanged, Outcome::Refused, Outcome::Failed}) {
        if (name == outcomeName(o))
            return o;
    }
    return Outcome::None;
}
