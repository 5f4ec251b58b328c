// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultlistmodel.h"

ResultListModel::ResultListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ResultListModel::setRows(QList<Row> rows, qsizetype total)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    // Views ask for more while handling the reset; a nested insert there would race the reset.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    emit countChanged();
}

bool ResultListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_fetcher && m_rows.size() < m_total;
}

void ResultListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> more = m_fetcher(m_rows.size());
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    // A view asks again from its rowsInserted handler; that waits for this insert to finish.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_fetching = false;
    emit countChanged();
}

int ResultListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResultListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case DetailRole:
        return r.detail;
    case PriceRole:
        return r.price;
    case PlaceRole:
        return r.place;
    case ImageRole:
        return r.image;
    case ConditionRole:
        return r.condition;
    case PriceNoteRole:
        return r.priceNote;
    case PhotoRole:
        return r.photo;
    case AltRole:
        return r.alt;
    }
    return {};
}

QHash<int, QByteArray> ResultListModel::roleNames() const
{
    return {{IdRole, "vehicleId"}, {TitleRole, "title"}, {DetailRole, "detail"},       {PriceRole, "price"},
            {PlaceRole, "place"},  {ImageRole, "image"}, {ConditionRole, "condition"}, {PriceNoteRole, "priceNote"},
            {PhotoRole, "photo"},  {AltRole, "alt"}};
}
