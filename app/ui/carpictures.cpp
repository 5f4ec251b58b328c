// SPDX-License-Identifier: GPL-3.0-or-later
#include "carpictures.h"

#include "modellinelistmodel.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

// A dealer writes its colours in words: the common ones are drawn in their colour, anything else
// in a neutral grey rather than a guess.
QString hexOfColourName(const QString &name)
{
    static const QList<QPair<QStringList, QString>> colours{
        {{QStringLiteral("black"), QStringLiteral("schwarz"), QStringLiteral("noir"), QStringLiteral("nero")},
         QStringLiteral("1c1d20")},
        {{QStringLiteral("white"), QStringLiteral("weiss"), QStringLiteral("weiß"), QStringLiteral("blanc"),
          QStringLiteral("bianco")},
         QStringLiteral("eceeef")},
        {{QStringLiteral("silver"), QStringLiteral("silber"), QStringLiteral("argent")}, QStringLiteral("b9bdc2")},
        {{QStringLiteral("grey"), QStringLiteral("gray"), QStringLiteral("grau"), QStringLiteral("gris")},
         QStringLiteral("6e7378")},
        {{QStringLiteral("blue"), QStringLiteral("blau"), QStringLiteral("bleu"), QStringLiteral("blu")},
         QStringLiteral("28466e")},
        {{QStringLiteral("red"), QStringLiteral("rot"), QStringLiteral("rouge"), QStringLiteral("rosso")},
         QStringLiteral("9b1c22")},
        {{QStringLiteral("green"), QStringLiteral("grün"), QStringLiteral("vert"), QStringLiteral("verde")},
         QStringLiteral("2f5a44")},
        {{QStringLiteral("brown"), QStringLiteral("braun"), QStringLiteral("brun")}, QStringLiteral("5b4332")},
        {{QStringLiteral("beige"), QStringLiteral("champagne")}, QStringLiteral("cdbf9f")},
        {{QStringLiteral("yellow"), QStringLiteral("gelb"), QStringLiteral("jaune")}, QStringLiteral("d8b530")},
        {{QStringLiteral("orange")}, QStringLiteral("c9692c")},
    };
    const QString lower = name.toLower();
    for (const auto &[words, hex] : colours) {
        for (const QString &word : words) {
            if (lower.contains(word))
                return hex;
        }
    }
    return QStringLiteral("8a8d91");
}

} // namespace

QVariant CarPictures::Picture::value(int role) const
{
    return role == FirstRole    ? QVariant(photo)
        : role == FirstRole + 1 ? QVariant(drawing)
        : role == FirstRole + 2 ? QVariant(alt)
                                : QVariant();
}

QHash<int, QByteArray> CarPictures::Picture::roleNames()
{
    return {{FirstRole, "photo"}, {FirstRole + 1, "drawing"}, {FirstRole + 2, "alt"}};
}

QString CarPictures::photoSource(const QString &url)
{
    return QStringLiteral("image://photo/") + QString::fromLatin1(QUrl::toPercentEncoding(url));
}

QString CarPictures::urlOfPhotoId(const QString &id)
{
    return QUrl::fromPercentEncoding(id.toLatin1());
}

QString CarPictures::drawing(const Vehicle &v, const Catalog &catalog, const QString &view)
{
    if (catalog.model(v.model))
        return ModelLineListModel::imageUrl(catalog, v.model, v.paint, v.wheel, view);
    const QString body = v.body.isEmpty() ? QStringLiteral("crossover") : v.body;
    return QStringLiteral("image://car/%1/%2?paint=%3&finish=metallic&wheel=multi-spoke")
        .arg(body, view, hexOfColourName(v.exteriorColor));
}

QList<CarPictures::Picture> CarPictures::of(const Vehicle &v, const Catalog &catalog, const QString &title)
{
    QList<Picture> out;
    const QString side = drawing(v, catalog, QStringLiteral("side"));
    for (int i = 0; i < v.images.size(); ++i)
        out << Picture{
            photoSource(v.images.at(i)), side,
            QCoreApplication::translate("CarPictures", "Photo %1 of %2: %3").arg(i + 1).arg(v.images.size()).arg(title)};
    if (out.isEmpty()) {
        const QString drawn = QCoreApplication::translate("CarPictures", "Illustration of %1").arg(title);
        out << Picture{QString(), side, drawn} << Picture{QString(), drawing(v, catalog, QStringLiteral("three-quarter")), drawn};
    }
    return out;
}

CarPictures::Picture CarPictures::first(const Vehicle &v, const Catalog &catalog, const QString &title)
{
    const QString side = drawing(v, catalog, QStringLiteral("side"));
    if (v.images.isEmpty())
        return {QString(), side, QCoreApplication::translate("CarPictures", "Illustration of %1").arg(title)};
    return {photoSource(v.images.first()), side, QCoreApplication::translate("CarPictures", "Photo of %1").arg(title)};
}
