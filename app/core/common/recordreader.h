// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/localizedtext.h"
#include "common/recordissue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

/// Reads the fields of one JSON record into typed values, noting every problem with the
/// record's list, id and field so a person can find and fix it.
class RecordReader
{
public:
    RecordReader(const QJsonObject &record, const QString &list, QList<RecordIssue> *issues);
    /// A reader for a nested object (specs, defaults), which has no id of its own.
    static RecordReader nested(const QJsonObject &object, const QString &list);

    /// Length limits, in characters, so a shifted column or a pasted document is refused with a
    /// reason instead of stretching a screen (see data/README.md, "Limits").
    static constexpr int kMaxName = 100;         ///< names of models, trims, options, places, colours
    static constexpr int kMaxText = 200;         ///< any other single-line text (an address line, a note)
    static constexpr int kMaxDescription = 2000; ///< descriptions and taglines
    static constexpr int kMaxUrl = 2048;

    /// The record's stable id; an invalid one makes the record fail.
    QString id() const { return m_id; }
    bool ok() const { return m_ok; }

    QString string(const QString &key, bool required = true, int maxLength = kMaxText);
    QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback = QString());
    QString identifier(const QString &key, bool required = true);
    QStringList identifiers(const QString &key, bool required = false);
    double number(const QString &key, double min, double max, bool required = true, double fallback = 0);
    int integer(const QString &key, int min, int max, bool required = true, int fallback = 0);
    bool boolean(const QString &key, bool fallback);
    LocalizedText text(const QString &key, bool required = true, int maxLength = kMaxName);
    QDate date(const QString &key, bool required = true);
    QDateTime timestamp(const QString &key, bool required = true);
    QJsonObject object(const QString &key, bool required = true);
    QJsonArray array(const QString &key, bool required = true);
    /// {"market": amount, …} as minor units.
    QHash<QString, qint64> prices(const QString &key);

    void fail(const QString &field, const QString &problem);
    void warn(const QString &field, const QString &problem);

    static bool isValidIdentifier(const QString &id);

private:
    RecordReader(const QJsonObject &record, const QString &list);
    QJsonValue value(const QString &key, bool required);

    QJsonObject m_record;
    QString m_list;
    QString m_id;
    QList<RecordIssue> *m_issues;
    bool m_ok = true;
};
