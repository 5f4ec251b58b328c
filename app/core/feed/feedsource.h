// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recordissue.h"
#include "feed/feedformat.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

/// A feed Vitrine fetches by itself — a dealer's Meta or Google export, or a Vitrine feed — as
/// the brand's feed lists it (list `sources`) or staff add it: where it is (an http, https or
/// file URL), how it is read, which place its rows without a dealer belong to, and how often.
struct FeedSource {
    /// Also the source its stock is kept under ([a-z0-9-], at most 40 characters).
    QString id;
    QString name; ///< for staff; the id when the feed gives none
    QUrl url;
    /// Unset: recognised from the bytes at every fetch.
    std::optional<FeedFormat> format;
    QString dealer; ///< the place of the rows that name no dealer (a studio or dealer id)
    QString market; ///< the market of the dealers it creates, when their country does not say
    int everyMinutes = kDefaultMinutes;
    int maxMegabytes = kDefaultMegabytes;
    bool enabled = true;

    static constexpr int kDefaultMinutes = 60;
    static constexpr int kMinMinutes = 5;
    static constexpr int kMaxMinutes = 7 * 24 * 60;
    static constexpr int kDefaultMegabytes = 100;
    static constexpr int kMaxMegabytes = 1024;

    bool isFile() const { return url.isLocalFile(); }
    /// What staff read for the format: "recognised from the file" or "Meta (CSV)".
    QString formatName() const { return format ? format->name() : QStringLiteral("auto"); }

    /// Validates one record of the feed's `sources` list (or one staff wrote); the problems go
    /// to `issues` under the list "sources".
    static std::optional<FeedSource> read(const QJsonObject &record, QList<RecordIssue> *issues);
    /// The record as `read` takes it back.
    QJsonObject toJson() const;
    /// `text` as a person types it: an http(s) or file URL, or an absolute path. Invalid (with
    /// the reason in `problem`) for anything else.
    static QUrl urlFrom(const QString &text, QString *problem = nullptr);

    bool operator==(const FeedSource &) const = default;
};
