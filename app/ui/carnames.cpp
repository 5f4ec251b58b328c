// SPDX-License-Identifier: GPL-3.0-or-later
#include "carnames.h"

#include "common/bidi.h"

QString CarNames::title(const Vehicle &v, const Catalog &catalog, const QString &language)
{
    const CarModel *model = catalog.model(v.model);
    const Trim *trim = catalog.trim(v.trim);
    if (model)
        return Bidi::pair(model->name.text(language), trim ? trim->name.text(language) : v.trimName);
    return QStringList{v.make, v.modelName, v.trimName}.join(QLatin1Char(' ')).simplified();
}
