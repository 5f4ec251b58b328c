// SPDX-License-Identifier: GPL-3.0-or-later
#include "metanestedtext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

/// A recursive descent over the text; nesting deeper than a feed needs is refused, so a hostile
/// cell cannot exhaust the stack.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    std::optional<QJsonValue> document(QString *problem)
    {
        auto v = value(0);
        space();
        if (v && m_pos < m_text.size())
            m_problem = QStringLiteral("unexpected '%1'").arg(m_text[m_pos]);
        if (!m_problem.isEmpty()) {
            *problem = QStringLiteral("is not JSON Vitrine can read (at character %1: %2)").arg(m_pos + 1).arg(m_problem);
            return std::nullopt;
        }
        return v;
    }

private:
    static constexpr int kMaxDepth = 16;

    void space()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool at(char c)
    {
        space();
        return m_pos < m_text.size() && m_text[m_pos] == QLatin1Char(c);
    }
    std::nullopt_t fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        return std::nullopt;
    }
    static bool isBare(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('+');
    }

    std::optional<QJsonValue> value(int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nested too deeply"));
        space();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("the text ends where a value should be"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('{'))
            return object(depth);
        if (c == QLatin1Char('['))
            return array(depth);
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return quoted();
        return bare();
    }

    std::optional<QJsonValue> object(int depth)
    {
        ++m_pos; // {
        QJsonObject o;
        while (!at('}')) {
            space();
            std::optional<QJsonValue> key;
            if (m_pos < m_text.size() && (m_text[m_pos] == QLatin1Char('"') || m_text[m_pos] == QLatin1Char('\'')))
                key = quoted();
            else
                key = word();
            if (!key)
                return std::nullopt;
            if (!at(':'))
                return fail(QStringLiteral("a ':' should follow the key"));
            ++m_pos;
            auto v = value(depth + 1);
            if (!v)
                return std::nullopt;
            o.insert(key->toString(), *v);
            if (at(','))
                ++m_pos; // a trailing comma is forgiven
            else if (!at('}'))
                return fail(QStringLiteral("a ',' or '}' should follow a value"));
        }
        ++m_pos; // }
        return o;
    }

    std::optional<QJsonValue> array(int depth)
    {
        ++m_pos; // [
        QJsonArray a;
        while (!at(']')) {
            auto v = value(depth + 1);
            if (!v)
                return std::nullopt;
            a.append(*v);
            if (at(','))
                ++m_pos;
            else if (!at(']'))
                return fail(QStringLiteral("a ',' or ']' should follow a value"));
        }
        ++m_pos; // ]
        return a;
    }

    std::optional<QJsonValue> quoted()
    {
        const QChar quote = m_text[m_pos++];
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == quote)
                return QJsonValue(out);
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'u': {
                bool ok = false;
                const uint code = m_pos + 4 <= m_text.size() ? m_text.sliced(m_pos, 4).toUInt(&ok, 16) : 0;
                if (!ok)
                    return fail(QStringLiteral("\\u needs four hexadecimal digits"));
                out += QChar(char16_t(code));
                m_pos += 4;
                break;
            }
            default:
                out += e; // \" \' \\ \/ and anything else stand for themselves
            }
        }
        return fail(QStringLiteral("a quoted text never closes"));
    }

    std::optional<QJsonValue> word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isBare(m_text[m_pos]))
            ++m_pos;
        if (m_pos == start)
            return fail(QStringLiteral("unexpected '%1'").arg(m_pos < m_text.size() ? m_text[m_pos] : QChar()));
        return QJsonValue(m_text.sliced(start, m_pos - start).toString());
    }

    std::optional<QJsonValue> bare()
    {
        auto w = word();
        if (!w)
            return std::nullopt;
        const QString text = w->toString();
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QJsonValue(text == QLatin1String("true"));
        if (text == QLatin1String("null"))
            return QJsonValue(QJsonValue::Null);
        bool ok = false;
        const double number = text.toDouble(&ok);
        // Meta's bare words, such as KM, stay words; so do "inf" and "nan", which JSON has not.
        return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(text);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_problem;
};

} // namespace

std::optional<QJsonValue> MetaNestedText::read(QStringView text, QString *problem)
{
    return Parser(text).document(problem);
}
