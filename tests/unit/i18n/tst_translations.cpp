// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

/// Every user-visible string of every page is translated into all six languages: no string
/// the sources use is missing or unfinished, plural forms match each language, every
/// placeholder survives translation, and French keeps to its apostrophe.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message {
        QString context;
        QString source;
        QStringList forms;
        bool numerus = false;
        bool unfinished = false;
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&file);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name"))
                    context = xml.readElementText();
                else if (name == QLatin1String("message")) {
                    m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
                } else if (name == QLatin1String("source"))
                    m.source = xml.readElementText();
                else if (name == QLatin1String("translation")) {
                    m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    if (!m.numerus)
                        m.forms << xml.readElementText();
                } else if (name == QLatin1String("numerusform"))
                    m.forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out << m;
            }
        }
        return out;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(?:n|[0-9])"));
        QSet<QString> out;
        for (auto it = re.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured());
        return out;
    }

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << "de" << 2;
        QTest::newRow("fr") << "fr" << 2;
        QTest::newRow("zh_CN") << "zh_CN" << 1;
        QTest::newRow("zh_TW") << "zh_TW" << 1;
        QTest::newRow("ar") << "ar" << 6;
    }
    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QString committed = QStringLiteral(VITRINE_SOURCE_DIR "/i18n/vitrine_%1.ts").arg(language);
        // Refresh a copy from the sources: a string added to a page but not to the
        // translations shows up here as unfinished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("vitrine_%1.ts").arg(language));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral(VITRINE_SOURCE_DIR "/qml"),
                       QStringLiteral(VITRINE_SOURCE_DIR "/app/ui"), QStringLiteral(VITRINE_SOURCE_DIR "/app/hub"),
                       QStringLiteral(VITRINE_SOURCE_DIR "/app/core/booking/contactvalidator.cpp"),
                       QStringLiteral(VITRINE_SOURCE_DIR "/app/core/pricing/carwords.cpp"),
                       QStringLiteral(VITRINE_SOURCE_DIR "/app/core/insights"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<Message> messages = read(copy);
        QVERIFY(messages.size() > 40);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (m.unfinished)
                problems << QStringLiteral("unfinished %1").arg(where);
            if (m.numerus && m.forms.size() != pluralForms)
                problems << QStringLiteral("%1 has %2 plural forms, %3 needs %4")
                                .arg(where)
                                .arg(m.forms.size())
                                .arg(language)
                                .arg(pluralForms);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation of %1").arg(where);
                // French elides with the typographic apostrophe (n’est, d’abord), as most of its
                // strings do: a straight one beside them looks typed on a typewriter.
                if (language == QLatin1String("fr") && form.contains(QLatin1Char('\'')))
                    problems << QStringLiteral("%1 has a straight apostrophe in \"%2\"; French takes ’").arg(where, form);
                // Arabic's zero/one/two forms may spell the number out instead of %n.
                QSet<QString> expected = placeholders(m.source);
                if (m.numerus && language == QLatin1String("ar"))
                    expected.remove(QStringLiteral("%n"));
                if (!placeholders(form).contains(expected))
                    problems << QStringLiteral("%1 loses a placeholder in \"%2\"").arg(where, form);
            }
        }
        // And no committed translation is one the sources no longer say: the refresh keeps every
        // one, so words moved to a file lupdate is not given (a car's specs, to the core) would
        // be dropped by the next update_translations and show in English.
        QSet<QString> refreshed;
        for (const Message &m : messages)
            refreshed.insert(m.context + QLatin1Char('\n') + m.source);
        for (const Message &m : read(committed)) {
            if (!refreshed.contains(m.context + QLatin1Char('\n') + m.source))
                problems << QStringLiteral("%1: \"%2\" is translated but no source says it").arg(m.context, m.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
