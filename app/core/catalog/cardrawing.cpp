// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardrawing.h"

#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

const QString kFallbackBody = QStringLiteral("crossover");
const QString kFallbackWheel = QStringLiteral("aero");
constexpr CarDrawing::Rgb kNeutral{0x8A, 0x8D, 0x91};
constexpr CarDrawing::Rgb kWhite{255, 255, 255};
constexpr CarDrawing::Rgb kBlack{0x05, 0x06, 0x08};

// How much light a finish throws back: metallic and pearl paints show crisp reflections and
// deep shade, matte paint barely changes across the body. Every shade is a blend of the paint
// with white or black, so its hue stays the paint's own (a black car reflects grey, not nothing).
struct Finish {
    double light, highlight, dark, darker, sheen, gloss;
};

Finish finishFor(const QString &name)
{
    if (name == QLatin1String("metallic"))
        return {0.26, 0.62, 0.34, 0.60, 0.30, 0.85};
    if (name == QLatin1String("pearl"))
        return {0.30, 0.70, 0.28, 0.52, 0.34, 0.90};
    if (name == QLatin1String("matte"))
        return {0.08, 0.20, 0.16, 0.32, 0.06, 0.22};
    return {0.18, 0.48, 0.28, 0.50, 0.18, 0.65};
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

std::optional<CarDrawing::Rgb> CarDrawing::Rgb::fromHex(const QString &text)
{
    const QStringView digits = text.startsWith(QLatin1Char('#')) ? QStringView(text).mid(1) : QStringView(text);
    if (digits.size() != 6)
        return std::nullopt;
    int v[6];
    for (int i = 0; i < 6; ++i) {
        v[i] = hexDigit(digits.at(i));
        if (v[i] < 0)
            return std::nullopt;
    }
    return Rgb{v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5]};
}

QString CarDrawing::Rgb::name() const
{
    return QStringLiteral("#%1%2%3")
        .arg(r, 2, 16, QLatin1Char('0'))
        .arg(g, 2, 16, QLatin1Char('0'))
        .arg(b, 2, 16, QLatin1Char('0'));
}

double CarDrawing::Rgb::lightness() const
{
    return (std::max({r, g, b}) + std::min({r, g, b})) / 2.0 / 255.0;
}

CarDrawing::Rgb CarDrawing::Rgb::mixedWith(const Rgb &to, double t) const
{
    const auto channel = [t](int a, int b) { return std::clamp(int(std::lround(a + (b - a) * t)), 0, 255); };
    return {channel(r, to.r), channel(g, to.g), channel(b, to.b)};
}

// A template cut at its {{placeholders}} once, so each picture only joins strings.
struct CarDrawing::Template {
    QStringList pieces; // literal, name, literal, name, …, literal

    QByteArray filled(const QHash<QString, QString> &values) const
    {
        QString text;
        for (qsizetype i = 0; i < pieces.size(); ++i)
            text += i % 2 == 0 ? pieces.at(i) : values.value(pieces.at(i), QStringLiteral("#808080"));
        return text.toUtf8();
    }
};

const QStringList &CarDrawing::views()
{
    static const QStringList list{QStringLiteral("side"), QStringLiteral("three-quarter"), QStringLiteral("cabin"),
                                  QStringLiteral("wheel")};
    return list;
}

const QStringList &CarDrawing::bodies()
{
    static const QStringList list{QStringLiteral("suv"),   QStringLiteral("saloon"),    QStringLiteral("estate"),
                                  QStringLiteral("coupe"), QStringLiteral("crossover"), QStringLiteral("convertible")};
    return list;
}

const QStringList &CarDrawing::wheelDesigns()
{
    static const QStringList list{QStringLiteral("aero"),    QStringLiteral("five-spoke"),  QStringLiteral("multi-spoke"),
                                  QStringLiteral("turbine"), QStringLiteral("split-spoke"), QStringLiteral("forged")};
    return list;
}

