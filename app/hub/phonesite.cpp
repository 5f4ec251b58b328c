// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonesite.h"
#include "phonebuildpage.h"
#include "phonecarpage.h"

#include "catalog/catalogrows.h"
#include "inventory/vehiclerows.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cctype>

Q_LOGGING_CATEGORY(lcPhone, "vitrine.hub.phone")

namespace {

constexpr qint64 kSnapshotFreshMs = 5000;
/// Share pictures kept drawn (about 60 kB each).
constexpr qsizetype kSharePicturesKept = 64;
/// Cars whose first photo is fetched after a feed is applied, and how far the stock is read for them.
constexpr int kWarmCars = 24;
constexpr qsizetype kWarmScan = 2000;

HttpResponse tooMany(int retryAfter, const QByteArray &body)
{
    HttpResponse r;
    r.status = 429;
    r.addHeader("Retry-After", QByteArray::number(retryAfter));
    r.addHeader("Cache-Control", "no-store");
    r.contentType = "text/html; charset=utf-8";
    r.body = body;
    return r;
}

// Only the characters a code, a VIN or a drawing's name can hold: anything else is no page here.
bool plainSegment(const QByteArray &s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (const char c : s) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_'))
            return false;
    }
    return true;
}

// One bucket per booking code however it is written ("k7qd-9mwx", "K7QD9MWX"): spelling a code
// another way buys no more guesses.
QByteArray codeKey(const QString &code)
{
    QByteArray key;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            key += char(c.toUpper().toLatin1());
    }
    return key;
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace

PhoneSite::PhoneSite(QSqlDatabase db, const Options &options)
    : m_db(db)
    , m_options(options)
    , m_theme(PhoneTheme::load(options.theme))
    , m_drives(db, m_theme, withoutTrailingSlash(options.publicUrl))
    , m_places(db, m_theme, withoutTrailingSlash(options.publicUrl))
    , m_book(db, m_theme, withoutTrailingSlash(options.publicUrl))
    , m_pages(options.pagesPerSecond, options.pagesBurst)
    , m_changes(options.changesPerSecond, options.changesBurst)
    , m_changesPerCode(options.changesPerCodePerSecond, options.changesPerCodeBurst)
{
    m_options.publicUrl = withoutTrailingSlash(m_options.publicUrl);
    if (!m_options.photoFolder.isEmpty())
        m_photos = std::make_unique<PhonePhotos>(m_options.photoFolder, m_options.photoCacheBytes, QColor(m_theme.background));
}

std::shared_ptr<const PhoneSnapshot> PhoneSite::snapshot(QString *problem)
{
    if (m_snapshot && m_now - m_snapshotAt < kSnapshotFreshMs)
        return m_snapshot;
    auto catalog = CatalogRows(m_db).catalog(problem);
    auto retired = catalog ? CatalogRows(m_db).retired(problem) : std::nullopt;
    auto stock = retired ? VehicleRows(m_db).vehicleStore(problem) : std::nullopt;
    if (!stock)
        return m_snapshot; // the last good one, if any
    auto s = std::make_shared<PhoneSnapshot>();
    s->catalog = std::move(*catalog);
    s->catalog.index();
    s->retired = std::move(*retired);
    s->retired.index();
    s->stock = std::move(*stock);
    m_snapshot = std::move(s);
    m_snapshotAt = m_now;
    return m_snapshot;
}

