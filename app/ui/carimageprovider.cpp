// SPDX-License-Identifier: GPL-3.0-or-later
#include "carimageprovider.h"

#include <QRegularExpression>
#include <QRunnable>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

namespace {

// The painting half of a request: runs on the pool and hands its picture to the response by a
// queued signal, so a response the engine has already deleted (a cancelled request) is simply
// never told.
class CarRenderTask : public QObject, public QRunnable
{
    Q_OBJECT
public:
    CarRenderTask(std::shared_ptr<const CarIllustration> illustration, CarIllustration::Spec spec, QSize size,
                  std::shared_ptr<std::atomic_bool> cancelled)
        : m_illustration(std::move(illustration))
        , m_spec(std::move(spec))
        , m_size(size)
        , m_cancelled(std::move(cancelled))
    {
    }

    void run() override
    {
        QImage image;
        if (!m_cancelled->load())
            image = m_illustration->render(m_spec, m_size);
        emit rendered(image);
    }

signals:
    void rendered(const QImage &image);

private:
    std::shared_ptr<const CarIllustration> m_illustration;
    CarIllustration::Spec m_spec;
    QSize m_size;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

// One picture on its way to QML: finished() once painted, or at once for a malformed id.
class CarImageResponse : public QQuickImageResponse
{
public:
    explicit CarImageResponse(QString error = {})
        : m_error(std::move(error))
    {
        if (!m_error.isEmpty())
            // Queued, so whoever connects right after the request still hears it.
            QMetaObject::invokeMethod(this, &QQuickImageResponse::finished, Qt::QueuedConnection);
    }

    void deliver(const QImage &image)
    {
        m_image = image;
        emit finished();
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return m_image.isNull() ? nullptr : QQuickTextureFactory::textureFactoryForImage(m_image);
    }

    QString errorString() const override { return m_error; }

    void cancel() override { m_cancelled->store(true); }

    const std::shared_ptr<std::atomic_bool> &cancelledFlag() const { return m_cancelled; }

private:
    QString m_error;
    QImage m_image;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

void fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
}

} // namespace

void CarImageProvider::Painters::close()
{
    closed.store(true);
    pool.clear();
    pool.waitForDone();
}

CarImageProvider::CarImageProvider(std::shared_ptr<Painters> painters)
    : m_illustration(std::make_shared<CarIllustration>())
    , m_painters(std::move(painters))
{
}

CarImageProvider::~CarImageProvider()
{
    // Pictures nobody will show again are dropped; ones being painted finish first.
    m_painters->close();
}

std::optional<CarIllustration::Spec> CarImageProvider::parseId(const QString &id, QString *error)
{
    const qsizetype mark = id.indexOf(QLatin1Char('?'));
    const QStringList parts = id.left(mark).split(QLatin1Char('/'));
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (mark < 0 || parts.size() != 2 || !name.match(parts.at(0)).hasMatch()) {
        fail(error, QStringLiteral("a car picture id is <body>/<view>?paint=RRGGBB&finish=…&wheel=…, not \"%1\"").arg(id));
        return std::nullopt;
    }
    CarIllustration::Spec spec;
    spec.body = parts.at(0);
    static const QList<CarIllustration::View> views{CarIllustration::View::Side, CarIllustration::View::ThreeQuarter,
                                                    CarIllustration::View::Cabin, CarIllustration::View::Wheel};
    const auto view = std::find_if(views.cbegin(), views.cend(),
                                   [&](CarIllustration::View v) { return CarIllustration::viewName(v) == parts.at(1); });
    if (view == views.cend()) {
        fail(error, QStringLiteral("unknown view \"%1\" (side, three-quarter, cabin or wheel)").arg(parts.at(1)));
        return std::nullopt;
    }
    spec.view = *view;
    const QUrlQuery query(id.mid(mark + 1));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{6}$"));
    // The car needs its paint, the cabin its interior; the wheel alone needs neither.
    const QString colourKey = spec.view == CarIllustration::View::Cabin ? QStringLiteral("interior") : QStringLiteral("paint");
    const QString colour = query.queryItemValue(colourKey);
    if (spec.view != CarIllustration::View::Wheel && !hex.match(colour).hasMatch()) {
        fail(error, QStringLiteral("%1 must be six hex digits without '#', not \"%2\"").arg(colourKey, colour));
        return std::nullopt;
    }
    if (spec.view == CarIllustration::View::Cabin)
        spec.interior = QColor(QLatin1Char('#') + colour);
    else if (hex.match(colour).hasMatch())
        spec.paint = QColor(QLatin1Char('#') + colour);
    spec.finish = query.queryItemValue(QStringLiteral("finish"));
    spec.wheelDesign = query.queryItemValue(QStringLiteral("wheel"));
    spec.material = query.queryItemValue(QStringLiteral("material"));
    if (spec.finish.isEmpty())
        spec.finish = QStringLiteral("metallic");
    if (spec.wheelDesign.isEmpty())
        spec.wheelDesign = CarIllustration::wheelDesigns().constFirst();
    if (spec.material.isEmpty())
        spec.material = CarIllustration::materials().constFirst();
    if (error)
        error->clear();
    return spec;
}

QQuickImageResponse *CarImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    QString error;
    const auto spec = parseId(id, &error);
    if (!spec)
        return new CarImageResponse(error);
    if (m_painters->closed.load())
        return new CarImageResponse(QStringLiteral("the kiosk is closing"));
    auto *response = new CarImageResponse;
    QSize size = requestedSize;
    if (size.width() <= 0 && size.height() <= 0)
        size = QSize(defaultWidth, 0);
    auto *task = new CarRenderTask(m_illustration, *spec, size, response->cancelledFlag());
    QObject::connect(task, &CarRenderTask::rendered, response, &CarImageResponse::deliver);
    m_painters->pool.start(task);
    return response;
}

#include "carimageprovider.moc"
