// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonephotos.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>

Q_DECLARE_LOGGING_CATEGORY(lcPhone)

namespace {

/// No dealer's photo is larger; beyond it decoding alone would take hundreds of megabytes.
constexpr qint64 kMaxPixels = 60'000'000;
/// A link that gave a picture no phone can be given (an unknown format) is tried again after this.
constexpr qint64 kRetryUnusableMs = 3600'000;
constexpr qsizetype kUnusableKept = 4096;

QByteArray jpegOf(const QImage &image, QString *why)
{
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(PhonePhotos::kJpegQuality);
    writer.setOptimizedWrite(true);
    // Progressive: a slow phone shows the whole car blurred at once, then sharpens it.
    writer.setProgressiveScanWrite(true);
    if (!writer.write(image)) {
        *why = writer.errorString();
        return {};
    }
    return jpeg;
}

/// The photo as a phone gets it: upright, at most PhonePhotos::kMaxWidth wide, as a JPEG; and
/// at most kSmallWidth wide.
std::pair<QByteArray, QByteArray> scaled(const QString &path, const QColor &background, QString *why)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid()) {
        *why = reader.errorString();
        return {};
    }
    if (qint64(stored.width()) * stored.height() > kMaxPixels) {
        *why = QStringLiteral("it has too many pixels");
        return {};
    }
    // The reader scales what is stored (a JPEG while it decodes, at a fraction of the memory)
    // and turns it upright after: a photo taken upright is stored on its side.
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    QSize upright = turned ? stored.transposed() : stored;
    if (upright.width() > PhonePhotos::kMaxWidth) {
        upright = QSize(PhonePhotos::kMaxWidth,
                        qMax(1, qRound(double(upright.height()) * PhonePhotos::kMaxWidth / upright.width())));
        reader.setScaledSize(turned ? upright.transposed() : upright);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *why = reader.errorString();
        return {};
    }
    if (image.hasAlphaChannel()) {
        // A JPEG has no transparency: a cut-out car stands on the page's own background.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(background);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    const QImage small = image.width() > PhonePhotos::kSmallWidth
        ? image.scaledToWidth(PhonePhotos::kSmallWidth, Qt::SmoothTransformation)
        : image;
    QByteArray large = jpegOf(image, why);
    return {large, large.isEmpty() ? QByteArray() : jpegOf(small, why)};
}

} // namespace

PhonePhotos::PhonePhotos(const QString &folder, qint64 capBytes, const QColor &background, QObject *parent)
    : QObject(parent)
    , m_cache(std::make_shared<PhotoCache>(folder, capBytes))
    , m_background(background)
    , m_fetcher(std::make_unique<PhotoFetcher>(m_cache))
{
    // One photo scaled at a time: the hub shares a small machine with the screens' work.
    m_scaling.setMaxThreadCount(1);
    m_scaling.setObjectName(QStringLiteral("vitrine-phone-photos"));
}

PhonePhotos::~PhonePhotos()
{
    // The fetcher answers whoever waits as it goes; then no scaling is left running.
    m_fetcher.reset();
    m_scaling.waitForDone();
}

bool PhonePhotos::fetchable(const QUrl &source)
{
    // Never a file: a feed naming one would publish the hub's own disk to any phone.
    const QString scheme = source.scheme().toLower();
    return source.isValid() && !source.host().isEmpty() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

QUrl PhonePhotos::scaledKey(const QUrl &source, int width)
{
    return QUrl(QStringLiteral("vitrine-phone-%1:").arg(width)
                + QString::fromLatin1(QCryptographicHash::hash(source.toEncoded(), QCryptographicHash::Sha256).toHex()));
}

std::optional<PhonePhotos::Held> PhonePhotos::held(const QUrl &source, Size size) const
{
    if (!fetchable(source))
        return std::nullopt;
    const auto path = m_cache->lookup(scaledKey(source, size == Size::Large ? kMaxWidth : kSmallWidth));
    if (!path)
        return std::nullopt;
    // Only the header is read: the page sets the picture's size so its layout does not jump.
    const QSize pixels = QImageReader(*path).size();
    if (!pixels.isValid())
        return std::nullopt;
    // The cache names a file by the SHA-256 of its bytes.
    return Held{*path, pixels, QFileInfo(*path).fileName().left(16)};
}

void PhonePhotos::want(const QUrl &source, bool first)
{
    if (!fetchable(source) || m_waiting.contains(source))
        return;
    if (const qint64 since = m_unusable.value(source, -1);
        since >= 0 && QDateTime::currentMSecsSinceEpoch() - since < kRetryUnusableMs)
        return;
    if (held(source, Size::Large) && held(source, Size::Small))
        return;
    if (m_queue.size() >= kQueued) {
        if (!first)
            return;
        // A warm-up's photo makes room, or else the latest visitor's wish but one.
        m_waiting.remove(m_queue.takeLast());
        m_wished = qMin(m_wished, m_queue.size());
    }
    m_waiting.insert(source);
    // Visitors' photos in the order their pages show them, before any warm-up's.
    if (first)
        m_queue.insert(m_wished++, source);
    else
        m_queue.append(source);
    pump();
}

void PhonePhotos::pump()
{
    while (m_running < kParallel && !m_queue.isEmpty()) {
        const QUrl source = m_queue.takeFirst();
        m_wished = qMax(qsizetype(0), m_wished - 1);
        ++m_running;
        // Answered on the fetcher's thread, or at once on this one when the original is held.
        m_fetcher->request(source, [this, source](std::optional<QString> original) { fetched(source, original); });
    }
}

void PhonePhotos::fetched(const QUrl &source, const std::optional<QString> &original)
{
    if (!original) {
        QMetaObject::invokeMethod(
            this, [this, source] { finished(source, false); }, Qt::QueuedConnection);
        return;
    }
    m_scaling.start([this, source, path = *original, cache = m_cache, background = m_background] {
        QString why;
        const auto [large, small] = scaled(path, background, &why);
        const bool usable = !small.isEmpty() && cache->store(scaledKey(source, kMaxWidth), large, &why).has_value()
            && cache->store(scaledKey(source, kSmallWidth), small, &why).has_value();
        if (!usable)
            qCInfo(lcPhone) << "a photo cannot be given to phones:" << why;
        QMetaObject::invokeMethod(
            this, [this, source, usable] { finished(source, usable); }, Qt::QueuedConnection);
    });
}

void PhonePhotos::finished(const QUrl &source, bool usable)
{
    --m_running;
    m_waiting.remove(source);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (usable)
        m_unusable.remove(source);
    else
        m_unusable.insert(source, now);
    // A stock of broken links is remembered for a while, not for ever.
    if (m_unusable.size() > kUnusableKept)
        m_unusable.removeIf([now](QHash<QUrl, qint64>::iterator it) { return now - it.value() >= kRetryUnusableMs; });
    if (m_unusable.size() > kUnusableKept)
        m_unusable.clear();
    pump();
}
