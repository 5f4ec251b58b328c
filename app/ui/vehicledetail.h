// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amountlistmodel.h"
#include "carfacts.h"
#include "carpictures.h"
#include "financequote.h"
#include "inventory/inventoryservice.h"
#include "kiosk/phonelinks.h"
#include "marketwords.h"
#include "rowlistmodel.h"

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

/// One car of the stock as its detail page (and compare) shows it: pictures, the facts, the
/// complete price line by line, where it stands and how to get there, and its monthly plan.
/// Finder keeps one per car the visitor opened and refreshes it when the stock or the language
/// changes; a car that has left the stock says so instead of vanishing. A dealer's car the
/// catalog does not know shows its own names, its price through its market and its photos,
/// without catalog specs.
class VehicleDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Finder")
    /// False once the car is no longer in stock.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString vehicleId READ vehicleId CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(QString price READ price NOTIFY changed)
    /// A price in another market's currency says so; empty otherwise.
    Q_PROPERTY(QString priceNote READ priceNote NOTIFY changed)
    Q_PROPERTY(QString model READ model NOTIFY changed)
    Q_PROPERTY(QString location READ location NOTIFY changed)
    /// The gallery: photo, drawing (stands in for a photo loading, broken or missing), alt.
    Q_PROPERTY(QAbstractItemModel *pictures READ pictures CONSTANT)
    Q_PROPERTY(QString colours READ colours NOTIFY changed)
    /// label, value
    Q_PROPERTY(QAbstractItemModel *specs READ specs CONSTANT)
    /// category, items
    Q_PROPERTY(QAbstractItemModel *equipment READ equipment CONSTANT)
    Q_PROPERTY(AmountListModel *breakdown READ breakdown CONSTANT)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(QString placeName READ placeName NOTIFY changed)
    Q_PROPERTY(QString placeAddress READ placeAddress NOTIFY changed)
    Q_PROPERTY(QString placePhone READ placePhone NOTIFY changed)
    /// A line per weekday.
    Q_PROPERTY(QString placeHours READ placeHours NOTIFY changed)
    Q_PROPERTY(QString placeDistance READ placeDistance NOTIFY changed)
    Q_PROPERTY(QString navigateQr READ navigateQr NOTIFY changed)
    Q_PROPERTY(QString shareQr READ shareQr NOTIFY changed)
    Q_PROPERTY(FinanceQuote *finance READ finance CONSTANT)

public:
    VehicleDetail(const QString &vehicleId, QObject *parent);

    struct Context {
        QString language;
        QLocale locale;
        std::optional<std::pair<double, double>> origin;
        MarketWords words;        ///< the studio's market: its currency and unit
        PhoneLinks links;         ///< where the share QR code leads; none: no share code
        Money tradeIn;            ///< the visitor's car, at the low end of its estimate (none: zero)
        bool tradeInUsed = false; ///< paid into the deposit
    };
    void update(const InventoryService::Snapshot &snapshot, const Context &context);

    bool available() const { return m_available; }
    QString vehicleId() const { return m_id; }
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QString price() const { return m_price; }
    QString priceNote() const { return m_priceNote; }
    QString model() const { return m_model; }
    QString location() const { return m_location; }
    QAbstractItemModel *pictures() { return &m_pictures; }
    const QList<CarPictures::Picture> &pictureRows() const { return m_pictures.rows(); }
    QString colours() const { return m_colours; }
    QAbstractItemModel *specs() { return &m_specs; }
    QAbstractItemModel *equipment() { return &m_equipment; }
    AmountListModel *breakdown() { return &m_breakdown; }
    QString total() const { return m_total; }
    QString placeName() const { return m_placeName; }
    QString placeAddress() const { return m_placeAddress; }
    QString placePhone() const { return m_placePhone; }
    QString placeHours() const { return m_placeHours.join(QLatin1Char('\n')); }
    QString placeDistance() const { return m_placeDistance; }
    QString navigateQr() const { return m_navigateQr; }
    QString shareQr() const { return m_shareQr; }
    FinanceQuote *finance() { return &m_finance; }
    const QList<CarFacts::Fact> &specRows() const { return m_specs.rows(); }
    const QList<CarFacts::Equipment> &equipmentRows() const { return m_equipment.rows(); }

signals:
    void changed();

private:
    QString m_id;
    bool m_available = false;
    QString m_title, m_subtitle, m_price, m_priceNote, m_model, m_location, m_colours, m_total;
    QString m_placeName, m_placeAddress, m_placePhone, m_placeDistance, m_navigateQr, m_shareQr;
    QStringList m_placeHours;
    RowListModel<CarPictures::Picture> m_pictures;
    RowListModel<CarFacts::Fact> m_specs;
    RowListModel<CarFacts::Equipment> m_equipment;
    AmountListModel m_breakdown;
    FinanceQuote m_finance;
};
