// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonepage.h"

#include "common/bidi.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QUrl>

namespace {

QByteArray tagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

bool matches(const QByteArray &ifNoneMatch, const QByteArray &tag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == tag)
            return true;
    }
    return false;
}

void secure(HttpResponse &r)
{
    // Nothing but this hub: no script at all, styles inline, pictures and forms from here.
    r.addHeader("Content-Security-Policy",
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
                "frame-ancestors 'none'");
    r.addHeader("Referrer-Policy", "no-referrer");
}

} // namespace

HttpResponse PhonePage::file(const QByteArray &body, const QByteArray &contentType, const HttpRequest &request,
                             const QByteArray &cache)
{
    HttpResponse r;
    const QByteArray tag = tagOf(body);
    r.addHeader("ETag", tag);
    r.addHeader("Cache-Control", cache);
    secure(r);
    r.contentType = contentType;
    if (request.method == "GET" && matches(request.header("if-none-match"), tag)) {
        r.status = 304;
        return r;
    }
    r.body = body;
    return r;
}

HttpResponse PhonePage::html(int status, const QByteArray &body, const HttpRequest &request, const QByteArray &cache)
{
    if (status == 200)
        return file(body, "text/html; charset=utf-8", request, cache);
    HttpResponse r;
    r.status = status;
    r.addHeader("Cache-Control", "no-store");
    secure(r);
    r.contentType = "text/html; charset=utf-8";
    r.body = body;
    return r;
}

HttpResponse PhonePage::problem(int status, const PhoneTheme &theme, const PhoneWords::Language &language, const QString &path,
                                const QString &heading, const QString &text, const HttpRequest &request, const QString &linkPath,
                                const QString &linkText)
{
    PhoneHtml page(theme, language);
    page.begin({heading, {}, {}, path, {}, {}});
    page.raw(QStringLiteral("<h1>")).text(heading).raw(QStringLiteral("</h1><p class=\"message\" role=\"status\">"));
    page.text(text).raw(QStringLiteral("</p>"));
    if (!linkPath.isEmpty())
        page.raw(QStringLiteral("<p><a class=\"button quiet\" href=\"%1\">").arg(page.href(linkPath)))
            .text(linkText)
            .raw(QStringLiteral("</a></p>"));
    return html(status, page.finish(), request);
}

QString PhonePage::drawingPath(const Catalog &catalog, const QString &model, const QString &body, const QString &paint,
                               const QString &wheel, const QString &view)
{
    const CarModel *m = catalog.model(model);
    const CatalogOption *p = catalog.option(paint);
    const CatalogOption *w = catalog.option(wheel);
    const QString shape = m ? m->body : (body.isEmpty() ? QStringLiteral("crossover") : body);
    return QStringLiteral("/p/draw/%1/%2.svg?paint=%3&finish=%4&wheel=%5")
        .arg(CarDrawing::bodies().contains(shape) ? shape : QStringLiteral("crossover"), view,
             p && p->hex.size() == 7 ? p->hex.mid(1).toLower() : QStringLiteral("8a8d91"),
             p && !p->finish.isEmpty() ? p->finish : QStringLiteral("solid"), w ? w->design : QStringLiteral("aero"));
}

QString PhonePage::sharePath(const QString &picture)
{
    if (!picture.startsWith(QLatin1String("/p/draw/")))
        return picture;
    QString png = picture;
    const qsizetype at = png.indexOf(QLatin1String(".svg"));
    return at < 0 ? picture : png.replace(at, 4, QStringLiteral(".png"));
}

QByteArray PhonePage::sharePicture(const QByteArray &svg, const PhoneTheme &theme)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QImage image(1200, 630, QImage::Format_RGB32);
    image.fill(QColor(theme.background));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The car as large as fits, with a calm margin, centred.
    QSizeF size = renderer.defaultSize();
    if (size.isEmpty())
        size = renderer.viewBoxF().size();
    const QRectF room(60, 45, 1080, 540);
    size.scale(room.size(), Qt::KeepAspectRatio);
    renderer.render(&painter, QRectF(room.center() - QPointF(size.width() / 2, size.height() / 2), size));
    painter.end();
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    return image.save(&out, "PNG") ? png : QByteArray();
}

QString PhonePage::text(const LocalizedText &t, const PhoneWords::Language &language)
{
    return t.text(QString::fromLatin1(language.feedKey));
}

namespace {

QString percent(double value, const QLocale &locale)
{
    return QCoreApplication::translate("FinanceQuote", "%1 %").arg(locale.toString(value, 'f', 2));
}

} // namespace

