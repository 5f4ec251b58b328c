#pragma once

#include "carillustration.h"

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <memory>
#include <optional>

/// Serves image://car/<body>/<view>?paint=RRGGBB&finish=…&wheel=… to QML, drawn off the UI
/// thread so scrolling a grid of cars never waits for a picture.
class CarImageProvider : public QQuickAsyncImageProvider
{
public:
    /// The width drawn when QML asks for no particular size.
    static constexpr int defaultWidth = 800;

    CarImageProvider();
    ~CarImageProvider() override;

    /// Reads an image id into what to draw: body and view are required (view `side` or
    /// `three-quarter`), paint is six hex digits without '#'; finish and wheel are optional.
    /// An unknown body or wheel is kept (the illustration falls back); nullopt with the reason
    /// in `error` for anything malformed.
    static std::optional<CarIllustration::Spec> parseId(const QString &id, QString *error = nullptr);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    std::shared_ptr<const CarIllustration> m_illustration;
    QThreadPool m_pool;
};
