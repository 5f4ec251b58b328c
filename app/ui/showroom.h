// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "kiosk/visitorrequests.h"
#include "modellinelistmodel.h"
#include "rowlistmodel.h"

#include "qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class DatabaseQueue;

/// What the studio has to show, for QML: the catalog snapshot and stock figures, refreshed when
/// a feed is applied.
class Showroom : public QObject, public QmlSingleton<Showroom>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ModelLineListModel *lines READ lines CONSTANT)
    Q_PROPERTY(int studioCount READ studioCount NOTIFY changed)
    Q_PROPERTY(QString heroImage READ heroImage NOTIFY changed)
    Q_PROPERTY(QString studioName READ studioName NOTIFY changed)
    /// The brand's studios, this one first: studioId, name, city, address, here.
    Q_PROPERTY(QAbstractItemModel *studios READ studios CONSTANT)

public:
    struct StudioRow {
        QString id, name, city, address;
        bool here = false;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const StudioRow &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    explicit Showroom(QObject *parent);

    void setCatalog(Catalog catalog);
    void setLanguage(const QString &feedLanguage);
    void setStudio(const QString &studioId);

    const Catalog &catalog() const { return m_catalog; }
    ModelLineListModel *lines() { return &m_lines; }
    int studioCount() const;
    QString heroImage() const;
    QString studioName() const;
    QString studioId() const { return m_studio; }
    QAbstractItemModel *studios() { return &m_studios; }

    /// Where visitor requests are written (off the screen's thread).
    void setQueue(DatabaseQueue *queue) { m_queue = queue; }
    /// Tells the staff of this studio that a visitor would like to talk; true when recorded.
    /// Records the request on the database worker and returns its number; `requestAnswered` follows.
    Q_INVOKABLE int askExpert(const QString &vehicle = QString(), const QString &buildCode = QString());
    /// Asks the staff to hold a car for the visitor; no personal data, an expert comes over.
    Q_INVOKABLE int holdVehicle(const QString &vehicle);
    /// What staff receive of the visitor's car in part-exchange with each request (empty: none).
    void setTradeInSource(std::function<QJsonObject()> source) { m_tradeIn = std::move(source); }

signals:
    /// A request asked for with the number it was given: "hold" or "expert", and whether it was recorded.
    void requestAnswered(int request, const QString &kind, bool ok);
    void changed();

private:
    Catalog m_catalog;
    ModelLineListModel m_lines;
    RowListModel<StudioRow> m_studios;
    void updateStudios();
    QString m_language = QStringLiteral("en");
    QString m_studio;
    DatabaseQueue *m_queue = nullptr;
    int m_nextRequest = 1;
    std::function<QJsonObject()> m_tradeIn;
    int request(VisitorRequests::Kind kind, const QString &vehicle, const QString &buildCode);
};
