// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include <QtQml/qqmlregistration.h>
#include <functional>

/// One page of the finder's results as ready-to-show rows: the C++ side formats prices,
/// mileage and places; QML only lays them out.
class ResultListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Finder")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DetailRole,
        PriceRole,
        PlaceRole,
        ImageRole,
        ConditionRole,
        PriceNoteRole,
        PhotoRole,
        AltRole
    };

    struct Row {
        QString id;
        QString title;
        QString detail;
        QString price;
        QString place;
        QString image; ///< the drawn car, standing in for the photo
        QString condition;
        QString priceNote; ///< a price in another market's currency says so
        QString photo;     ///< empty when the car has none
        QString alt;       ///< what the picture shows
    };

    explicit ResultListModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows, qsizetype total);
    /// Supplies the next rows when a view scrolls near the end (the finder queries the next page).
    void setFetcher(std::function<QList<Row>(qsizetype offset)> fetcher) { m_fetcher = std::move(fetcher); }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
    qsizetype m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
    std::function<QList<Row>(qsizetype offset)> m_fetcher;
};
