// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amountlistmodel.h"
#include "carfacts.h"
#include "catalog/configuration.h"
#include "kiosk/phonelinks.h"
#include "rowlistmodel.h"

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class RuleEngine;

/// The configured car as its summary page shows it: picture, specs, equipment, the price line by
/// line and through the market's taxes and fees, the configuration code and its QR code. The
/// Configurator fills it whenever the build or the language changes; QML only reads it.
class BuildSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Configurator")
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString image READ image NOTIFY changed)
    Q_PROPERTY(QString colours READ colours NOTIFY changed)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString qr READ qr NOTIFY changed)
    /// The visitor's car counted in the deposit, in words (the code carries it); empty without.
    Q_PROPERTY(QString tradeIn READ tradeIn NOTIFY changed)
    /// label, value
    Q_PROPERTY(QAbstractItemModel *specs READ specs CONSTANT)
    /// category, items
    Q_PROPERTY(QAbstractItemModel *equipment READ equipment CONSTANT)
    /// The version, every choice at the price the configurator showed for it (taxes included)
    /// and the market's fees: together exactly the total.
    Q_PROPERTY(AmountListModel *lines READ lines CONSTANT)
    /// The taxes the total contains, for information ("of which VAT").
    Q_PROPERTY(AmountListModel *taxes READ taxes CONSTANT)

public:
    explicit BuildSummary(QObject *parent = nullptr);

    struct Words {
        QString title, image;
        QString language;
        QLocale locale;
        PhoneLinks links;           ///< where the QR code leads; none: no QR code
        qint64 tradeInHundreds = 0; ///< the car counted in the deposit, which the code carries
        QString tradeInNote;        ///< what it counts for, in words
    };
    void update(const RuleEngine &engine, const Configuration &build, const QString &market, const Words &words);
    void clear();

    bool valid() const { return m_valid; }
    QString title() const { return m_title; }
    QString image() const { return m_image; }
    QString colours() const { return m_colours; }
    QString total() const { return m_total; }
    QString code() const { return m_code; }
    QString qr() const { return m_qr; }
    QString tradeIn() const { return m_tradeIn; }
    QAbstractItemModel *specs() { return &m_specs; }
    QAbstractItemModel *equipment() { return &m_equipment; }
    AmountListModel *lines() { return &m_lines; }
    AmountListModel *taxes() { return &m_taxes; }

signals:
    void changed();

private:
    bool m_valid = false;
    QString m_title, m_image, m_colours, m_total, m_code, m_qr, m_tradeIn;
    RowListModel<CarFacts::Fact> m_specs;
    RowListModel<CarFacts::Equipment> m_equipment;
    AmountListModel m_lines;
    AmountListModel m_taxes;
};
