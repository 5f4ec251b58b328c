// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QAbstractListModel>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

/// The brand's model lines for Home and the configurator's first step, each with a hero
/// picture of its first model in its default paint and wheels.
class ModelLineListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Showroom")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Where the pictures' cars stand in them, as fractions (CarIllustration::sideDrawing), and
    /// the pictures' height for their width: a page sizes a picture by its car, not its canvas.
    Q_PROPERTY(QRectF drawn READ drawn CONSTANT)
    Q_PROPERTY(qreal pictureAspect READ pictureAspect CONSTANT)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, TaglineRole, ImageRole, ModelCountRole };

    explicit ModelLineListModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog, const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QRectF drawn();
    static qreal pictureAspect();

    /// Each line's paint for its picture (line id → paint id): a different one per line, so the
    /// attract loop and Home show each line in its own paint, never the same white four times;
    /// the most colourful paints first, only paints no rule restricts.
    static QHash<QString, QString> linePaints(const Catalog &catalog);
    /// The picture URL of a model in a paint and wheel, for the car image provider.
    static QString imageUrl(const Catalog &catalog, const QString &model, const QString &paint, const QString &wheel,
                            const QString &view);
    /// The model's cabin in an interior option's colour and material.
    static QString cabinUrl(const Catalog &catalog, const QString &model, const QString &interior);
    /// A wheel option's design on its own, face on.
    static QString wheelUrl(const Catalog &catalog, const QString &model, const QString &wheel);

signals:
    void countChanged();

private:
    const Catalog *m_catalog = nullptr;
    QHash<QString, QString> m_paints;
    QString m_language = QStringLiteral("en");
};
