#include "vehicle.h"

QString Vehicle::conditionName(Condition c)
{
    switch (c) {
    case Condition::New:
        return QStringLiteral("new");
    case Condition::Cpo:
        return QStringLiteral("cpo");
    case Condition::Used:
        return QStringLiteral("used");
    }
    return {};
}

QString Vehicle::statusName(Status s)
{
    switch (s) {
    case Status::Available:
        return QStringLiteral("available");
    case Status::Reserved:
        return QStringLiteral("reserved");
    case Status::InTransit:
        return QStringLiteral("in-transit");
    }
    return {};
}
