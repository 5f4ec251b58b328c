// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <sys/stat.h>

bool JournalLog::toJournal()
{
    // "device:inode" of the stream systemd connected; a shell started from the unit inherits the
    // variable with another standard error, hence the comparison.
    const QList<QByteArray> parts = qgetenv("JOURNAL_STREAM").split(':');
    struct stat st = {};
    if (parts.size() != 2 || ::fstat(2, &st) != 0)
        return false;
    bool devOk = false, inoOk = false;
    const qulonglong dev = parts.at(0).toULongLong(&devOk);
    const qulonglong ino = parts.at(1).toULongLong(&inoOk);
    return devOk && inoOk && dev == qulonglong(st.st_dev) && ino == qulonglong(st.st_ino);
}

void JournalLog::install()
{
    if (!qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN") || !toJournal())
        return;
    qSetMessagePattern(QStringLiteral("%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                                      "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{category}: %{message}"));
}
