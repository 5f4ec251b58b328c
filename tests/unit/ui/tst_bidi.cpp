// SPDX-License-Identifier: GPL-3.0-or-later
#include "carnames.h"
#include "common/bidi.h"
#include "drivelabels.h"
#include "feed/feedparser.h"

#include <QFile>
#include <QGuiApplication>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <memory>

/// Mixed-direction strings as composed for the screen read right: a model name inside Arabic,
/// a time range "12:30 م–1:30 م" with the start read first, names inside Arabic sentences.
/// Each is checked as laid out, by where its characters land.
class TestBidi : public QObject
{
    Q_OBJECT

    // A text laid out on one line, in a paragraph of `direction` (Auto: from its first strong
    // character outside isolates, as a QML Text does).
    struct Laid {
        QString text;
        std::shared_ptr<QTextLayout> layout;

        // Where a piece of the text is drawn: the mean x of the cursor positions inside it (those
        // are unambiguous; the ones at its ends may belong to the neighbouring run).
        qreal middle(const QString &piece, int from = 0) const
        {
            const int at = int(text.indexOf(piece, from));
            Q_ASSERT(at >= 0 && piece.size() >= 2);
            qreal sum = 0;
            for (int i = at + 1; i < at + piece.size(); ++i)
                sum += layout->lineAt(0).cursorToX(i);
            return sum / qreal(piece.size() - 1);
        }
        /// True if the piece's characters run left to right on the screen.
        bool leftToRight(const QString &piece) const
        {
            const int at = int(text.indexOf(piece));
            return layout->lineAt(0).cursorToX(at + 1) < layout->lineAt(0).cursorToX(at + int(piece.size()) - 1);
        }
    };

    static Laid layOut(const QString &text, Qt::LayoutDirection direction)
    {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPixelSize(20);
        auto layout = std::make_shared<QTextLayout>(text, font);
        QTextOption option;
        option.setTextDirection(direction);
        layout->setTextOption(option);
        layout->beginLayout();
        QTextLine line = layout->createLine();
        line.setLineWidth(4000);
        layout->endLayout();
        return Laid{text, layout};
    }

private slots:
    void timeRangeReadsStartFirstInArabic()
    {
        Studio studio;
        studio.timezone = QStringLiteral("UTC");
        studio.slotMinutes = 60;
        const QLocale arabic(QStringLiteral("ar_AE"));
        const QString span = DriveLabels::span(QDateTime(QDate(2026, 12, 8), QTime(12, 30), QTimeZone::utc()), studio, arabic,
                                               false);
        const QString from = arabic.toString(QTime(12, 30), QLocale::ShortFormat);
        const QString to = arabic.toString(QTime(13, 30), QLocale::ShortFormat);
        QVERIFY2(from.contains(QStringLiteral("12:30")) && from.isRightToLeft(), qPrintable(from)); // "12:30 م"
        const auto kept = [](QString time) { return time.replace(QLatin1Char(' '), QChar(0x00a0)); };
        QCOMPARE(span,
                 Bidi::kRightToLeftIsolate + Bidi::isolate(kept(from)) + QChar(0x2060) + QChar(0x2013) + QChar(0x2060)
                     + Bidi::isolate(kept(to)) + Bidi::kPopIsolate);
        // Inside an Arabic sentence: the sentence and the start on the right, read first; the
        // digits of each time left to right.
        const Laid laid = layOut(QStringLiteral("موعدك ") + span, Qt::LayoutDirectionAuto);
        const int start = int(laid.text.indexOf(QStringLiteral("12:30")));
        QVERIFY2(laid.middle(QStringLiteral("12:30")) > laid.middle(QStringLiteral("1:30"), start + 5),
                 "the start time is read first, on the right");
        QVERIFY2(laid.leftToRight(QStringLiteral("12:30")), "12:30 keeps its digits left to right");
        QVERIFY2(laid.middle(QStringLiteral("موعدك")) > laid.middle(QStringLiteral("12:30")), "the sentence begins on the right");
    }