QString PhonePage::financeSummary(const FinancePolicy::Offer &o, const QLocale &locale)
{
    const auto money = [&](qint64 minor) { return Bidi::inSentence(o.money(minor).format(locale), locale); };
    const QString amount = money(o.plan.monthlyMinor);
    const QString cost = money(o.plan.costOfCreditMinor);
    const QString deposit = money(o.depositMinor);
    const int n = o.choice.termMonths;
    switch (o.disclosure) {
    case FinancePolicy::Disclosure::UsApr:
        return QCoreApplication::translate("FinanceQuote", "%1 a month for %n months, %2 down, %3 APR, finance charge %4", "", n)
            .arg(amount, deposit, percent(o.disclosedRatePercent, locale), cost);
    case FinancePolicy::Disclosure::CnAnnualised:
        return QCoreApplication::translate(
                   "FinanceQuote", "%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4",
                   "", n)
            .arg(amount, deposit, percent(o.disclosedRatePercent, locale), cost);
    case FinancePolicy::Disclosure::AeReducing:
        return QCoreApplication::translate("FinanceQuote",
                                           "%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), "
                                           "total cost of credit %5",
                                           "", n)
            .arg(amount, deposit, percent(o.disclosedRatePercent, locale), percent(o.flatRatePercent.value_or(0), locale), cost);
    case FinancePolicy::Disclosure::EuAprc:
    case FinancePolicy::Disclosure::None:
        break;
    }
    return QCoreApplication::translate(
               "FinanceQuote", "%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5", "", n)
        .arg(amount, deposit, percent(o.disclosedRatePercent, locale), percent(o.nominalRatePercent, locale), cost);
}

QList<std::pair<QString, QString>> PhonePage::financeLines(const FinancePolicy::Offer &o, const QLocale &locale)
{
    const auto words = [](const char *source, int n = -1) { return QCoreApplication::translate("FinanceQuote", source, "", n); };
    const auto money = [&](qint64 minor) { return o.money(minor).format(locale); };
    const bool us = o.disclosure == FinancePolicy::Disclosure::UsApr;
    QList<std::pair<QString, QString>> lines;
    if (o.tradeInMinor > 0)
        lines << std::pair{us ? words("Down payment in money") : words("Deposit in money"), money(o.cashDepositMinor)}
              << std::pair{words("Your car in part-exchange, estimated"), money(o.tradeInMinor)};
    lines << std::pair{o.tradeInMinor > 0 ? words("Deposit in total")
                           : us           ? words("Down payment")
                                          : words("Deposit"),
                       money(o.depositMinor)}
          << std::pair{us ? words("Amount financed") : words("Amount of credit"), money(o.plan.financedMinor)}
          << std::pair{words("%n monthly payments of", o.choice.termMonths - 1), money(o.plan.monthlyMinor)}
          << std::pair{words("Final monthly payment"), money(o.plan.lastMonthlyMinor)};
    if (o.balloonMinor > 0)
        lines << std::pair{words("Final balloon payment"), money(o.balloonMinor)};
    if (o.arrangementFeeMinor > 0)
        lines << std::pair{words("Arrangement fee"), money(o.arrangementFeeMinor)};
    if (o.monthlyFeeMinor > 0)
        lines << std::pair{words("Monthly fee, in each payment"), money(o.monthlyFeeMinor)};
    switch (o.disclosure) {
    case FinancePolicy::Disclosure::UsApr:
        lines << std::pair{words("Annual percentage rate (APR)"), percent(o.disclosedRatePercent, locale)}
              << std::pair{words("Note rate"), percent(o.nominalRatePercent, locale)};
        break;
    case FinancePolicy::Disclosure::CnAnnualised:
        lines << std::pair{words("Annualised rate"), percent(o.disclosedRatePercent, locale)}
              << std::pair{words("Nominal rate"), percent(o.nominalRatePercent, locale)};
        break;
    case FinancePolicy::Disclosure::AeReducing:
        lines << std::pair{words("Reducing-balance rate"), percent(o.disclosedRatePercent, locale)}
              << std::pair{words("Flat rate, for comparison"), percent(o.flatRatePercent.value_or(0), locale)};
        break;
    case FinancePolicy::Disclosure::EuAprc:
    case FinancePolicy::Disclosure::None:
        lines << std::pair{words("Nominal rate"), percent(o.nominalRatePercent, locale)}
              << std::pair{words("Annual percentage rate of charge (APRC)"), percent(o.disclosedRatePercent, locale)};
        break;
    }
    lines << std::pair{words("Total amount payable"), money(o.plan.totalPayableMinor)}
          << std::pair{us ? words("Finance charge") : words("Total cost of credit"), money(o.plan.costOfCreditMinor)};
    return lines;
}

QString PhonePage::mapLink(const Studio &place)
{
    if (place.hasCoordinates)
        return QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2")
            .arg(place.lat, 0, 'f', 5)
            .arg(place.lon, 0, 'f', 5);
    const QString where = QStringList{place.address.street, place.address.postcode + QLatin1Char(' ') + place.address.city,
                                      place.address.country}
                              .join(QStringLiteral(", "));
    return QStringLiteral("https://www.openstreetmap.org/search?query=") + QString::fromLatin1(QUrl::toPercentEncoding(where));
}
