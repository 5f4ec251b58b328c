// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QObject>

#include <memory>

class QGeoPositionInfoSource;

/// Where "distance" is measured from: a kiosk's studio, fixed; a tablet's own position from Qt
/// Positioning; or an NMEA log replayed for tests and demos.
class PositionProvider : public QObject
{
    Q_OBJECT
public:
    explicit PositionProvider(QObject *parent = nullptr);
    ~PositionProvider() override;

    void useFixed(const QGeoCoordinate &coordinate);
    /// Replays an NMEA log (simulation mode); false with a reason if the file cannot be read.
    bool useNmeaLog(const QString &path, QString *error = nullptr);
    /// The platform's position source, if there is one; false leaves the current position.
    bool useDevice();

    QGeoCoordinate position() const { return m_position; }

signals:
    void positionChanged(const QGeoCoordinate &position);

private:
    void setPosition(const QGeoCoordinate &c);
    void attach(QGeoPositionInfoSource *source);

    QGeoCoordinate m_position;
    std::unique_ptr<QGeoPositionInfoSource> m_source;
};
