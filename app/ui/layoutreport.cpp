// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>

namespace {

void collectItems(QQuickItem *item, QJsonObject *out)
{
    if (!item->objectName().isEmpty()) {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QJsonObject entry{{QStringLiteral("x"), r.x()},
                          {QStringLiteral("y"), r.y()},
                          {QStringLiteral("width"), r.width()},
                          {QStringLiteral("height"), r.height()},
                          {QStringLiteral("visible"), item->isVisible() && item->opacity() > 0}};
        const QVariant text = item->property("text");
        if (text.isValid())
            entry.insert(QStringLiteral("text"), text.toString());
        const QVariant truncated = item->property("truncated");
        if (truncated.isValid())
            entry.insert(QStringLiteral("truncated"), truncated.toBool());
        out->insert(item->objectName(), entry);
    }
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
}

} // namespace

QJsonObject LayoutReport::collect(QQuickWindow *window)
{
    QJsonObject report;
    collectItems(window->contentItem(), &report);
    report.insert(QStringLiteral("window"),
                  QJsonObject{{QStringLiteral("width"), window->width()},
                              {QStringLiteral("height"), window->height()},
                              {QStringLiteral("mirrored"), window->property("mirrored").toBool()}});
    return report;
}

bool LayoutReport::write(QQuickWindow *window, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(collect(window)).toJson());
    return true;
}
