// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// Lines of a price or a finance plan, formatted for the visitor's language: what each is and
/// how much; the strong one is the total. QML lays them out as AmountRows.
class AmountListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the C++ class that computes the amounts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { LabelRole = Qt::UserRole + 1, AmountRole, StrongRole };

    struct Line {
        QString label;
        QString amount;
        bool strong = false;
        bool operator==(const Line &) const = default;
    };

    explicit AmountListModel(QObject *parent = nullptr);

    void setLines(const QList<Line> &lines);
    const QList<Line> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Line> m_lines;
};
