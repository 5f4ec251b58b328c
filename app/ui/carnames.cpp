// SPDX-License-Identifier: GPL-3.0-or-later
#include "carnames.h"

QString CarNames::title(const Vehicle &v, const Catalog &catalog, const QString &language)
{
    const CarModel *model = catalog.model(v.model);
    const Trim *trim = catalog.trim(v.trim);
    if (model)
        return QStringLiteral("%1 %2").arg(model->name.text(language), trim ? trim->name.text(language) : v.trimName).trimmed();
    return QStringList{v.make, v.modelName, v.trimName}.join(QLatin1Char(' ')).simplified();
}
