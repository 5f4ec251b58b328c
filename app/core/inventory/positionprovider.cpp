// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionprovider.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

PositionProvider::PositionProvider(QObject *parent)
    : QObject(parent)
{
}

PositionProvider::~PositionProvider() = default;

void PositionProvider::setPosition(const QGeoCoordinate &c)
{
    if (!c.isValid() || c == m_position)
        return;
    m_position = c;
    emit positionChanged(c);
}

void PositionProvider::useFixed(const QGeoCoordinate &coordinate)
{
    m_source.reset();
    setPosition(coordinate);
}

void PositionProvider::attach(QGeoPositionInfoSource *source)
{
    m_source.reset(source);
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
            [this](const QGeoPositionInfo &info) { setPosition(info.coordinate()); });
    source->setUpdateInterval(1000);
    source->startUpdates();
}

bool PositionProvider::useNmeaLog(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the NMEA log %1: %2").arg(path, file->errorString());
        return false;
    }
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
    source->setDevice(file.release()); // the source does not own it: parent it instead
    source->device()->setParent(source);
    attach(source);
    return true;
}

bool PositionProvider::useDevice()
{
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(nullptr);
    if (!source)
        return false;
    attach(source);
    return true;
}