    void timeRangeLeftToRightElsewhere()
    {
        Studio studio;
        studio.timezone = QStringLiteral("UTC");
        studio.slotMinutes = 60;
        const QLocale german(QStringLiteral("de_DE"));
        const QString span = DriveLabels::span(QDateTime(QDate(2026, 12, 8), QTime(10, 0), QTimeZone::utc()), studio, german,
                                               false);
        QCOMPARE(QString(span).remove(QRegularExpression(QStringLiteral("[\\x{2060}\\x{2066}-\\x{2069}]"))),
                 QStringLiteral("10:00–11:00"));
        const Laid laid = layOut(span, Qt::LayoutDirectionAuto);
        QVERIFY(laid.middle(QStringLiteral("10:00")) < laid.middle(QStringLiteral("11:00")));
    }

    // A drive's time never parts at a line's end: in Arabic portrait, larger text, the booking's
    // summary ended a line at "10:00 ص–" and began the next with "11:00 ص". Qt's own line breaking
    // (as a Text lays it out) finds no break inside the span, in any language the kiosk speaks; the
    // date before it may still break.
    void timeRangeKeepsToOneLine()
    {
        Studio studio;
        studio.timezone = QStringLiteral("Europe/Oslo");
        studio.slotMinutes = 60;
        const QDateTime start(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc());
        for (const char *code : {"en_US", "de_DE", "fr_FR", "zh_CN", "zh_TW", "ar_AE"}) {
            const QLocale locale{QLatin1String(code)};
            const QString times = DriveLabels::span(start, studio, locale, false);
            const QString whole = DriveLabels::span(start, studio, locale, true);
            QVERIFY2(whole.endsWith(times), code);
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, whole);
            const qsizetype from = whole.size() - times.size();
            for (qsizetype at = breaks.toNextBoundary(); at > 0 && at < whole.size(); at = breaks.toNextBoundary())
                QVERIFY2(
                    at <= from + 1,
                    qPrintable(
                        QStringLiteral("%1: \"%2\" may break before \"%3\"").arg(QLatin1String(code), whole, whole.mid(at))));
            const QString plain = QString(times).remove(QRegularExpression(QStringLiteral("[\\x{2060}\\x{2066}-\\x{2069}]")));
            QVERIFY2(plain.contains(QChar(0x2013)) && plain.size() >= 11, qPrintable(plain));
            // Qt 6.4 prints Traditional Chinese's day period as the letter itself: "B10:00–B11:00".
            QVERIFY2(!plain.contains(QLatin1Char('B')), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(code), plain)));
            if (QLatin1String(code) == QLatin1String("zh_TW"))
                QCOMPARE(plain, QStringLiteral("上午10:00–上午11:00"));
        }
    }

    void priceRangeInArabic()
    {
        // The finder's range chips and labels: the low end on the right, as the slider's handle.
        const QString range = Bidi::range(QStringLiteral("kr122,300"), QStringLiteral("kr2,222,800"),
                                          QLocale(QStringLiteral("ar_AE")), QStringLiteral(" – "));
        const Laid laid = layOut(range, Qt::LayoutDirectionAuto);
        QVERIFY2(laid.middle(QStringLiteral("122,300")) > laid.middle(QStringLiteral("2,222,800")), "the low end on the right");
        QVERIFY(laid.leftToRight(QStringLiteral("kr122,300")));
        QCOMPARE(Bidi::range(QStringLiteral("kr122,300"), QStringLiteral("kr2,222,800"), QLocale(QStringLiteral("en_GB")),
                             QStringLiteral(" – ")),
                 QStringLiteral("kr122,300 – kr2,222,800"));
    }

    void modelNameInsideArabic()
    {
        const QString title = Bidi::pair(QStringLiteral("Vega E"), QStringLiteral("بيرفورمانس"));
        QCOMPARE(title, QStringLiteral("\u2068Vega E\u2069 بيرفورمانس"));
        QVERIFY2(title.isRightToLeft(), "the Arabic trim sets the line's direction");
        const Laid laid = layOut(title, Qt::LayoutDirectionAuto);
        QVERIFY2(laid.leftToRight(QStringLiteral("Vega")), "Vega E reads left to right");
        QVERIFY2(laid.middle(QStringLiteral("Vega")) > laid.middle(QStringLiteral("بيرفورمانس")),
                 "the model is read first, on the right");
        // Two names of one direction stay plain.
        QCOMPARE(Bidi::pair(QStringLiteral("Aster 5"), QStringLiteral("GTS")), QStringLiteral("Aster 5 GTS"));
        QCOMPARE(Bidi::pair(QStringLiteral("Aster 5"), QString()), QStringLiteral("Aster 5"));
    }

    void catalogTitlesInArabic()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = FeedParser::parse(file.readAll());
        QVERIFY(parsed.feed);
        const Catalog catalog = FeedParser::catalogOf(*parsed.feed);
        int mixed = 0;
        for (const Vehicle &v : parsed.feed->vehicles) {
            const QString ar = CarNames::title(v, catalog, QStringLiteral("ar"));
            const QString en = CarNames::title(v, catalog, QStringLiteral("en"));
            QVERIFY2(!en.contains(Bidi::kFirstStrongIsolate), qPrintable(en));
            if (ar.contains(QStringLiteral("بيرفورمانس"))) {
                ++mixed;
                QVERIFY2(ar.startsWith(Bidi::kFirstStrongIsolate) && ar.isRightToLeft(), qPrintable(ar));
            }
        }
        QVERIFY2(mixed > 0, "the demo stock has a Performance trim named in Arabic");
    }

    void namesInsideArabicSentences()
    {
        QCOMPARE(Bidi::inSentence(QStringLiteral("Solvik Studio Oslo"), QLocale(QStringLiteral("ar_AE"))),
                 QStringLiteral("\u2068Solvik Studio Oslo\u2069"));
        QCOMPARE(Bidi::inSentence(QStringLiteral("Solvik Studio Oslo"), QLocale(QStringLiteral("en_GB"))),
                 QStringLiteral("Solvik Studio Oslo"));
        const QString line = QStringLiteral("%1 · %2 سيارة")
                                 .arg(Bidi::inSentence(QStringLiteral("Solvik Studio Oslo"), QLocale(QStringLiteral("ar_AE"))),
                                      QStringLiteral("118"));
        const Laid laid = layOut(line, Qt::LayoutDirectionAuto);
        QVERIFY2(laid.middle(QStringLiteral("Solvik")) < laid.middle(QStringLiteral("Oslo")), "the name reads left to right");
        QVERIFY2(laid.middle(QStringLiteral("Oslo")) > laid.middle(QStringLiteral("118")),
                 "the studio comes first, on the right");
    }

    void quotedAsEachLanguageSetsIt()
    {
        const QString name = QStringLiteral("Glacier White");
        // French: guillemets with a no-break space inside, which QLocale alone leaves out.
        QCOMPARE(Bidi::quoted(name, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("\u00AB\u00A0Glacier White\u00A0\u00BB"));
        QCOMPARE(Bidi::quoted(name, QLocale(QStringLiteral("fr_CH"))), QStringLiteral("\u00AB\u00A0Glacier White\u00A0\u00BB"));
        // The others as the locale has them.
        QCOMPARE(Bidi::quoted(name, QLocale(QStringLiteral("en_GB"))), QLocale(QStringLiteral("en_GB")).quoteString(name));
        QCOMPARE(Bidi::quoted(name, QLocale(QStringLiteral("de_DE"))), QStringLiteral("\u201EGlacier White\u201C"));
        QCOMPARE(Bidi::quoted(name, QLocale(QStringLiteral("zh_CN"))), QStringLiteral("\u201CGlacier White\u201D"));
    }
};

QTEST_MAIN(TestBidi)
#include "tst_bidi.moc"
