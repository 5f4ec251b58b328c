#include "carimageprovider.h"

#include <QRegularExpression>
#include <QRunnable>
#include <QThreadPool>
#include <QUrlQuery>

namespace {

class CarImageResponse : public QQuickImageResponse, public QRunnable
{
public:
    CarImageResponse(const CarIllustration *illustration, std::optional<CarImageProvider::Request> request,
                     QString error, int width)
        : m_illustration(illustration)
        , m_request(std::move(request))
        , m_error(std::move(error))
        , m_width(width)
    {
        setAutoDelete(false);
    }

    void run() override
    {
        if (m_request)
            m_image = m_illustration->render(m_request->spec, m_width);
        // Announced from the thread that owns the response, once its event loop turns, so a
        // listener that connects right after the request never misses it.
        QMetaObject::invokeMethod(this, &QQuickImageResponse::finished, Qt::QueuedConnection);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }

    QString errorString() const override { return m_error; }

private:
    const CarIllustration *m_illustration;
    std::optional<CarImageProvider::Request> m_request;
    QString m_error;
    int m_width;
    QImage m_image;
};

} // namespace

std::optional<CarImageProvider::Request> CarImageProvider::parse(const QString &id, QString *error)
{
    const QString path = id.section(QLatin1Char('?'), 0, 0);
    const QUrlQuery query(id.section(QLatin1Char('?'), 1));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() != 2) {
        *error = QStringLiteral("a car picture id is <body>/<view>?paint=RRGGBB&finish=…&wheel=…, not \"%1\"").arg(id);
        return std::nullopt;
    }
    Request r;
    r.spec.body = parts.at(0);
    if (parts.at(1) == QLatin1String("side"))
        r.spec.view = CarIllustration::View::Side;
    else if (parts.at(1) == QLatin1String("three-quarter"))
        r.spec.view = CarIllustration::View::ThreeQuarter;
    else {
        *error = QStringLiteral("unknown view \"%1\" (side or three-quarter)").arg(parts.at(1));
        return std::nullopt;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{6}$"));
    const QString paint = query.queryItemValue(QStringLiteral("paint"));
    if (!hex.match(paint).hasMatch()) {
        *error = QStringLiteral("paint must be six hex digits, not \"%1\"").arg(paint);
        return std::nullopt;
    }
    r.spec.paint = QColor(QLatin1Char('#') + paint);
    r.spec.finish = query.queryItemValue(QStringLiteral("finish"));
    r.spec.wheelDesign = query.queryItemValue(QStringLiteral("wheel"));
    return r;
}

QQuickImageResponse *CarImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    QString error;
    auto request = parse(id, &error);
    int width = requestedSize.width() > 0 ? requestedSize.width() : 800;
    if (request && requestedSize.width() <= 0 && requestedSize.height() > 0)
        width = qRound(requestedSize.height() / CarIllustration::aspect(request->spec.view));
    auto *response = new CarImageResponse(&m_illustration, std::move(request), error, width);
    QThreadPool::globalInstance()->start(response);
    return response;
}
