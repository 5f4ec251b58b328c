// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

/// A list for QML whose rows are one typed struct: `Row` names its roles (`static roleNames()`),
/// gives each role's value (`value(role)`) and a key that says which row is which (`key()`).
/// New rows with the same keys only change their values; rows a view scrolled past stay put.
template<typename Row>
class RowListModel : public QAbstractListModel
{
public:
    explicit RowListModel(QObject *parent = nullptr)
        : QAbstractListModel(parent)
    {
    }

    void setRows(const QList<Row> &rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = rows.at(i).key() == m_rows.at(i).key();
        if (sameKeys) {
            if (rows == m_rows)
                return;
            m_rows = rows;
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
            return;
        }
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_rows.at(index.row()).value(role);
    }

    QHash<int, QByteArray> roleNames() const override { return Row::roleNames(); }

private:
    QList<Row> m_rows;
};
