// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// Which kind of feed a file holds — Vitrine JSON, a Meta automotive catalog or Google vehicle
/// listings, as CSV or TSV — recognised from its bytes or named by a person; and, for a file that
/// is none of them, what it is in plain words ("a PDF document") so the person can act.
class FeedFormat
{
public:
    enum class Kind { Unknown, Vitrine, Meta, Google };

    Kind kind = Kind::Unknown;
    /// For Meta and Google: ',' or '\t' (or ';', '|'); 0 detects it from the header row.
    char delimiter = 0;
    /// What the bytes are when no feed was recognised: "a PDF document", "empty", "not text" …
    QString what;

    bool isKnown() const { return kind != Kind::Unknown; }
    bool isTable() const { return kind == Kind::Meta || kind == Kind::Google; }
    /// The name a person types (vitrine, meta, meta-tsv, google-csv …).
    QString name() const;
    /// For a person: "a Meta automotive catalog (TSV)".
    QString description() const;

    /// The feed in `bytes`, or Kind::Unknown with `what` saying what the bytes are instead.
    static FeedFormat recognise(const QByteArray &bytes);
    /// `name` as a person gives it: vitrine, meta, meta-csv, meta-tsv, google, google-csv,
    /// google-tsv (any case). nullopt for anything else, with the names that work in `problem`.
    static std::optional<FeedFormat> fromName(const QString &name, QString *problem = nullptr);
    static QStringList names();
    /// What `bytes` are when they cannot be any feed (empty, binary, a PDF, an HTML page …);
    /// empty when they are text a feed reader can try.
    static QString notAFeed(const QByteArray &bytes);

    bool operator==(const FeedFormat &) const = default;
};
