// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsource.h"

#include "common/recordreader.h"
#include "feed/feedimporter.h"

#include <QDir>

QUrl FeedSource::urlFrom(const QString &text, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QUrl();
    };
    const QString t = text.trimmed();
    if (t.isEmpty())
        return refuse(QStringLiteral("is empty"));
    if (t.size() > RecordReader::kMaxUrl)
        return refuse(QStringLiteral("is %1 characters long; at most %2").arg(t.size()).arg(RecordReader::kMaxUrl));
    // A path as a person types it (an event's folder, a USB stick): absolute, so it means the
    // same whichever folder Vitrine was started from.
    if (t.startsWith(QLatin1Char('/')))
        return QUrl::fromLocalFile(QDir::cleanPath(t));
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return refuse(QStringLiteral("is not a valid URL"));
    if (scheme == QLatin1String("file")) {
        if (!url.isLocalFile() || !url.toLocalFile().startsWith(QLatin1Char('/')))
            return refuse(QStringLiteral("a file URL must hold an absolute path (file:///media/…)"));
        return url;
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return refuse(QStringLiteral("must be an http, https or file URL, or an absolute path"));
    if (url.host().isEmpty())
        return refuse(QStringLiteral("names no server"));
    return url;
}

std::optional<FeedSource> FeedSource::read(const QJsonObject &record, QList<RecordIssue> *issues)
{
    RecordReader r(record, QStringLiteral("sources"), issues);
    FeedSource s;
    s.id = r.id();
    if (s.id.size() > FeedImporter::kMaxDealerSource)
        r.fail(
            QStringLiteral("id"),
            QStringLiteral("is the source its stock is kept under: at most %1 characters").arg(FeedImporter::kMaxDealerSource));
    s.name = r.string(QStringLiteral("name"), false, RecordReader::kMaxName);
    if (s.name.isEmpty())
        s.name = s.id;
    const QString url = r.string(QStringLiteral("url"), true, RecordReader::kMaxUrl);
    if (!url.isEmpty()) {
        QString problem;
        s.url = urlFrom(url, &problem);
        if (!s.url.isValid())
            r.fail(QStringLiteral("url"), problem);
    }
    const QString format = r.string(QStringLiteral("format"), false);
    if (!format.isEmpty() && format != QLatin1String("auto")) {
        QString problem;
        s.format = FeedFormat::fromName(format, &problem);
        if (!s.format)
            r.fail(QStringLiteral("format"), problem + QStringLiteral(", or auto"));
    }
    s.dealer = r.identifier(QStringLiteral("dealer"), false);
    s.market = r.identifier(QStringLiteral("market"), false);
    s.everyMinutes = r.integer(QStringLiteral("every_minutes"), kMinMinutes, kMaxMinutes, false, kDefaultMinutes);
    s.maxMegabytes = r.integer(QStringLiteral("max_mb"), 1, kMaxMegabytes, false, kDefaultMegabytes);
    s.enabled = r.boolean(QStringLiteral("enabled"), true);
    return r.ok() ? std::optional(s) : std::nullopt;
}

QJsonObject FeedSource::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("url"), url.isLocalFile() ? url.toLocalFile() : url.toString()},
                  {QStringLiteral("format"), formatName()},
                  {QStringLiteral("every_minutes"), everyMinutes},
                  {QStringLiteral("max_mb"), maxMegabytes},
                  {QStringLiteral("enabled"), enabled}};
    if (!dealer.isEmpty())
        o.insert(QStringLiteral("dealer"), dealer);
    if (!market.isEmpty())
        o.insert(QStringLiteral("market"), market);
    return o;
}
