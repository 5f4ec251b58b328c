// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonehtml.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// The page's styles, inline (no second request); colours come from the theme. Targets are at
// least 44 px high; the layout uses logical properties, so Arabic mirrors by itself.
QString styles(const PhoneTheme &t)
{
    return QStringLiteral(
               ":root{color-scheme:%1}"
               "*{box-sizing:border-box}"
               "body{margin:0;background:%2;color:%3;font:16px/1.5 'Noto Sans','Noto Sans Arabic UI','Noto Sans CJK SC',"
               "system-ui,sans-serif}"
               "header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;"
               "padding:8px 16px;border-block-end:1px solid %7}"
               ".brand{font-weight:600;letter-spacing:.08em;%11}"
               "nav ul{display:flex;flex-wrap:wrap;gap:4px;list-style:none;margin:0;padding:0}"
               "nav a{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 8px;color:%3}"
               "nav a[aria-current]{font-weight:700;text-decoration-thickness:3px}"
               "main{max-width:40rem;margin:0 auto;padding:0 16px 32px}"
               "h1{font-size:1.75rem;line-height:1.2;margin:24px 0 4px;%11}"
               "h2{font-size:1.25rem;margin:32px 0 8px}"
               ".sub,.note,footer{color:%4}"
               ".car{display:block;width:100%;height:auto;margin:16px 0;border-radius:4px;"
               "background:linear-gradient(%9,%10)}"
               ".photos{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:0 0 16px}"
               ".photos img{display:block;width:100%;height:auto;border-radius:4px}"
               "a{color:%3}"
               "a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid %8;"
               "outline-offset:2px}"
               "table{width:100%;border-collapse:collapse}"
               "caption{text-align:start;font-weight:600;padding:8px 0}"
               "th,td{padding:8px 0;border-block-end:1px solid %7;vertical-align:top}"
               "th{text-align:start;font-weight:400}td{text-align:end;white-space:nowrap;padding-inline-start:12px}"
               "tr.total th,tr.total td{font-weight:700}"
               ".card{background:%5;border-radius:4px;padding:16px;margin:12px 0}"
               ".card p{margin:4px 0}"
               ".button,button{display:inline-flex;align-items:center;justify-content:center;min-height:48px;"
               "padding:0 20px;border:0;border-radius:4px;background:%6;color:%12;font:inherit;font-weight:600;"
               "text-decoration:none;cursor:pointer}"
               ".button.quiet,button.quiet{background:transparent;color:%3;border:2px solid %3}"
               "label{display:block;margin:12px 0 4px;font-weight:600}"
               "input[type=text],input[type=email],input[type=tel]{width:100%;min-height:48px;padding:8px 12px;"
               "font:inherit;color:%3;background:%2;border:2px solid %4;border-radius:4px}"
               "fieldset{border:0;padding:0;margin:0}legend{font-weight:600;padding:8px 0}"
               ".slots{display:flex;flex-wrap:wrap;gap:8px}"
               ".slots label{display:inline-flex;align-items:center;gap:8px;min-height:48px;margin:0;padding:0 14px;"
               "border:2px solid %7;border-radius:4px;font-weight:400}"
               ".days{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}"
               ".days a{display:inline-flex;align-items:center;min-height:44px;padding:0 12px;border:2px solid %7;"
               "border-radius:4px;text-decoration:none}"
               ".days a[aria-current]{border-color:%3;font-weight:700}"
               "label.check{display:flex;align-items:flex-start;gap:12px;min-height:44px;margin:8px 0;font-weight:400}"
               "label.check input{width:24px;height:24px;margin:2px 0 0;flex:none}"
               ".code{white-space:nowrap}"
               ".actions{display:flex;flex-wrap:wrap;gap:8px}"
               ".message{border-inline-start:4px solid %8;padding:8px 12px;background:%5}"
               "ul.plain{padding-inline-start:20px}"
               "footer{max-width:40rem;margin:0 auto;padding:16px;font-size:.875rem}")
        .arg(t.dark ? QStringLiteral("dark") : QStringLiteral("light"), t.background, t.text, t.muted, t.surface, t.accent,
             t.divider, t.focus, t.backdropTop)
        .arg(t.backdropBottom, t.upperTitles ? QStringLiteral("text-transform:uppercase") : QString(), t.onAccent);
}

QString absolute(const QString &publicUrl, const QString &path)
{
    if (path.startsWith(QLatin1String("http")) || publicUrl.isEmpty())
        return path;
    return publicUrl + path;
}

} // namespace