const QStringList &CarDrawing::materials()
{
    static const QStringList list{QStringLiteral("textile"), QStringLiteral("leather"), QStringLiteral("suede")};
    return list;
}

const QStringList &CarDrawing::finishes()
{
    static const QStringList list{QStringLiteral("solid"), QStringLiteral("metallic"), QStringLiteral("pearl"),
                                  QStringLiteral("matte")};
    return list;
}

QString CarDrawing::materialOf(const QString &englishName)
{
    // Suede first: "Microsuede and leather" shows its suede centre.
    const QString name = englishName.toLower();
    if (name.contains(QLatin1String("suede")) || name.contains(QLatin1String("alcantara")))
        return QStringLiteral("suede");
    if (name.contains(QLatin1String("leather")) || name.contains(QLatin1String("nappa")))
        return QStringLiteral("leather");
    return QStringLiteral("textile");
}

QHash<QString, QString> CarDrawing::paintValues(const std::optional<Rgb> &given, const QString &finishName)
{
    const Rgb paint = given.value_or(kNeutral);
    Finish f = finishFor(finishName);
    // A light paint in shade still reads as light; darkening it fully would turn white grey.
    const double lightness = paint.lightness();
    const double shade = lightness > 0.6 ? 1.0 - (lightness - 0.6) * 1.2 : 1.0;
    f.dark *= shade;
    f.darker *= shade;
    // Pearl's sheen leans warm, the way its mica layer catches light.
    const Rgb white = finishName == QLatin1String("pearl") ? Rgb{0xFF, 0xFA, 0xF2} : kWhite;
    return {{QStringLiteral("paint"), paint.name()},
            {QStringLiteral("paint_light"), paint.mixedWith(white, f.light).name()},
            {QStringLiteral("paint_highlight"), paint.mixedWith(white, f.highlight).name()},
            {QStringLiteral("paint_dark"), paint.mixedWith(kBlack, f.dark).name()},
            {QStringLiteral("paint_darker"), paint.mixedWith(kBlack, f.darker).name()},
            {QStringLiteral("sheen"), QString::number(f.sheen, 'f', 2)},
            {QStringLiteral("gloss"), QString::number(f.gloss, 'f', 2)}};
}

// The cabin's values: the interior colour shaded like paint but softer (upholstery throws back
// little light), stitching that stands out from it, a headliner that follows its lightness, and
// the opacity of each material's layer (leather: sheen, channels and perforation; suede: a deep
// matte centre; textile: a fine weave).
QHash<QString, QString> CarDrawing::cabinValues(const std::optional<Rgb> &given, const QString &material)
{
    const Rgb interior = given.value_or(kNeutral);
    const double lightness = interior.lightness();
    const double shade = lightness > 0.6 ? 1.0 - (lightness - 0.6) * 1.2 : 1.0;
    const bool light = lightness > 0.5;
    const bool leather = material == QLatin1String("leather");
    const bool suede = material == QLatin1String("suede");
    const auto opacity = [](double v) { return QString::number(v, 'f', 2); };
    const double sheen = leather ? 0.30 : suede ? 0.10 : 0.12;
    return {{QStringLiteral("interior"), interior.name()},
            {QStringLiteral("interior_light"), interior.mixedWith(kWhite, 0.16).name()},
            {QStringLiteral("interior_highlight"), interior.mixedWith(kWhite, 0.38).name()},
            {QStringLiteral("interior_dark"), interior.mixedWith(kBlack, 0.30 * shade).name()},
            {QStringLiteral("interior_darker"), interior.mixedWith(kBlack, 0.52 * shade).name()},
            {QStringLiteral("stitch"), (light ? interior.mixedWith(kBlack, 0.45) : interior.mixedWith(kWhite, 0.45)).name()},
            {QStringLiteral("headliner"), light ? QStringLiteral("#d9d6cf") : QStringLiteral("#3a3b3e")},
            {QStringLiteral("headliner_dark"), light ? QStringLiteral("#b9b5ad") : QStringLiteral("#252629")},
            {QStringLiteral("sheen"), opacity(sheen)},
            {QStringLiteral("perforation"), opacity(leather ? 0.55 : 0)},
            {QStringLiteral("suede"), opacity(suede ? 0.55 : 0)},
            {QStringLiteral("weave"), opacity(leather || suede ? 0 : 0.22)}};
}

