// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carimageprovider.h"

#include <QQuickAsyncImageProvider>

#include <memory>

class PhotoFetcher;

/// Serves image://photo/<percent-encoded URL> to QML: a stock car's photo from the photo cache,
/// fetched into it first when it is not there, decoded off the UI thread at the size asked for.
/// A photo that cannot be had answers with an error, and the page keeps the drawn car instead.
class PhotoImageProvider : public QQuickAsyncImageProvider
{
public:
    PhotoImageProvider(std::shared_ptr<PhotoFetcher> fetcher, std::shared_ptr<CarImageProvider::Painters> decoders);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    std::shared_ptr<PhotoFetcher> m_fetcher;
    std::shared_ptr<CarImageProvider::Painters> m_decoders;
};
