// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactvalidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>

#include <phonenumbers/phonenumberutil.h>

QJsonObject ContactInput::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("channel"), channel == ContactChannel::Email ? QStringLiteral("email") : QStringLiteral("phone")},
            {QStringLiteral("value"), value},
            {QStringLiteral("privacyAccepted"), privacyAccepted},
            {QStringLiteral("marketingAccepted"), marketingAccepted}};
}

std::optional<ContactInput> ContactInput::fromJson(const QJsonValue &value)
{
    const QJsonObject contact = value.toObject();
    const QString channel = contact.value(QLatin1String("channel")).toString();
    if (channel != QLatin1String("phone") && channel != QLatin1String("email"))
        return std::nullopt;
    ContactInput c;
    c.name = contact.value(QLatin1String("name")).toString();
    c.channel = channel == QLatin1String("phone") ? ContactChannel::Phone : ContactChannel::Email;
    c.value = contact.value(QLatin1String("value")).toString();
    c.privacyAccepted = contact.value(QLatin1String("privacyAccepted")).toBool();
    c.marketingAccepted = contact.value(QLatin1String("marketingAccepted")).toBool();
    return c;
}

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

bool fail(ContactValidator::Issue *issue, ContactValidator::Field field, ContactValidator::Problem problem,
          const QString &message)
{
    if (issue)
        *issue = {field, problem, message};
    return false;
}

// Tabs, newlines, escape sequences and the invisible bidi overrides that make a text read
// differently from what it is. Zero-width (non-)joiners stay: Persian and Indic names need them.
bool hasControlCharacters(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Other_Control || (cat == QChar::Other_Format && c != 0x200C && c != 0x200D)
            || cat == QChar::Other_Surrogate || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

bool isNamePunctuation(char32_t c)
{
    // Apostrophes (O'Brien, N’Diaye), hyphens, the full stop of initials and the middle dots of
    // Catalan and of Chinese and Japanese transcribed names.
    static constexpr char32_t kAllowed[] = {U'\'',     U'\u2019', U'\u02BC', U'-',      U'\u2010', U'.',
                                            U'\u00B7', U'\u30FB', U'\u2027', U'\u200C', U'\u200D'};
    return std::find(std::begin(kAllowed), std::end(kAllowed), c) != std::end(kAllowed);
}

QString englishCountryName(const QString &code)
{
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    return t == QLocale::AnyTerritory ? code : QLocale::territoryToString(t);
}

// A label of an internationalised domain in its ASCII (A-label) form.
bool isDomainLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    return std::all_of(label.cbegin(), label.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

bool isLocalPartCharacter(char32_t c)
{
    if (c >= 0x80)
        return QChar::isLetterOrNumber(c) || QChar::isMark(c); // RFC 6531 addresses
    static const QByteArray kAtext = "!#$%&'*+-/=?^_`{|}~.";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kAtext.contains(char(c));
}

} // namespace

ContactValidator::ContactValidator(const QString &country, const QString &countryName)
    : m_country(country.toUpper())
    , m_countryName(countryName)
{
}

QString ContactValidator::fieldName(Field f)
{
    switch (f) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Email:
        return QStringLiteral("email");
    case Field::PrivacyConsent:
        return QStringLiteral("privacy_consent");
    }
    return {};
}

QString ContactValidator::readablePhone(const QString &e164, const QString &country)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), country.toUpper().toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    std::string out;
    util.Format(number,
                QString::fromStdString(region).compare(country, Qt::CaseInsensitive) == 0 ? PhoneNumberUtil::NATIONAL
                                                                                          : PhoneNumberUtil::INTERNATIONAL,
                &out);
    return out.empty() ? e164 : QString::fromStdString(out);
}

QString ContactValidator::Result::messageFor(Field field) const
{
    for (const Issue &i : issues) {
        if (i.field == field)
            return i.message;
    }
    return {};
}

std::optional<QString> ContactValidator::name(const QString &text, Issue *issue) const
{
    const Field f = Field::Name;
    if (hasControlCharacters(text)) {
        fail(issue, f, Problem::ControlCharacters,
             tr("Your name contains invisible characters (such as a tab or a line break). Please type it again."));
        return std::nullopt;
    }
    const QString name = text.simplified().normalized(QString::NormalizationForm_C);
    if (name.isEmpty()) {
        fail(issue, f, Problem::Empty, tr("Please enter your name, so that we can greet you."));
        return std::nullopt;
    }
    const auto points = name.toUcs4();
    if (points.size() > kMaxNameLength) {
        fail(issue, f, Problem::TooLong, tr("Please shorten your name to at most 100 characters."));
        return std::nullopt;
    }
    bool letters = false;
    for (char32_t c : points) {
        if (QChar::isLetter(c)) {
            letters = true;
            continue;
        }
        if (QChar::isMark(c) || c == U' ' || isNamePunctuation(c))
            continue;
        fail(issue, f, Problem::NotAName,
             QChar::isDigit(c) ? tr("A name has no digits. Please enter your name only.")
                               : tr("Please use only letters, spaces, hyphens and apostrophes in your name."));
        return std::nullopt;
    }
    if (!letters) {
        fail(issue, f, Problem::NotAName, tr("Please enter your name in letters."));
        return std::nullopt;
    }
    return name;
}

