// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

/// Serves image://qr/<percent-encoded text> as a QR code drawn with libqrencode, so a visitor
/// can take a car, a route or a build home on their phone without typing anything.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /// The code as an image with a four-module quiet zone; null for text that cannot be encoded.
    static QImage render(const QByteArray &text, int sidePixels);
};
