#include "resultlistmodel.h"

ResultListModel::ResultListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ResultListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
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
    }
    return {};
}

QHash<int, QByteArray> ResultListModel::roleNames() const
{
    return {{IdRole, "vehicleId"}, {TitleRole, "title"},   {DetailRole, "detail"},      {PriceRole, "price"},
            {PlaceRole, "place"},  {ImageRole, "image"},   {ConditionRole, "condition"}};
}
