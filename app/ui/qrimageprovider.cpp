// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimageprovider.h"

#include <QPainter>
#include <QUrl>

#include <qrencode.h>

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::render(const QByteArray &text, int sidePixels)
{
    QRcode *code = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int modules = code->width;
    const int quiet = 4;
    const int total = modules + 2 * quiet;
    const int scale = qMax(1, sidePixels / total);
    QImage image(total * scale, total * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (code->data[y * modules + x] & 1)
                p.drawRect((x + quiet) * scale, (y + quiet) * scale, scale, scale);
        }
    }
    QRcode_free(code);
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QByteArray text = QUrl::fromPercentEncoding(id.toUtf8()).toUtf8();
    const QImage image = render(text, requestedSize.width() > 0 ? requestedSize.width() : 400);
    if (size)
        *size = image.size();
    return image;
}
