// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockfreshness.h"
#include "common/localtimes.h"

StockFreshness::StockFreshness(QObject *parent)
    : QObject(parent)
{
    // The words age with the clock; nothing is read from the database for it.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &StockFreshness::reword);
    m_minute.start();
}

void StockFreshness::setStockAsOf(const QDateTime &when)
{
    m_asOf = when;
    reword();
}

void StockFreshness::setLocale(const QLocale &locale)
{
    m_locale = locale;
    reword();
}

QString StockFreshness::wordsFor(const QDateTime &when, const QDateTime &now) const
{
    if (!when.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, when.secsTo(now) / 60);
    if (minutes < 1)
        return tr("Stock updated just now");
    if (minutes < 60)
        return tr("Stock updated %n minutes ago", "", int(minutes));
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = LocalTimes::time(m_locale, local.time());
    if (local.date() == today)
        return tr("Stock updated today at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Stock updated yesterday at %1").arg(time);
    return tr("Stock as of %1").arg(m_locale.toString(local.date(), QLocale::LongFormat));
}

void StockFreshness::reword()
{
    const QString line = wordsFor(m_asOf, QDateTime::currentDateTimeUtc());
    if (line == m_line)
        return;
    m_line = line;
    emit changed();
}