std::shared_ptr<const CarDrawing::Template> CarDrawing::load(const QString &resource) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_templates.constFind(resource); it != m_templates.constEnd())
        return *it;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto parsed = std::make_shared<Template>();
    const QString text = QString::fromUtf8(file.readAll());
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open);
        if (close < 0) {
            parsed->pieces << text.mid(from);
            break;
        }
        parsed->pieces << text.mid(from, open - from) << text.mid(open + 2, close - open - 2).trimmed();
        from = close + 2;
    }
    m_templates.insert(resource, parsed);
    return parsed;
}

QByteArray CarDrawing::body(const QString &bodyName, const QString &view, const std::optional<Rgb> &paint,
                            const QString &finish) const
{
    const QString path = QStringLiteral(":/vitrine/cars/%1-%2.svg");
    auto t = bodies().contains(bodyName) ? load(path.arg(bodyName, view)) : nullptr;
    if (!t)
        t = load(path.arg(kFallbackBody, view));
    return t ? t->filled(paintValues(paint, finish)) : QByteArray();
}

QByteArray CarDrawing::wheel(const QString &design) const
{
    const QString path = QStringLiteral(":/vitrine/cars/wheels/%1.svg");
    auto t = wheelDesigns().contains(design) ? load(path.arg(design)) : nullptr;
    if (!t)
        t = load(path.arg(kFallbackWheel));
    return t ? t->filled({}) : QByteArray();
}

QByteArray CarDrawing::cabin(const std::optional<Rgb> &interior, const QString &material) const
{
    const auto t = load(QStringLiteral(":/vitrine/cars/cabin.svg"));
    return t ? t->filled(cabinValues(interior, material)) : QByteArray();
}

QByteArray CarDrawing::standalone(const QString &bodyName, const QString &view, const std::optional<Rgb> &paint,
                                  const QString &finish, const QString &wheelDesign) const
{
    QByteArray car = body(bodyName, view, paint, finish);
    const QByteArray design = wheel(wheelDesign);
    const qsizetype end = car.lastIndexOf("</svg>");
    const qsizetype open = design.indexOf('>', design.indexOf("<svg"));
    const qsizetype close = design.lastIndexOf("</svg>");
    if (end < 0 || open < 0 || close < open)
        return {};
    const QByteArray inner = design.mid(open + 1, close - open - 1);
    // As the kiosk does: each wheel drawn over the finished car into the box its template marks,
    // squeezed to that box (an ellipse in the three-quarter view). The design's ids are made
    // unique per wheel, so the two copies never refer to each other's gradients.
    static const QRegularExpression marker(QStringLiteral(
        R"re(<rect id="(wheel-(?:rear|front))" x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)")re"));
    QByteArray wheels;
    const QString text = QString::fromUtf8(car);
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray prefix = m.captured(1).toLatin1() + '-';
        QByteArray copy = inner;
        copy.replace("id=\"", "id=\"" + prefix);
        copy.replace("url(#", "url(#" + prefix);
        copy.replace("href=\"#", "href=\"#" + prefix);
        wheels += "<svg x=\"" + m.captured(2).toLatin1() + "\" y=\"" + m.captured(3).toLatin1() + "\" width=\""
            + m.captured(4).toLatin1() + "\" height=\"" + m.captured(5).toLatin1()
            + "\" viewBox=\"0 0 200 200\" preserveAspectRatio=\"none\">" + copy + "</svg>\n";
    }
    car.insert(end, wheels);
    return car;
}
