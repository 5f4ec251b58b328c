// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoimageprovider.h"

#include "carpictures.h"
#include "sync/photofetcher.h"

#include <QImageReader>

#include <atomic>

namespace {

// Carries the decoded photo to its response by a queued signal: a response the engine deleted
// meanwhile (a cancelled request) is simply never told.
class PhotoRelay : public QObject
{
    Q_OBJECT
signals:
    void decoded(const QImage &image);
};

class PhotoResponse : public QQuickImageResponse
{
public:
    void deliver(const QImage &image)
    {
        // No photo (broken, refused, never fetched) is no error: an empty picture, which the page
        // answers by keeping the drawn car. An error string would print a warning per car.
        m_image = image;
        emit finished();
    }
    QQuickTextureFactory *textureFactory() const override
    {
        return m_image.isNull() ? nullptr : QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return {}; }
    void cancel() override { m_cancelled->store(true); }
    const std::shared_ptr<std::atomic_bool> &cancelledFlag() const { return m_cancelled; }

private:
    QImage m_image;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

QImage decode(const QString &path, const QSize &size)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    // Never larger than asked for: a 6,000-pixel photo in a 400-pixel card would cost memory only.
    if (full.isValid() && (size.width() > 0 || size.height() > 0)) {
        const QSize target = full.scaled(size.width() > 0 ? size.width() : full.width(),
                                         size.height() > 0 ? size.height() : full.height(), Qt::KeepAspectRatio);
        if (target.width() < full.width())
            reader.setScaledSize(target);
    }
    return reader.read(); // null for a file that is no picture after all
}

} // namespace

PhotoImageProvider::PhotoImageProvider(std::shared_ptr<PhotoFetcher> fetcher,
                                       std::shared_ptr<CarImageProvider::Painters> decoders)
    : m_fetcher(std::move(fetcher))
    , m_decoders(std::move(decoders))
{
}

QQuickImageResponse *PhotoImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    auto *response = new PhotoResponse;
    // Made on this thread, so its signal is queued to the response whichever thread emits it.
    auto *relay = new PhotoRelay;
    QObject::connect(relay, &PhotoRelay::decoded, response, &PhotoResponse::deliver);
    const std::shared_ptr<std::atomic_bool> cancelled = response->cancelledFlag();
    const std::shared_ptr<CarImageProvider::Painters> decoders = m_decoders;
    const auto answer = [relay](const QImage &image) {
        emit relay->decoded(image);
        relay->deleteLater();
    };
    m_fetcher->request(QUrl(CarPictures::urlOfPhotoId(id)),
                       [decoders, cancelled, requestedSize, answer](std::optional<QString> path) {
                           if (!path || cancelled->load() || decoders->closed.load()) {
                               answer(QImage());
                               return;
                           }
                           decoders->pool.start([path = *path, requestedSize, cancelled, answer] {
                               answer(cancelled->load() ? QImage() : decode(path, requestedSize));
                           });
                       });
    return response;
}

#include "photoimageprovider.moc"
