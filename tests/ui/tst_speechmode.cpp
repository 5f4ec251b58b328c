// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurator.h"
#include "drivebooking.h"
#include "finder.h"
#include "headphones.h"
#include "kiosk/kiosksession.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "speechmode.h"
#include "staffmode.h"
#include "storage/database.h"
#include "uidriver.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Speech mode in the real window: it is turned on from the accessibility page, says the focused
/// control with its state and price in the visitor's language, moves the focus and presses as a
/// visitor's swipe and double tap ask, and ends with the visit. The sentences said in five
/// languages are then rendered by espeak-ng and checked with sox to be speech, not silence.
class TestSpeechMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    QStringList m_sentences; ///< "voice\ttext" for the WAV check

    SpeechMode *speech() const { return m_kiosk->speech(); }

    void settle()
    {
        UiProbe(m_kiosk->window()).waitSettled(3000);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    void open(const QString &page, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        if (!page.isEmpty())
            QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        settle();
    }

    QQuickItem *firstNamed(const QString &prefix) const
    {
        const std::function<QQuickItem *(QQuickItem *)> search = [&](QQuickItem *item) -> QQuickItem * {
            if (!item->isVisible())
                return nullptr;
            if (item->objectName().startsWith(prefix) && item->isEnabled())
                return item;
            for (QQuickItem *child : item->childItems()) {
                if (QQuickItem *found = search(child))
                    return found;
            }
            return nullptr;
        };
        return search(m_kiosk->window()->contentItem());
    }

    /// What is said when `item` has the focus and the visitor asks to hear it.
    QString hear(QQuickItem *item)
    {
        item->forceActiveFocus(Qt::TabFocusReason);
        speech()->repeat();
        return speech()->recent().value(speech()->recent().size() - 1);
    }

    static QString voiceFor(const QString &language)
    {
        return language == QLatin1String("zh_CN") ? QStringLiteral("cmn") : language;
    }

    void keep(const QString &language, const QString &sentence)
    {
        qInfo().noquote() << language << "said:" << sentence;
        m_sentences << voiceFor(language) + QLatin1Char('\t') + QString(sentence).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        {
            // Staff mode (the headphone-only setting) opens with this PIN.
            QVERIFY(Database::open(m_dir.filePath(QStringLiteral("speech.sqlite")), QStringLiteral("setup")).ok());
            QVERIFY(StaffPin(QSqlDatabase::database(QStringLiteral("setup"))).set(QStringLiteral("4711")));
        }
        Database::close(QStringLiteral("setup"));
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("speech.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY(Finder::create(nullptr, nullptr)->ready());
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    /// On from the accessibility page, like any of its switches; off again the same way.
    void turnedOnFromTheAccessibilityPage()
    {
        open(QStringLiteral("accessibility"));
        UiProbe ui(m_kiosk->window());
        QVERIFY(!speech()->active());
        QVERIFY(ui.tap(QStringLiteral("toggle-speech")));
        QTRY_VERIFY(speech()->active());
        QVERIFY(ui.find(QStringLiteral("speech-volume")));
        QVERIFY(speech()->recent().last().contains(QLatin1String("Speech on")));
        const double before = speech()->volume();
        // While the kiosk speaks, a touch says what is under the finger; a double tap presses.
        QQuickItem *quieter = ui.find(QStringLiteral("speech-quieter"));
        QVERIFY(quieter);
        QVERIFY(ui.tap(quieter));
        QCOMPARE(m_kiosk->window()->activeFocusItem(), quieter);
        QCOMPARE(speech()->volume(), before);
        QVERIFY(speech()->recent().last().startsWith(QLatin1String("Quieter")));
        QVERIFY(speech()->activate());
        QTRY_VERIFY(speech()->volume() < before);
        QVERIFY(!speech()->recent().filter(QStringLiteral("Volume ")).isEmpty());
        speech()->setActive(false);
    }

    /// Two fingers held still for two seconds, anywhere: on; again: off.
    void twoFingerHold()
    {
        open(QString());
        speech()->setActive(false);
        QPointingDevice *finger = QTest::createTouchDevice();
        QQuickWindow *window = m_kiosk->window();
        const QPoint a(window->width() / 3, window->height() / 2), b(2 * window->width() / 3, window->height() / 2);
        for (const bool expected : {true, false}) {
            QTest::touchEvent(window, finger).press(0, a).press(1, b);
            QTest::qWait(1000);
            QCOMPARE(speech()->active(), !expected);                 // not yet: a second is a touch, not a hold
            QTest::touchEvent(window, finger).move(0, a).move(1, b); // held where they came down
            QTest::qWait(1300);
            QTest::touchEvent(window, finger).release(0, a).release(1, b);
            QCOMPARE(speech()->active(), expected);
        }
    }

    /// Home, a filter chip, a configurator choice with its price and a booking time, in the
    /// visitor's language; the focus moves with next() and a double tap presses.
    void speaksTheFocusedControl_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ar", "de", "fr", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void speaksTheFocusedControl()
    {
        QFETCH(QString, language);
        m_kiosk->language()->setCode(language);
        speech()->setActive(true);
        QSignalSpy said(speech(), &SpeechMode::spoken);

        // Home: a swipe to the first control says it, and moves the focus there.
        open(QString());
        QQuickItem *before = m_kiosk->window()->activeFocusItem();
        QVERIFY(speech()->next());
        QQuickItem *first = m_kiosk->window()->activeFocusItem();
        QVERIFY(first && first != before);
        const QString home = speech()->recent().last();
        QCOMPARE(home, speech()->describe(first));
        QVERIFY(!home.isEmpty());
        keep(language, home);
        QVERIFY(speech()->next());
        QVERIFY(m_kiosk->window()->activeFocusItem() != first);

        // A filter chip: its value, how many cars, its state; a double tap turns it on.
        open(QStringLiteral("find"));
        Finder *finder = Finder::create(nullptr, nullptr);
        QQuickItem *chip = firstNamed(QStringLiteral("body-"));
        QVERIFY(chip);
        const QString chipSentence = hear(chip);
        QVERIFY2(chipSentence.contains(chip->property("text").toString()), qPrintable(chipSentence));
        QVERIFY2(chipSentence.contains(SpeechMode::tr("off")), qPrintable(chipSentence));
        keep(language, chipSentence);
        const int active = finder->activeCount();
        QVERIFY(speech()->activate());
        QTRY_VERIFY(finder->activeCount() > active);
        finder->reset();

        // A configurator choice with its price.
        m_kiosk->configurator()->startLine(QStringLiteral("aster"));
        m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
        open(QStringLiteral("configurator"), {{QStringLiteral("step"), QStringLiteral("paint")}});
        QQuickItem *choice = firstNamed(QStringLiteral("choice-"));
        QVERIFY(choice);
        const QString choiceSentence = hear(choice);
        QVERIFY2(choiceSentence.contains(choice->property("name").toString()), qPrintable(choiceSentence));
        QVERIFY2(choiceSentence.contains(choice->property("price").toString()), qPrintable(choiceSentence));
        keep(language, choiceSentence);
        m_kiosk->configurator()->reset();

        // A booking time.
        DriveBooking *drive = m_kiosk->driveBooking();
        drive->reset();
        drive->chooseModel(QStringLiteral("aster-5"));
        drive->chooseStudio(QStringLiteral("oslo"));
        QTRY_VERIFY(!drive->dayRows().isEmpty());
        for (const DriveBooking::DayRow &day : drive->dayRows()) {
            if (day.free > 0) {
                drive->chooseDay(day.date);
                break;
            }
        }
        QTRY_VERIFY(!drive->timeRows().isEmpty());
        open(QStringLiteral("drive"), {{QStringLiteral("step"), QStringLiteral("time")}});
        QQuickItem *time = firstNamed(QStringLiteral("time-"));
        QVERIFY(time);
        const QString timeSentence = hear(time);
        QVERIFY2(timeSentence.contains(time->property("text").toString()), qPrintable(timeSentence));
        keep(language, timeSentence);
        drive->reset();

        QVERIFY(said.count() >= 5);
        speech()->setActive(false);
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }

    /// This machine's own headphone socket, read from ALSA as the kiosk does: where there is
    /// no sound card (CI, this test machine) there are no headphones, and the reason says so.
    void headphonesReadFromAlsa()
    {
        const Headphones::Reading reading = Headphones::read();
        qInfo().noquote() << "headphones:" << reading.connected << reading.detail;
        QFile cards(QStringLiteral("/proc/asound/cards"));
        const bool noCard = !cards.open(QIODevice::ReadOnly) || cards.readAll().contains("no soundcards");
        if (noCard) {
            QVERIFY(!reading.connected);
            QCOMPARE(reading.detail, QStringLiteral("no sound card"));
        } else {
            QVERIFY(!reading.detail.isEmpty());
        }
    }

    /// The studio's headphone-only setting, saved in staff mode: without headphones speech mode
    /// is on but says nothing out loud, and the accessibility page and the attract loop say why
    /// and how; plugged in, it greets and speaks; unplugged, it falls silent again.
    void headphonesOnly()
    {
        bool plugged = false;
        speech()->setHeadphoneProbe([&plugged] {
            return Headphones::Reading{plugged,
                                       plugged ? QStringLiteral("headphones on test socket") : QStringLiteral("socket empty")};
        });
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        m_kiosk->staff()->pickSetting(QStringLiteral("speechOutput"), QStringLiteral("headphones"));
        m_kiosk->staff()->saveSettings();
        QTRY_COMPARE(m_kiosk->staff()->saveMessage(), QStringLiteral("Saved."));
        m_kiosk->staff()->lock();
        QVERIFY(speech()->headphonesOnly());

        open(QStringLiteral("accessibility"));
        UiProbe ui(m_kiosk->window());
        QSignalSpy said(speech(), &SpeechMode::spoken);
        const QStringList remembered = speech()->recent();
        QVERIFY(ui.tap(QStringLiteral("toggle-speech")));
        QTRY_VERIFY(speech()->active());
        QVERIFY(speech()->waitingForHeadphones());
        QVERIFY(ui.find(QStringLiteral("speech-headphones")));
        QVERIFY(speech()->next());
        speech()->repeat();
        QCOMPARE(said.count(), 0); // not a word out loud
        QCOMPARE(speech()->recent(), remembered);
        ui.shoot(QStringLiteral("speech/headphones-waiting-en"));

        plugged = true;
        speech()->checkHeadphones();
        QVERIFY(!speech()->waitingForHeadphones());
        QCOMPARE(said.count(), 1);
        QVERIFY(said.last().first().toString().startsWith(QLatin1String("Speech on")));
        QTRY_VERIFY(!ui.find(QStringLiteral("speech-headphones")));
        speech()->repeat();
        QCOMPARE(said.count(), 2);

        plugged = false;
        speech()->checkHeadphones();
        QVERIFY(speech()->waitingForHeadphones());
        speech()->repeat();
        QCOMPARE(said.count(), 2);
        speech()->setActive(false);

        // The attract loop tells a visitor who cannot see the screen how to make it speak.
        m_kiosk->session()->end();
        QTRY_VERIFY(!speech()->active());
        QTRY_VERIFY(ui.find(QStringLiteral("attract-speech-hint")) != nullptr);
        QQuickItem *hint = ui.find(QStringLiteral("attract-speech-hint"));
        QTRY_VERIFY(hint->property("text").toString().contains(QLatin1String("headphones")));
        QTest::qWait(1200); // the loop fades in
        ui.shoot(QStringLiteral("speech/attract-headphones-en"));
        m_kiosk->session()->interacted();

        // Back to out loud, for the tests after this one.
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        m_kiosk->staff()->pickSetting(QStringLiteral("speechOutput"), QStringLiteral("speakers"));
        m_kiosk->staff()->saveSettings();
        QTRY_COMPARE(m_kiosk->staff()->saveMessage(), QStringLiteral("Saved."));
        QTRY_VERIFY(!speech()->headphonesOnly()); // saved ("Saved." was already there)
        m_kiosk->staff()->lock();
        QTRY_VERIFY(!hint->property("text").toString().contains(QLatin1String("headphones")));
        QVERIFY(hint->property("text").toString().contains(QLatin1String("two fingers")));
        m_kiosk->session()->end();
        QTRY_VERIFY(ui.find(QStringLiteral("attract-speech-hint")) != nullptr);
        QTest::qWait(1200); // the loop fades in
        ui.shoot(QStringLiteral("speech/attract-en"));
        m_kiosk->session()->interacted();
        speech()->setHeadphoneProbe(Headphones::read);
    }

    /// The idle wipe ends speech mode and forgets every sentence.
    void endsWithTheVisit()
    {
        speech()->setActive(true);
        speech()->say(QStringLiteral("something said"));
        QVERIFY(!speech()->recent().isEmpty());
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!speech()->active());
        QVERIFY(speech()->recent().isEmpty());
    }

    /// The sentences above, rendered by espeak-ng in English, Arabic, German, French and
    /// Mandarin: each is speech, not silence (sox).
    void renderedBySpeechEngine()
    {
        QVERIFY(m_sentences.size() >= 20);
        const QString file = m_dir.filePath(QStringLiteral("sentences.tsv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_sentences.join(QLatin1Char('\n')).toUtf8() + '\n');
        f.close();
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral(VITRINE_SOURCE_DIR "/tests/a11y/speech_wav_check.sh"),
                    {file, QDir(UiDriver::screenshotDir()).filePath(QStringLiteral("speech"))});
        QVERIFY(check.waitForFinished(300000));
        const QString out = QString::fromUtf8(check.readAll());
        qInfo().noquote() << out;
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, qPrintable(out));
    }
};

QTEST_MAIN(TestSpeechMode)
#include "tst_speechmode.moc"
