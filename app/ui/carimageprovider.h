// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carillustration.h"

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

/// Serves image://car/<body>/<view>?paint=RRGGBB&finish=…&wheel=… (the car),
/// <body>/cabin?interior=RRGGBB&material=… (its cabin) and <body>/wheel?wheel=… (a wheel alone)
/// to QML, drawn off the UI thread so scrolling a grid of cars never waits for a picture.
class CarImageProvider : public QQuickAsyncImageProvider
{
public:
    /// The width drawn when QML asks for no particular size.
    static constexpr int defaultWidth = 800;

    /// The threads pictures are painted on, shared with whoever must stop them: the engine may
    /// keep its image providers alive past its own end, so the kiosk drains this before quitting.
    class Painters
    {
    public:
        /// No new pictures are started; those being painted finish; queued ones are dropped.
        void close();

    private:
        friend class CarImageProvider;
        friend class PhotoImageProvider;
        QThreadPool pool;
        std::atomic_bool closed{false};
    };

    explicit CarImageProvider(std::shared_ptr<Painters> painters = std::make_shared<Painters>());
    ~CarImageProvider() override;

    /// Reads an image id into what to draw: body and view are required (view `side`,
    /// `three-quarter`, `cabin` or `wheel`); the car's paint and the cabin's interior are six hex
    /// digits without '#'; finish, wheel and material are optional.
    /// An unknown body or wheel is kept (the illustration falls back); nullopt with the reason
    /// in `error` for anything malformed.
    static std::optional<CarIllustration::Spec> parseId(const QString &id, QString *error = nullptr);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    std::shared_ptr<const CarIllustration> m_illustration;
    std::shared_ptr<Painters> m_painters;
};