PhoneTheme PhoneTheme::load(const QString &id)
{
    PhoneTheme t;
    QFile file(QStringLiteral(":/vitrine/hub/themes/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return t;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject c = o.value(QLatin1String("colors")).toObject();
    const auto colour = [&c](const char *key, QString *into) {
        const QString v = c.value(QLatin1String(key)).toString();
        if (v.size() == 7 && v.startsWith(QLatin1Char('#')))
            *into = v;
    };
    t.id = id;
    t.brand = o.value(QLatin1String("brand")).toString(t.brand);
    t.dark = o.value(QLatin1String("dark")).toBool();
    colour("background", &t.background);
    colour("surface", &t.surface);
    colour("text", &t.text);
    colour("textMuted", &t.muted);
    colour("accent", &t.accent);
    colour("onAccent", &t.onAccent);
    colour("divider", &t.divider);
    colour("focus", &t.focus);
    colour("carBackdropTop", &t.backdropTop);
    colour("carBackdropBottom", &t.backdropBottom);
    t.upperTitles = o.value(QLatin1String("fonts")).toObject().value(QLatin1String("titleCapitalization")).toString()
        == QLatin1String("upper");
    return t;
}

PhoneHtml::PhoneHtml(const PhoneTheme &theme, const PhoneWords::Language &language)
    : m_theme(theme)
    , m_language(language)
{
    m_out.reserve(16 * 1024);
}

QString PhoneHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

PhoneHtml &PhoneHtml::sentence(const QString &translated, const QStringList &pieces)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    qsizetype at = 0;
    for (auto it = marker.globalMatch(translated); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        m_out += escape(translated.mid(at, m.capturedStart() - at));
        const int index = m.captured(1).toInt() - 1;
        m_out += QStringLiteral("<bdi dir=\"ltr\" class=\"code\">") + escape(pieces.value(index)) + QStringLiteral("</bdi>");
        at = m.capturedEnd();
    }
    m_out += escape(translated.mid(at));
    return *this;
}

PhoneHtml &PhoneHtml::callButton(const QString &translated, const QString &phone)
{
    m_out += QStringLiteral("<a class=\"button\" href=\"tel:%1\"><span>").arg(escape(phone));
    sentence(translated, {phone});
    m_out += QStringLiteral("</span></a>");
    return *this;
}

QString PhoneHtml::href(const QString &path) const
{
    const QChar join = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return escape(path + join + QStringLiteral("lang=") + QLatin1String(m_language.code));
}

void PhoneHtml::begin(const Head &head)
{
    const bool rtl = PhoneWords::rightToLeft(m_language);
    m_out += QStringLiteral("<!doctype html><html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\">"
                            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                            "<meta name=\"referrer\" content=\"no-referrer\"><title>%3</title>")
                 .arg(QLatin1String(m_language.htmlLang), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                      escape(head.title + QStringLiteral(" · ") + m_theme.brand));
    if (!head.description.isEmpty())
        m_out += QStringLiteral("<meta name=\"description\" content=\"%1\">").arg(escape(head.description));
    m_out += QStringLiteral("<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"%1\">"
                            "<meta property=\"og:title\" content=\"%2\">")
                 .arg(escape(m_theme.brand), escape(head.title));
    if (!head.description.isEmpty())
        m_out += QStringLiteral("<meta property=\"og:description\" content=\"%1\">").arg(escape(head.description));
    if (!head.image.isEmpty())
        m_out += QStringLiteral("<meta property=\"og:image\" content=\"%1\"><meta property=\"og:image:alt\" content=\"%2\">")
                     .arg(escape(absolute(head.publicUrl, head.image)), escape(head.title));
    if (!head.publicUrl.isEmpty())
        m_out += QStringLiteral("<meta property=\"og:url\" content=\"%1\">")
                     .arg(
                         escape(absolute(head.publicUrl, head.path) + QStringLiteral("?lang=") + QLatin1String(m_language.code)));
    m_out += QStringLiteral("<style>") + styles(m_theme) + QStringLiteral("</style></head><body><header><span class=\"brand\">")
        + escape(m_theme.brand) + QStringLiteral("</span><nav aria-label=\"") + escape(tr("Language"))
        + QStringLiteral("\"><ul>");
    for (const PhoneWords::Language &l : PhoneWords::languages()) {
        QString link = head.path + QStringLiteral("?lang=") + QLatin1String(l.code);
        if (!head.extraQuery.isEmpty())
            link += QLatin1Char('&') + head.extraQuery;
        m_out += QStringLiteral("<li><a href=\"%1\" lang=\"%2\" hreflang=\"%2\"%3>%4</a></li>")
                     .arg(escape(link), QLatin1String(l.htmlLang),
                          &l == &m_language ? QStringLiteral(" aria-current=\"true\"") : QString(),
                          escape(QString::fromUtf8(l.nativeName)));
    }
    m_out += QStringLiteral("</ul></nav></header><main>");
}

void PhoneHtml::table(const QString &caption, const QList<std::pair<QString, QString>> &rows, bool lastIsTotal)
{
    m_out += QStringLiteral("<table>");
    if (!caption.isEmpty())
        m_out += QStringLiteral("<caption>") + escape(caption) + QStringLiteral("</caption>");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool total = lastIsTotal && i == rows.size() - 1;
        // Each amount kept whole inside right-to-left text.
        m_out += QStringLiteral("<tr%1><th scope=\"row\">%2</th><td><bdi>%3</bdi></td></tr>")
                     .arg(total ? QStringLiteral(" class=\"total\"") : QString(), escape(rows.at(i).first),
                          escape(rows.at(i).second));
    }
    m_out += QStringLiteral("</table>");
}

QByteArray PhoneHtml::finish()
{
    m_out += QStringLiteral("</main><footer><p>") + escape(tr("No account, no cookies, no tracking."))
        + QStringLiteral("</p></footer></body></html>");
    return m_out.toUtf8();
}
