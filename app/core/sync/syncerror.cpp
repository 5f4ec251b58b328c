// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncerror.h"

#include <QStringList>

namespace {

const QStringList &names()
{
    // In the order of SyncError::Kind; stored in sync_state.error_kind.
    static const QStringList list{QString(),
                                  QStringLiteral("unreachable"),
                                  QStringLiteral("timeout"),
                                  QStringLiteral("certificate"),
                                  QStringLiteral("server"),
                                  QStringLiteral("too-large"),
                                  QStringLiteral("not-a-feed"),
                                  QStringLiteral("interrupted"),
                                  QStringLiteral("missing"),
                                  QStringLiteral("refused"),
                                  QStringLiteral("storage")};
    return list;
}

} // namespace

QString SyncError::nameOf(Kind kind)
{
    return names().value(int(kind));
}

SyncError::Kind SyncError::kindNamed(const QString &name)
{
    const qsizetype i = name.isEmpty() ? 0 : names().indexOf(name);
    return i < 0 ? Kind::Storage : Kind(i);
}
