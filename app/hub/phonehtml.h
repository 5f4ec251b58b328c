// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonewords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The brand theme a phone page wears: the colours and name of one of data/themes (Nocturne or
/// Fjord), read from the hub's resources.
struct PhoneTheme {
    QString id = QStringLiteral("nocturne");
    QString brand = QStringLiteral("Solvik");
    bool dark = true;
    QString background = QStringLiteral("#111214"), surface = QStringLiteral("#1B1C1F"), text = QStringLiteral("#F2EEE8"),
            muted = QStringLiteral("#A8A39C"), accent = QStringLiteral("#8E1B26"), onAccent = QStringLiteral("#FBF7F2"),
            divider = QStringLiteral("#34353A"), focus = QStringLiteral("#E3B873"), backdropTop = QStringLiteral("#1C1D21"),
            backdropBottom = QStringLiteral("#09090A");
    bool upperTitles = true;

    /// The theme `id` from :/vitrine/hub/themes; the defaults above when it cannot be read.
    static PhoneTheme load(const QString &id);
};

/// Writes one HTML page for a phone: the document head (title, Open Graph tags, the theme's
/// styles inline: one request, nothing from elsewhere), the brand bar with the language switch,
/// then the page's sections, each piece of text escaped.
class PhoneHtml
{
    Q_DECLARE_TR_FUNCTIONS(PhoneHtml)

public:
    struct Head {
        QString title;
        QString description;
        QString image;      ///< absolute or root-relative URL of the Open Graph picture, or empty
        QString path;       ///< this page's path, for the language links (without a query)
        QString extraQuery; ///< kept on the language links (e.g. "date=2026-12-03"), already encoded
        QString publicUrl;  ///< the studio's base URL for absolute Open Graph links, or empty
    };

    PhoneHtml(const PhoneTheme &theme, const PhoneWords::Language &language);

    static QString escape(const QString &text);
    /// Adds the page's head and opens its main part.
    void begin(const Head &head);
    /// Adds raw HTML (already escaped by the caller).
    PhoneHtml &raw(const QString &html)
    {
        m_out += html;
        return *this;
    }
    /// Adds `text` escaped.
    PhoneHtml &text(const QString &text)
    {
        m_out += escape(text);
        return *this;
    }
    /// A translated sentence with its %1, %2 … filled by `pieces` that always read left to right
    /// (a code, a phone number, a VIN), each kept whole and unbroken inside right-to-left text.
    PhoneHtml &sentence(const QString &translated, const QStringList &pieces);
    /// A button that calls `phone`, its words `translated` ("Call %1") in one span: a button lays
    /// its children out as flex items, which would drop the space before the number ("Call+47").
    PhoneHtml &callButton(const QString &translated, const QString &phone);
    /// A link that keeps the page's language: `path` gets "?lang=…" (or "&lang=…").
    QString href(const QString &path) const;
    /// A two-column list of label and value (a price breakdown, specs).
    void table(const QString &caption, const QList<std::pair<QString, QString>> &rows, bool lastIsTotal = false);
    /// Closes the page; the finished UTF-8 document.
    QByteArray finish();

    const PhoneWords::Language &language() const { return m_language; }

private:
    const PhoneTheme &m_theme;
    const PhoneWords::Language &m_language;
    QString m_out;
};
