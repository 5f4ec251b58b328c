// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicelistmodel.h"

ChoiceListModel::ChoiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChoiceListModel::setChoices(const QList<Choice> &choices)
{
    if (choices == m_choices)
        return;
    bool sameValues = choices.size() == m_choices.size();
    for (qsizetype i = 0; sameValues && i < choices.size(); ++i)
        sameValues = choices.at(i).value == m_choices.at(i).value;
    if (sameValues) {
        m_choices = choices;
        emit dataChanged(index(0), index(int(m_choices.size()) - 1), {TextRole});
        return;
    }
    beginResetModel();
    m_choices = choices;
    endResetModel();
    emit countChanged();
}

void ChoiceListModel::setSelected(const QVariant &value)
{
    if (value == m_selected)
        return;
    m_selected = value;
    if (!m_choices.isEmpty())
        emit dataChanged(index(0), index(int(m_choices.size()) - 1), {SelectedRole});
    emit selectedChanged();
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &c = m_choices.at(index.row());
    switch (role) {
    case ValueRole:
        return c.value;
    case TextRole:
    case Qt::DisplayRole:
        return c.text;
    case SelectedRole:
        return c.value == m_selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceListModel::roleNames() const
{
    return {{ValueRole, "value"}, {TextRole, "text"}, {SelectedRole, "selected"}};
}
