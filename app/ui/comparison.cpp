// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "vehicledetail.h"

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant Comparison::Head::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return vehicleId;
    case 1:
        return title;
    case 2:
        return picture.photo;
    case 3:
        return picture.drawing;
    case 4:
        return picture.alt;
    case 5:
        return price;
    case 6:
        return monthly;
    }
    return {};
}

QHash<int, QByteArray> Comparison::Head::roleNames()
{
    return {{FirstRole, "vehicleId"}, {FirstRole + 1, "title"}, {FirstRole + 2, "photo"},  {FirstRole + 3, "drawing"},
            {FirstRole + 4, "alt"},   {FirstRole + 5, "price"}, {FirstRole + 6, "monthly"}};
}

QVariant Comparison::Row::value(int role) const
{
    return role == FirstRole    ? QVariant(label)
        : role == FirstRole + 1 ? QVariant(values)
        : role == FirstRole + 2 ? QVariant(differs)
                                : QVariant();
}

QHash<int, QByteArray> Comparison::Row::roleNames()
{
    return {{FirstRole, "label"}, {FirstRole + 1, "values"}, {FirstRole + 2, "differs"}};
}

Comparison::Comparison(QObject *parent)
    : QObject(parent)
    , m_cars(this)
    , m_rows(this)
{
}

void Comparison::update(const QList<VehicleDetail *> &all)
{
    QList<VehicleDetail *> cars;
    for (VehicleDetail *d : all) {
        if (d->available())
            cars << d;
    }
    QList<Head> heads;
    for (VehicleDetail *d : cars)
        heads << Head{d->vehicleId(), d->title(), d->pictureRows().value(0), d->price(), d->finance()->summary()};
    QList<Row> rows;
    const auto row = [&](const QString &label, const QStringList &values) {
        bool differs = false;
        for (const QString &v : values)
            differs |= v != values.first();
        rows << Row{label, values, differs};
    };
    const auto field = [&](QString (VehicleDetail::*get)() const) {
        QStringList out;
        for (VehicleDetail *d : cars)
            out << (d->*get)();
        return out;
    };
    row(tr("Price"), field(&VehicleDetail::price));
    row(tr("Year, mileage, condition"), field(&VehicleDetail::subtitle));
    row(tr("Colour, interior, wheels"), field(&VehicleDetail::colours));
    // Specs by label, in the order the cars list them (a dealer's car the catalog does not know
    // has none of its own: a dash).
    QStringList specLabels;
    for (VehicleDetail *d : cars) {
        for (const CarFacts::Fact &spec : d->specRows()) {
            if (!specLabels.contains(spec.label))
                specLabels << spec.label;
        }
    }
    for (const QString &label : std::as_const(specLabels)) {
        QStringList values;
        for (VehicleDetail *d : cars) {
            QString value = QStringLiteral("—");
            for (const CarFacts::Fact &f : d->specRows()) {
                if (f.label == label)
                    value = f.text;
            }
            values << value;
        }
        row(label, values);
    }
    // Equipment per category, so differences stand out where they are.
    QStringList categories;
    for (VehicleDetail *d : cars) {
        for (const CarFacts::Equipment &g : d->equipmentRows()) {
            if (!categories.contains(g.category))
                categories << g.category;
        }
    }
    for (const QString &category : categories) {
        QStringList values;
        for (VehicleDetail *d : cars) {
            QString value = QStringLiteral("—");
            for (const CarFacts::Equipment &g : d->equipmentRows()) {
                if (g.category == category)
                    value = g.items.join(QStringLiteral(" · "));
            }
            values << value;
        }
        row(category, values);
    }
    row(tr("Where"), field(&VehicleDetail::placeName));
    m_cars.setRows(heads);
    m_rows.setRows(rows);
    emit changed();
}
