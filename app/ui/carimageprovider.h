#pragma once

#include "carillustration.h"

#include <QQuickAsyncImageProvider>

#include <optional>

/// Serves image://car/<body>/<view>?paint=RRGGBB&finish=…&wheel=… to QML, drawn off the UI
/// thread so scrolling never waits for a picture.
class CarImageProvider : public QQuickAsyncImageProvider
{
public:
    struct Request {
        CarIllustration::Spec spec;
    };

    /// Parses an image id; nullopt with `error` for anything malformed.
    static std::optional<Request> parse(const QString &id, QString *error);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    CarIllustration m_illustration;
};