std::optional<QString> ContactValidator::phone(const QString &text, Issue *issue) const
{
    const Field f = Field::Phone;
    const QString typed = text.trimmed();
    if (hasControlCharacters(typed)) {
        fail(issue, f, Problem::ControlCharacters, tr("The phone number contains invisible characters. Please type it again."));
        return std::nullopt;
    }
    if (typed.isEmpty()) {
        fail(issue, f, Problem::Empty, tr("Please enter your phone number."));
        return std::nullopt;
    }
    if (typed.size() > 40) {
        fail(issue, f, Problem::TooLong, tr("This is too long for a phone number. Please check it."));
        return std::nullopt;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string example;
    {
        PhoneNumber sample;
        if (util.GetExampleNumberForType(m_country.toStdString(), PhoneNumberUtil::MOBILE, &sample))
            util.Format(sample, PhoneNumberUtil::NATIONAL, &example);
    }
    const QString hint = example.empty() ? QString() : tr(" For example: %1.").arg(QString::fromStdString(example));
    PhoneNumber number;
    const auto parsed = util.ParseAndKeepRawInput(typed.toStdString(), m_country.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        fail(issue, f, Problem::NotAPhoneNumber,
             tr("This does not look like a phone number. Please type the digits of your number.") + hint);
        return std::nullopt;
    }
    const bool ownCountryCode = number.country_code_source() != PhoneNumber::FROM_DEFAULT_COUNTRY;
    if (!util.IsValidNumber(number)) {
        if (ownCountryCode)
            fail(issue, f, Problem::InvalidNumber,
                 tr("No phone number like this exists. Please check the digits after the country code."));
        else
            fail(issue, f, Problem::WrongCountry,
                 tr("This is not a valid phone number in %1. For a number from another country, start with + "
                    "and its country code.")
                         .arg(m_countryName.isEmpty() ? englishCountryName(m_country) : m_countryName)
                     + hint);
        return std::nullopt;
    }
    switch (util.GetNumberType(number)) {
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
    case PhoneNumberUtil::VOIP:
    case PhoneNumberUtil::PERSONAL_NUMBER:
        break;
    default:
        fail(issue, f, Problem::NotReachable,
             tr("We cannot call this kind of number (premium-rate, toll-free, pager). Please give your mobile or "
                "home number."));
        return std::nullopt;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

std::optional<QString> ContactValidator::email(const QString &text, Issue *issue) const
{
    const Field f = Field::Email;
    const QString typed = text.trimmed();
    const QString shape = tr("An e-mail address looks like name@example.com. Please check yours.");
    if (hasControlCharacters(typed)) {
        fail(issue, f, Problem::ControlCharacters, tr("The e-mail address contains invisible characters. Please type it again."));
        return std::nullopt;
    }
    if (typed.isEmpty()) {
        fail(issue, f, Problem::Empty, tr("Please enter your e-mail address."));
        return std::nullopt;
    }
    if (typed.toUtf8().size() > kMaxEmailLength) {
        fail(issue, f, Problem::TooLong, tr("This is too long for an e-mail address. Please check it."));
        return std::nullopt;
    }
    const qsizetype at = typed.lastIndexOf(QLatin1Char('@'));
    const QString local = typed.left(at).normalized(QString::NormalizationForm_C);
    QString domain = typed.mid(at + 1);
    if (at <= 0 || local.contains(QLatin1Char('@')) || local.toUtf8().size() > 64 || local.startsWith(QLatin1Char('.'))
        || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        fail(issue, f, Problem::BadEmail, shape);
        return std::nullopt;
    }
    for (char32_t c : local.toUcs4()) {
        if (!isLocalPartCharacter(c)) {
            fail(issue, f, Problem::BadEmail, c == U' ' ? tr("An e-mail address has no spaces. Please check yours.") : shape);
            return std::nullopt;
        }
    }
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    const QStringList labels = ace.split(QLatin1Char('.'));
    const QString tld = labels.last();
    const bool tldOk = tld.startsWith(QLatin1String("xn--"))
        || (tld.size() >= 2 && std::all_of(tld.cbegin(), tld.cend(), [](QChar c) { return c.isLetter(); }));
    if (domain.isEmpty() || ace.isEmpty() || ace.size() > 253 || labels.size() < 2
        || !std::all_of(labels.cbegin(), labels.cend(), isDomainLabel) || !tldOk) {
        fail(issue, f, Problem::BadEmailDomain,
             tr("The part after @ is not a valid domain (like example.com). Please check it."));
        return std::nullopt;
    }
    // Shown back to the visitor in their own script whatever the TLD: Qt's IDN whitelist is about
    // spoofed links, not about an address its owner just typed.
    return local + QLatin1Char('@') + QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

ContactValidator::Result ContactValidator::validate(const ContactInput &input) const
{
    Result result;
    Issue issue{Field::Name, Problem::Empty, {}};
    const auto name = this->name(input.name, &issue);
    if (!name)
        result.issues.append(issue);
    const auto value = input.channel == ContactChannel::Phone ? phone(input.value, &issue) : email(input.value, &issue);
    if (!value)
        result.issues.append(issue);
    if (!input.privacyAccepted) {
        result.issues.append({Field::PrivacyConsent, Problem::ConsentMissing,
                              input.purpose == ContactInput::Purpose::EventPlace
                                  ? tr("Please accept the privacy notice to take your place. Marketing messages are a "
                                       "separate choice.")
                                  : tr("Please accept the privacy notice to book a test drive. Marketing messages are a "
                                       "separate choice.")});
    }
    if (result.issues.isEmpty()) {
        VisitorContact c;
        c.name = *name;
        c.channel = input.channel;
        c.value = *value;
        c.marketingConsent = input.marketingAccepted;
        result.contact = c;
    }
    return result;
}