HttpResponse PhoneSite::handle(const HttpRequest &request, qint64 nowMs)
{
    m_now = nowMs;
    const QByteArray address = request.peer.toString().toLatin1();
    const QUrlQuery query(QString::fromLatin1(request.query.left(kMaxQuery)));
    const PhoneWords::Language &language = PhoneWords::language(query.queryItemValue(QStringLiteral("lang")));
    PhoneWords::Scope scope(m_words, language);
    const QString path = QString::fromLatin1(request.path);
    const auto problem = [&](int status, const QString &heading, const QString &text) {
        return PhonePage::problem(status, m_theme, language, path, heading, text, request);
    };

    int retryAfter = 0;
    if (!m_pages.take(address, nowMs, &retryAfter))
        return tooMany(retryAfter,
                       problem(429, PhoneHtml::tr("Please wait a moment"),
                               PhoneHtml::tr("There were many requests from your network. Try again in a minute."))
                           .body);
    if (request.query.size() > kMaxQuery)
        return problem(414, PhoneHtml::tr("This link is too long"), PhoneHtml::tr("Scan the code on the screen again."));
    const bool post = request.method == "POST";
    if (request.method != "GET" && !post) {
        HttpResponse r = problem(405, PhoneHtml::tr("Not available"), PhoneHtml::tr("This page cannot do that."));
        r.addHeader("Allow", "GET, POST");
        return r;
    }

    const QList<QByteArray> parts = request.path.mid(3).split('/'); // after "/p/"
    for (const QByteArray &p : parts) {
        if (!plainSegment(p))
            return problem(404, PhoneHtml::tr("Page not found"), PhoneHtml::tr("Scan the code on the screen again."));
    }
    const QByteArray kind = parts.value(0);
    if (kind == "drive" || kind == "place")
        return byCode(request, parts, language, nowMs);
    if (kind == "book" && parts.size() == 2)
        return book(request, parts, language, nowMs);
    if (post)
        return problem(405, PhoneHtml::tr("Not available"), PhoneHtml::tr("This page cannot do that."));
    if (kind == "draw")
        return drawing(request, parts);

    QString why;
    const auto data = snapshot(&why);
    if (!data) {
        qCWarning(lcPhone) << "cannot read the catalog or the stock:" << why;
        return problem(503, PhoneHtml::tr("Please try again shortly"),
                       PhoneHtml::tr("The studio's data cannot be read just now."));
    }
    if (kind == "build" && parts.size() == 2)
        return PhoneBuildPage(*data, m_theme, language, m_options.publicUrl).render(QString::fromLatin1(parts.at(1)), request);
    if (kind == "car" && parts.size() == 2) {
        const QString vin = QString::fromLatin1(parts.at(1)).toUpper();
        return PhoneCarPage(*data, m_theme, language, m_options.publicUrl, m_photos.get())
            .render(vin, VehicleRows(m_db).wasListed(vin), request);
    }
    if (kind == "photo")
        return photo(request, parts, *data);
    return problem(404, PhoneHtml::tr("Page not found"), PhoneHtml::tr("Scan the code on the screen again."));
}

HttpResponse PhoneSite::drawing(const HttpRequest &request, const QList<QByteArray> &parts)
{
    // /p/draw/<body>/<view>.svg?paint=rrggbb&finish=…&wheel=…
    const QUrlQuery query(QString::fromLatin1(request.query));
    const QString body = QString::fromLatin1(parts.value(1));
    QString view = QString::fromLatin1(parts.value(2));
    const bool svg = view.endsWith(QLatin1String(".svg"));
    // The same drawing as a PNG: what a chat app shows for a shared link (none draws SVG).
    const bool png = view.endsWith(QLatin1String(".png"));
    view.chop(4);
    const auto paint = CarDrawing::Rgb::fromHex(query.queryItemValue(QStringLiteral("paint")));
    const QString finish = query.queryItemValue(QStringLiteral("finish"));
    const QString wheel = query.queryItemValue(QStringLiteral("wheel"));
    HttpResponse bad;
    bad.status = 400;
    bad.contentType = "text/plain; charset=utf-8";
    bad.body = "no such drawing";
    if (parts.size() != 3 || !(svg || png) || !CarDrawing::bodies().contains(body)
        || (view != QLatin1String("side") && view != QLatin1String("three-quarter")) || !paint
        || !CarDrawing::finishes().contains(finish) || !CarDrawing::wheelDesigns().contains(wheel))
        return bad;
    const QByteArray picture = m_drawing.standalone(body, view, paint, finish, wheel);
    if (picture.isEmpty())
        return bad;
    if (png) {
        const QByteArray key = request.path + '?' + request.query;
        QByteArray image = m_sharePictures.value(key);
        if (image.isEmpty()) {
            image = PhonePage::sharePicture(picture, m_theme);
            if (image.isEmpty())
                return bad;
            if (m_sharePictures.size() >= kSharePicturesKept)
                m_sharePictures.clear(); // a handful of builds are shared at a time; start afresh
            m_sharePictures.insert(key, image);
        }
        return PhonePage::file(image, "image/png", request, "public, max-age=86400");
    }
    // The same address always draws the same picture: phones may keep it a day.
    return PhonePage::file(picture, "image/svg+xml", request, "public, max-age=86400");
}

