// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carpictures.h"
#include "rowlistmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class VehicleDetail;

/// Up to three cars side by side: a head per car, then one row per fact with each car's value
/// and whether they differ, so the choice is clear at a glance.
class Comparison : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Finder")
    /// vehicleId, title, photo, drawing, alt, price, monthly
    Q_PROPERTY(QAbstractItemModel *cars READ cars CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// label, values, differs
    Q_PROPERTY(QAbstractItemModel *rows READ rows CONSTANT)

public:
    struct Head {
        QString vehicleId, title;
        CarPictures::Picture picture;
        QString price, monthly;
        QString key() const { return vehicleId; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Head &) const = default;
    };
    struct Row {
        QString label;
        QStringList values;
        bool differs = false;
        QString key() const { return label; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Row &) const = default;
    };

    explicit Comparison(QObject *parent = nullptr);

    /// The cars compared, in the visitor's order (gone ones are left out).
    void update(const QList<VehicleDetail *> &cars);

    QAbstractItemModel *cars() { return &m_cars; }
    QAbstractItemModel *rows() { return &m_rows; }
    int count() const { return int(m_cars.rows().size()); }
    const QList<Row> &rowList() const { return m_rows.rows(); }

signals:
    void changed();

private:
    RowListModel<Head> m_cars;
    RowListModel<Row> m_rows;
};
