// SPDX-License-Identifier: GPL-3.0-or-later
#include "booking/contactvalidator.h"

#include <QTest>

/// The booking form's edge: a name, one way to reach the visitor (a phone number normalised to
/// E.164 by libphonenumber for the studio's country, or an e-mail address), explicit privacy
/// consent, and marketing consent left off unless ticked. Every problem gets a message per field
/// that never repeats what was typed.
class TestContactValidator : public QObject
{
    Q_OBJECT

    using Problem = ContactValidator::Problem;
    using Field = ContactValidator::Field;

    static ContactInput form(const QString &name, ContactChannel channel, const QString &value, bool privacy = true)
    {
        ContactInput in;
        in.name = name;
        in.channel = channel;
        in.value = value;
        in.privacyAccepted = privacy;
        return in;
    }

private slots:
    void validNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << "Ingrid Solberg"
                               << "Ingrid Solberg";
        QTest::newRow("spaces folded") << "  Ingrid    Solberg "
                                       << "Ingrid Solberg";
        QTest::newRow("apostrophe") << "Seán O'Brien"
                                    << "Seán O'Brien";
        QTest::newRow("typographic apostrophe") << "Aïssa N’Diaye"
                                                << "Aïssa N’Diaye";
        QTest::newRow("hyphen and accents") << "Zoë Saldaña-Pérez"
                                            << "Zoë Saldaña-Pérez";
        QTest::newRow("decomposed to NFC") << QStringLiteral("Zoe\u0308") << QStringLiteral("Zo\u00EB");
        QTest::newRow("initials") << "J. R. R. Tolkien"
                                  << "J. R. R. Tolkien";
        QTest::newRow("chinese") << "王小明"
                                 << "王小明";
        QTest::newRow("chinese transcription dot") << "阿卜杜拉·艾力"
                                                   << "阿卜杜拉·艾力";
        QTest::newRow("arabic") << "محمد بن راشد"
                                << "محمد بن راشد";
        QTest::newRow("persian with ZWNJ") << QStringLiteral("مهر\u200Cناز") << QStringLiteral("مهر\u200Cناز");
        QTest::newRow("100 letters") << QString(100, QLatin1Char('a')) << QString(100, QLatin1Char('a'));
    }

    void validNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        ContactValidator::Issue issue{};
        const auto name = ContactValidator(QStringLiteral("NO")).name(typed, &issue);
        QVERIFY2(name, qPrintable(issue.message));
        QCOMPARE(*name, stored);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << "" << int(Problem::Empty);
        QTest::newRow("blank") << "   " << int(Problem::Empty);
        QTest::newRow("tab") << "Ingrid\tSolberg" << int(Problem::ControlCharacters);
        QTest::newRow("newline") << "Ingrid\nSolberg" << int(Problem::ControlCharacters);
        QTest::newRow("escape") << "Ingrid\x1b[31m" << int(Problem::ControlCharacters);
        QTest::newRow("nul") << QString(QStringLiteral("Ingrid") + QChar(0)) << int(Problem::ControlCharacters);
        QTest::newRow("bidi override") << QStringLiteral("Ingrid \u202Egrebloss") << int(Problem::ControlCharacters);
        QTest::newRow("line separator") << QStringLiteral("Ingrid\u2028Solberg") << int(Problem::ControlCharacters);
        QTest::newRow("101 letters") << QString(101, QLatin1Char('a')) << int(Problem::TooLong);
        QTest::newRow("digits") << "R2D2" << int(Problem::NotAName);
        QTest::newRow("sql") << "Robert'); DROP TABLE booking;--" << int(Problem::NotAName);
        QTest::newRow("markup") << "<b>Ingrid</b>" << int(Problem::NotAName);
        QTest::newRow("e-mail as name") << "ingrid@example.no" << int(Problem::NotAName);
        QTest::newRow("punctuation only") << "-- .'" << int(Problem::NotAName);
    }

    void badNames()
    {
        QFETCH(QString, typed);
        QFETCH(int, problem);
        ContactValidator::Issue issue{};
        QVERIFY(!ContactValidator(QStringLiteral("NO")).name(typed, &issue));
        QCOMPARE(int(issue.problem), problem);
        QCOMPARE(issue.field, Field::Name);
        QVERIFY(!issue.message.isEmpty());
        if (typed.trimmed().size() > 2)
            QVERIFY(!issue.message.contains(typed.trimmed()));
    }

    void phoneNumbersToE164_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        // Norway (Oslo, Lillestrøm, Drammen)
        QTest::newRow("NO mobile") << "NO"
                                   << "406 12 345"
                                   << "+4740612345";
        QTest::newRow("NO mobile, dashes") << "NO"
                                           << "+47 406-12-345"
                                           << "+4740612345";
        QTest::newRow("NO landline") << "NO"
                                     << "21 23 45 67"
                                     << "+4721234567";
        QTest::newRow("NO, an Italian visitor") << "NO"
                                                << "+39 312 345 6789"
                                                << "+393123456789";
        // Italy (Milan): the leading 0 of landlines is part of the number
        QTest::newRow("IT mobile") << "IT"
                                   << "312 345 6789"
                                   << "+393123456789";
        QTest::newRow("IT landline") << "IT"
                                     << "02 8088 4500"
                                     << "+390280884500";
        QTest::newRow("IT, international prefix 00") << "IT"
                                                     << "0047 40612345"
                                                     << "+4740612345";
        // United States (Portland)
        QTest::newRow("US") << "US"
                            << "(201) 555-0123"
                            << "+12015550123";
        QTest::newRow("US with +1") << "US"
                                    << "+1 (503) 555-0142"
                                    << "+15035550142";
        QTest::newRow("US dotted") << "US"
                                   << "503.555.0142"
                                   << "+15035550142";
        // China (Shanghai, Beijing)
        QTest::newRow("CN mobile") << "CN"
                                   << "131 2345 6789"
                                   << "+8613123456789";
        QTest::newRow("CN landline Shanghai") << "CN"
                                              << "021 6288 4500"
                                              << "+862162884500";
        QTest::newRow("CN full-width digits") << "CN" << QStringLiteral("１３１２３４５６７８９") << "+8613123456789";
        QTest::newRow("CN, a visitor from Dubai") << "CN"
                                                  << "+971 50 123 4567"
                                                  << "+971501234567";
        // United Arab Emirates (Dubai)
        QTest::newRow("AE mobile") << "AE"
                                   << "050 123 4567"
                                   << "+971501234567";
        QTest::newRow("AE landline") << "AE"
                                     << "04 555 4500"
                                     << "+97145554500";
        QTest::newRow("AE, lower-case country") << "ae"
                                                << "050 123 4567"
                                                << "+971501234567";
    }

    void phoneNumbersToE164()
    {
        QFETCH(QString, country);
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        ContactValidator::Issue issue{};
        const auto phone = ContactValidator(country).phone(typed, &issue);
        QVERIFY2(phone, qPrintable(issue.message));
        QCOMPARE(*phone, e164);
        // The whole form carries it through.
        const auto result = ContactValidator(country).validate(form(QStringLiteral("Li Wei"), ContactChannel::Phone, typed));
        QVERIFY(result.ok());
        QCOMPARE(result.contact->value, e164);
        QCOMPARE(result.contact->channel, ContactChannel::Phone);
    }

    void badPhoneNumbers_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << "NO"
                               << "" << int(Problem::Empty);
        QTest::newRow("blank") << "NO"
                               << "   " << int(Problem::Empty);
        QTest::newRow("newline") << "NO"
                                 << "406 12\n345" << int(Problem::ControlCharacters);
        QTest::newRow("too long") << "NO" << QString(41, QLatin1Char('4')) << int(Problem::TooLong);
        QTest::newRow("letters") << "NO"
                                 << "call me" << int(Problem::NotAPhoneNumber);
        QTest::newRow("unknown country code") << "NO"
                                              << "+999 1234" << int(Problem::NotAPhoneNumber);
        QTest::newRow("Italian landline at Oslo") << "NO"
                                                  << "02 8088 4500" << int(Problem::WrongCountry);
        QTest::newRow("UAE mobile at Oslo") << "NO"
                                            << "050 123 4567" << int(Problem::WrongCountry);
        QTest::newRow("Norwegian mobile at Portland") << "US"
                                                      << "406 12 345" << int(Problem::WrongCountry);
        QTest::newRow("Norwegian mobile at Milan") << "IT"
                                                   << "406 12 345" << int(Problem::WrongCountry);
        QTest::newRow("Chinese mobile at Dubai") << "AE"
                                                 << "131 2345 6789" << int(Problem::WrongCountry);
        QTest::newRow("too short for +47") << "US"
                                           << "+47 123" << int(Problem::InvalidNumber);
        QTest::newRow("NO premium rate") << "NO"
                                         << "820 12 345" << int(Problem::NotReachable);
        QTest::newRow("NO toll free") << "NO"
                                      << "800 12 345" << int(Problem::NotReachable);
        QTest::newRow("US premium rate") << "US"
                                         << "1-900-234-5678" << int(Problem::NotReachable);
        QTest::newRow("IT premium rate") << "IT"
                                         << "899 123 456" << int(Problem::NotReachable);
    }

    void badPhoneNumbers()
    {
        QFETCH(QString, country);
        QFETCH(QString, typed);
        QFETCH(int, problem);
        ContactValidator::Issue issue{};
        const auto phone = ContactValidator(country).phone(typed, &issue);
        QVERIFY2(!phone, qPrintable(phone.value_or(QString())));
        QCOMPARE(int(issue.problem), problem);
        QCOMPARE(issue.field, Field::Phone);
        QVERIFY(!issue.message.isEmpty());
        if (typed.trimmed().size() > 3)
            QVERIFY2(!issue.message.contains(typed.trimmed()), qPrintable(issue.message));
    }

    void wrongCountryNamesTheCountry()
    {
        ContactValidator::Issue issue{};
        QVERIFY(!ContactValidator(QStringLiteral("NO")).phone(QStringLiteral("02 8088 4500"), &issue));
        QVERIFY2(issue.message.contains(QLatin1String("Norway")), qPrintable(issue.message));
        QVERIFY(issue.message.contains(QLatin1String("406 12 345"))); // the example number
    }

    void emails_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<int>("problem");
        QTest::newRow("plain") << "ingrid@example.no"
                               << "ingrid@example.no" << -1;
        QTest::newRow("trimmed") << "  ingrid@example.no "
                                 << "ingrid@example.no" << -1;
        QTest::newRow("plus and dots") << "ingrid.solberg+drive@mail.example.no"
                                       << "ingrid.solberg+drive@mail.example.no" << -1;
        QTest::newRow("domain case folded") << "Ingrid@Example.NO"
                                            << "Ingrid@example.no" << -1;
        QTest::newRow("IDN domain") << "jose@bücher.de"
                                    << "jose@bücher.de" << -1;
        QTest::newRow("IDN as A-label") << "jose@xn--bcher-kva.de"
                                        << "jose@bücher.de" << -1;
        QTest::newRow("EAI local part") << "用户@例子.广告"
                                        << "用户@例子.广告" << -1;
        QTest::newRow("trailing dot") << "ingrid@example.no."
                                      << "ingrid@example.no" << -1;
        QTest::newRow("empty") << ""
                               << "" << int(Problem::Empty);
        QTest::newRow("tab") << "ingrid@exam\tple.no"
                             << "" << int(Problem::ControlCharacters);
        QTest::newRow("too long") << QString(250, QLatin1Char('a')) + QStringLiteral("@example.no") << ""
                                  << int(Problem::TooLong);
        QTest::newRow("no @") << "ingrid.example.no"
                              << "" << int(Problem::BadEmail);
        QTest::newRow("nothing before @") << "@example.no"
                                          << "" << int(Problem::BadEmail);
        QTest::newRow("two @") << "in@grid@example.no"
                               << "" << int(Problem::BadEmail);
        QTest::newRow("space") << "ingrid solberg@example.no"
                               << "" << int(Problem::BadEmail);
        QTest::newRow("double dot") << "ingrid..solberg@example.no"
                                    << "" << int(Problem::BadEmail);
        QTest::newRow("leading dot") << ".ingrid@example.no"
                                     << "" << int(Problem::BadEmail);
        QTest::newRow("local part over 64") << QString(65, QLatin1Char('a')) + QStringLiteral("@example.no") << ""
                                            << int(Problem::BadEmail);
        QTest::newRow("no domain") << "ingrid@"
                                   << "" << int(Problem::BadEmailDomain);
        QTest::newRow("no dot in domain") << "ingrid@localhost"
                                          << "" << int(Problem::BadEmailDomain);
        QTest::newRow("one-letter TLD") << "ingrid@example.n"
                                        << "" << int(Problem::BadEmailDomain);
        QTest::newRow("numeric TLD") << "ingrid@10.0.0.1"
                                     << "" << int(Problem::BadEmailDomain);
        QTest::newRow("underscore") << "ingrid@exa_mple.no"
                                    << "" << int(Problem::BadEmailDomain);
        QTest::newRow("hyphen at label start") << "ingrid@-example.no"
                                               << "" << int(Problem::BadEmailDomain);
        QTest::newRow("empty label") << "ingrid@example..no"
                                     << "" << int(Problem::BadEmailDomain);
    }

    void emails()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(int, problem);
        ContactValidator::Issue issue{};
        const auto email = ContactValidator(QStringLiteral("NO")).email(typed, &issue);
        if (problem < 0) {
            QVERIFY2(email, qPrintable(issue.message));
            QCOMPARE(*email, stored);
            return;
        }
        QVERIFY2(!email, qPrintable(email.value_or(QString())));
        QCOMPARE(int(issue.problem), problem);
        QCOMPARE(issue.field, Field::Email);
        if (!typed.isEmpty())
            QVERIFY(!issue.message.contains(typed.trimmed()));
    }

    void everyProblemAtOnce()
    {
        const ContactValidator v(QStringLiteral("NO"));
        ContactInput in; // as the form opens: nothing typed, nothing ticked
        QVERIFY(!in.privacyAccepted);
        QVERIFY(!in.marketingAccepted);
        auto r = v.validate(in);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), 3);
        QCOMPARE(r.issues.at(0).field, Field::Name);
        QCOMPARE(r.issues.at(1).field, Field::Phone);
        QCOMPARE(r.issues.at(2).field, Field::PrivacyConsent);
        QCOMPARE(r.issues.at(2).problem, Problem::ConsentMissing);
        QVERIFY(!r.messageFor(Field::Name).isEmpty());
        QVERIFY(!r.messageFor(Field::Phone).isEmpty());
        QVERIFY(r.messageFor(Field::PrivacyConsent).contains(QLatin1String("privacy")));
        QVERIFY(r.messageFor(Field::Email).isEmpty());

        // With e-mail as the channel, the e-mail field is the one reported.
        r = v.validate(form(QStringLiteral("Ingrid"), ContactChannel::Email, QStringLiteral("ingrid@"), false));
        QCOMPARE(r.issues.size(), 2);
        QCOMPARE(r.issues.at(0).field, Field::Email);
        QCOMPARE(r.issues.at(1).field, Field::PrivacyConsent);

        // Everything right except the consent: still no contact.
        r = v.validate(form(QStringLiteral("Ingrid"), ContactChannel::Phone, QStringLiteral("406 12 345"), false));
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().problem, Problem::ConsentMissing);
        QCOMPARE(ContactValidator::fieldName(Field::PrivacyConsent), QStringLiteral("privacy_consent"));
    }

    void marketingConsentIsSeparateAndOffByDefault()
    {
        const ContactValidator v(QStringLiteral("NO"));
        auto r = v.validate(form(QStringLiteral("Ingrid"), ContactChannel::Email, QStringLiteral("ingrid@example.no")));
        QVERIFY(r.ok());
        QVERIFY(!r.contact->marketingConsent);
        QCOMPARE(r.contact->channel, ContactChannel::Email);
        QCOMPARE(r.contact->value, QStringLiteral("ingrid@example.no"));
        QVERIFY(!r.contact->privacyConsentAt.isValid()); // stamped by the store
        ContactInput in = form(QStringLiteral("Ingrid"), ContactChannel::Email, QStringLiteral("ingrid@example.no"));
        in.marketingAccepted = true;
        r = v.validate(in);
        QVERIFY(r.contact->marketingConsent);
        // Marketing consent does not stand in for the privacy consent.
        in.privacyAccepted = false;
        QVERIFY(!v.validate(in).ok());
    }

    // Staff read a visitor's number aloud: grouped the studio country's own way, or with its
    // country code and groups when it is from elsewhere — never the bare E.164 digits.
    void phoneNumbersForReading_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("readable");
        QTest::newRow("norwegian mobile in oslo") << "+4741234567"
                                                  << "NO"
                                                  << "412 34 567";
        QTest::newRow("french mobile in oslo") << "+33612345678"
                                               << "NO"
                                               << "+33 6 12 34 56 78";
        QTest::newRow("us number in portland") << "+15035550123"
                                               << "US"
                                               << "(503) 555-0123";
        QTest::newRow("german number in milan") << "+4915123456789"
                                                << "IT"
                                                << "+49 1512 3456789";
        QTest::newRow("lower-case country") << "+4741234567"
                                            << "no"
                                            << "412 34 567";
        QTest::newRow("not a number stays as it is") << "call me"
                                                     << "NO"
                                                     << "call me";
    }
    void phoneNumbersForReading()
    {
        QFETCH(QString, e164);
        QFETCH(QString, country);
        QFETCH(QString, readable);
        QCOMPARE(ContactValidator::readablePhone(e164, country), readable);
    }
};

QTEST_GUILESS_MAIN(TestContactValidator)
#include "tst_contactvalidator.moc"
