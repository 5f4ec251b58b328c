// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

/// A row of mutually exclusive choices for QML — each a value and its words, the chosen one
/// marked — filled by the C++ class that knows the rule behind them; what ChoiceRow shows.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the C++ class that owns the choice")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QVariant selected READ selected NOTIFY selectedChanged)

public:
    enum Role { ValueRole = Qt::UserRole + 1, TextRole, SelectedRole };

    struct Choice {
        QVariant value;
        QString text;
        bool operator==(const Choice &) const = default;
    };

    explicit ChoiceListModel(QObject *parent = nullptr);

    /// Replaces the choices; rows whose value stays keep their place (only their words change).
    void setChoices(const QList<Choice> &choices);
    void setSelected(const QVariant &value);
    QVariant selected() const { return m_selected; }
    const QList<Choice> &choices() const { return m_choices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void selectedChanged();

private:
    QList<Choice> m_choices;
    QVariant m_selected;
};