HttpResponse PhoneSite::photo(const HttpRequest &request, const QList<QByteArray> &parts, const PhoneSnapshot &data)
{
    // /p/photo/<VIN>/<n>.jpg (or <n>-small.jpg): the n-th photo of a car in stock, scaled for a phone, only when the
    // hub holds it. A request never makes the hub fetch anything, nor names what it would fetch:
    // the car page asks for its photos, from the stock's own links.
    static const QRegularExpression name(QStringLiteral("^(\\d{1,2})(-small)?\\.jpg$"));
    HttpResponse none;
    none.status = 404;
    none.contentType = "text/plain; charset=utf-8";
    none.addHeader("Cache-Control", "no-store");
    none.body = "no such photo";
    const QRegularExpressionMatch m = name.match(QString::fromLatin1(parts.value(2)));
    if (!m_photos || parts.size() != 3 || !m.hasMatch())
        return none;
    const auto car = PhoneCarPage::inStock(data, QString::fromLatin1(parts.at(1)).toUpper());
    const qsizetype index = m.captured(1).toInt();
    if (!car || index >= car->images.size())
        return none;
    const auto held = m_photos->held(QUrl(car->images.at(index)),
                                     m.hasCaptured(2) ? PhonePhotos::Size::Small : PhonePhotos::Size::Large);
    if (!held)
        return none;
    QFile file(held->path);
    if (!file.open(QIODevice::ReadOnly))
        return none;
    // The page links a photo with its version: that address always gives the same picture, so
    // a phone keeps it; an old link (the dealer changed the photo) is revalidated daily.
    const bool versioned = QUrlQuery(QString::fromLatin1(request.query)).queryItemValue(QStringLiteral("v")) == held->version;
    return PhonePage::file(file.readAll(), "image/jpeg", request,
                           versioned ? "public, max-age=31536000, immutable" : "public, max-age=86400");
}

void PhoneSite::warmPhotos()
{
    if (!m_photos)
        return;
    m_snapshotAt = m_now - kSnapshotFreshMs; // read the stock as it is now
    QString why;
    const auto data = snapshot(&why);
    if (!data)
        return;
    // A few, at the back of the queue: the fetcher works through them between visitors' pages.
    int asked = 0;
    for (qsizetype i = 0; i < data->stock.size() && i < kWarmScan && asked < kWarmCars; ++i) {
        const Vehicle v = data->stock.at(i);
        if (!v.images.isEmpty() && PhonePhotos::fetchable(QUrl(v.images.first()))) {
            m_photos->want(QUrl(v.images.first()), false);
            ++asked;
        }
    }
}

