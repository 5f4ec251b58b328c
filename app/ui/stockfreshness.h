// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qmlsingleton.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/// How current the stock is, as one calm line for visitors on Home and in the finder ("Stock
/// updated 12 minutes ago"): never a warning — a source that fails is staff's business.
class StockFreshness : public QObject, public QmlSingleton<StockFreshness>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Empty while nothing is known.
    Q_PROPERTY(QString line READ line NOTIFY changed)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    explicit StockFreshness(QObject *parent);

    QString line() const { return m_line; }
    /// When the stock was last known to be current (SyncOverview::stockAsOf).
    void setStockAsOf(const QDateTime &when);
    void setLocale(const QLocale &locale);
    /// The line for `when` as of `now`: minutes, then today's or yesterday's time, then the date.
    QString wordsFor(const QDateTime &when, const QDateTime &now) const;

signals:
    void changed();

private:
    void reword();

    QDateTime m_asOf;
    QLocale m_locale;
    QString m_line;
    QTimer m_minute;
};
