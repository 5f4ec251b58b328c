// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountlistmodel.h"

AmountListModel::AmountListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AmountListModel::setLines(const QList<Line> &lines)
{
    if (lines == m_lines)
        return;
    if (lines.size() == m_lines.size()) {
        // The same lines with new amounts (a deposit changed): no rows are rebuilt.
        m_lines = lines;
        emit dataChanged(index(0), index(int(m_lines.size()) - 1));
        return;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit countChanged();
}

int AmountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant AmountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case LabelRole:
    case Qt::DisplayRole:
        return l.label;
    case AmountRole:
        return l.amount;
    case StrongRole:
        return l.strong;
    default:
        return {};
    }
}

QHash<int, QByteArray> AmountListModel::roleNames() const
{
    return {{LabelRole, "label"}, {AmountRole, "amount"}, {StrongRole, "strong"}};
}