HttpResponse PhoneSite::byCode(const HttpRequest &request, const QList<QByteArray> &parts, const PhoneWords::Language &language,
                               qint64 nowMs)
{
    const QString path = QString::fromLatin1(request.path);
    const bool drive = parts.value(0) == "drive";
    const QString code = QString::fromLatin1(parts.value(1));
    const QByteArray action = parts.value(2);
    const auto notFound = [&] {
        return PhonePage::problem(404, m_theme, language, path, PhoneHtml::tr("Page not found"),
                                  PhoneHtml::tr("Scan the code on the screen again."), request);
    };
    if (parts.size() < 2 || parts.size() > 3)
        return notFound();
    if (request.method == "GET") {
        QString why;
        const auto data = snapshot(&why);
        if (!data)
            return unavailable(language, request);
        const QUrlQuery query(QString::fromLatin1(request.query));
        if (parts.size() == 2)
            return drive ? m_drives.page(data->catalog, language, code, request)
                         : m_places.page(data->catalog, language, code, request);
        if (action == "calendar.ics")
            return drive ? m_drives.calendar(data->catalog, language, code, request)
                         : m_places.calendar(data->catalog, language, code, request);
        if (drive && action == "move")
            return m_drives.movePage(data->catalog, language, code, query.queryItemValue(QStringLiteral("date")), request);
        return notFound();
    }
    // A change: the code and the contact given at booking, at a rate that makes guessing either
    // hopeless, per address and per code.
    if (action != "cancel" && action != "erase" && !(drive && action == "move"))
        return notFound();
    if (auto refused = refuseForm(request, language, nowMs, codeKey(code),
                                  PhoneHtml::tr("Too many attempts to change a booking. Try again in a few minutes.")))
        return *refused;
    QString why;
    const auto data = snapshot(&why);
    if (!data)
        return unavailable(language, request);
    return drive ? m_drives.change(data->catalog, language, code, QString::fromLatin1(action), formOf(request), request)
                 : m_places.change(data->catalog, language, code, QString::fromLatin1(action), formOf(request), request);
}

HttpResponse PhoneSite::book(const HttpRequest &request, const QList<QByteArray> &parts, const PhoneWords::Language &language,
                             qint64 nowMs)
{
    const QString model = QString::fromLatin1(parts.value(1));
    const bool post = request.method == "POST";
    // A booking: as rare per address as a change (a person books once; a script is slowed).
    if (post) {
        if (auto refused = refuseForm(request, language, nowMs, {},
                                      PhoneHtml::tr("There were many requests from your network. Try again in a minute.")))
            return *refused;
    }
    QString why;
    const auto data = snapshot(&why);
    if (!data)
        return unavailable(language, request);
    if (post)
        return m_book.book(data->catalog, language, model, formOf(request), request);
    return m_book.form(data->catalog, language, model, QUrlQuery(QString::fromLatin1(request.query)), request);
}

std::optional<HttpResponse> PhoneSite::refuseForm(const HttpRequest &request, const PhoneWords::Language &language, qint64 nowMs,
                                                  const QByteArray &code, const QString &tooMany)
{
    const QString path = QString::fromLatin1(request.path);
    if (request.body.size() > kMaxForm)
        return PhonePage::problem(413, m_theme, language, path, PhoneHtml::tr("Too much to read"),
                                  PhoneHtml::tr("Send the form again."), request);
    int retryAfter = 0;
    if (!m_changes.take(request.peer.toString().toLatin1(), nowMs, &retryAfter)
        || (!code.isEmpty() && !m_changesPerCode.take(code, nowMs, &retryAfter))) {
        HttpResponse r = PhonePage::problem(429, m_theme, language, path, PhoneHtml::tr("Please wait a moment"), tooMany,
                                            request);
        r.addHeader("Retry-After", QByteArray::number(retryAfter));
        return r;
    }
    return std::nullopt;
}

HttpResponse PhoneSite::unavailable(const PhoneWords::Language &language, const HttpRequest &request) const
{
    return PhonePage::problem(503, m_theme, language, QString::fromLatin1(request.path),
                              PhoneHtml::tr("Please try again shortly"),
                              PhoneHtml::tr("The studio's data cannot be read just now."), request);
}

QUrlQuery PhoneSite::formOf(const HttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
}

void PhoneSite::tick(qint64 nowMs)
{
    m_pages.prune(nowMs);
    m_changes.prune(nowMs);
    m_changesPerCode.prune(nowMs);
}
