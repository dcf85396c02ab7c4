#include "export/identifierscrubber.h"

#include "domain/cin.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// Digits as people type them in French or Arabic text.
const QString digit = u"[0-9\u0660-\u0669\u06F0-\u06F9]"_s;
const QString zero = u"[0\u0660\u06F0]"_s;

/// Moroccan and international phone numbers, with spaces, dots, dashes or brackets between
/// groups: "0612345678", "06 12 34 56 78", "+212 6-12-34-56-78", "00212612345678",
/// "(0522) 12 34 56", and the same in Arabic-Indic digits.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression pattern(
        u"(?<![\\p{L}\\p{N}+])(?:(?:\\+|00|%2%2)%1{1,3}[\\s.\\-]?(?:\\(%2\\)[\\s.\\-]?)?|\\(?%2)"
        "(?:[\\s.\\-)]{0,2}%1){8,11}(?![\\p{L}\\p{N}])"_s.arg(digit, zero),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(u"[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

/// Anything written like a CIN: one or two Latin letters then digits ("AB123456", "ab1234"),
/// or capitals, a space or dash and four digits or more ("AB 123456"). An underscore is a
/// separator here, as in file names ("cin_AB123456_recto.jpg"). French words before a
/// number ("le 5 mars", "de 2026") stay; case references (REL-2026-…) have three letters.
const QRegularExpression &cinPattern()
{
    static const QRegularExpression pattern(
        u"(?<![\\p{L}\\p{N}-])(?:[A-Za-z]{1,2}\\d{3,6}|[A-Z]{1,2}[\\s\\-]\\d{4,6})(?![\\p{L}\\p{N}-])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

/// The customer's own CIN as stored ("AB123456") or as typed ("ab 123456", "AB-123456").
QRegularExpression cinAsTyped(const QString &cin)
{
    QString letters = cin;
    letters.remove(QRegularExpression(u"\\d"_s));
    const QString digits = cin.mid(letters.size());
    return QRegularExpression(u"(?<![\\p{L}\\p{N}])%1[\\s\\-]?%2(?![\\p{L}\\p{N}])"_s.arg(QRegularExpression::escape(letters), digits),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

/// The address as typed, tolerant of spacing and case, so "12, rue X" matches "12 ,  Rue x".
QRegularExpression addressPattern(const QString &address)
{
    QStringList words = address.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    return QRegularExpression(words.join(u"[\\s,]+"_s), QRegularExpression::CaseInsensitiveOption |
                                                            QRegularExpression::UseUnicodePropertiesOption);
}

QString replaceAll(QString text, const QRegularExpression &pattern, const QString &replacement)
{
    return text.replace(pattern, replacement);
}

} // namespace

IdentifierScrubber::IdentifierScrubber(const Client &client, Mode mode, RedactionMarkers markers)
    : m_mode(mode), m_markers(std::move(markers)), m_cin(client.cin), m_maskedCin(maskCin(client.cin)), m_address(client.address.simplified())
{
}

QString IdentifierScrubber::apply(const QString &text) const
{
    switch (m_mode) {
    case Mode::KeepAll:
        return text;
    case Mode::MaskCin: {
        if (m_cin.isEmpty())
            return text;
        return replaceAll(text, cinAsTyped(m_cin), m_maskedCin);
    }
    case Mode::Redact: {
        QString out = text;
        // The address first: it may hold digits a phone pattern would half-match.
        if (m_address.size() >= 6)
            out = replaceAll(out, addressPattern(m_address), m_markers.address);
        out = replaceAll(out, emailPattern(), m_markers.email);
        out = replaceAll(out, phonePattern(), m_markers.phone);
        if (!m_cin.isEmpty())
            out = replaceAll(out, cinAsTyped(m_cin), m_markers.cin);
        out = replaceAll(out, cinPattern(), m_markers.cin);
        return out;
    }
    }
    return text;
}

Client IdentifierScrubber::scrubbed(const Client &client) const
{
    Client out = client;
    switch (m_mode) {
    case Mode::KeepAll:
        break;
    case Mode::MaskCin:
        out.cin = m_maskedCin;
        break;
    case Mode::Redact:
        out.cin.clear();
        out.phones.clear();
        out.email.clear();
        out.address.clear();
        out.birthDate = {};
        break;
    }
    return out;
}

} // namespace Relais::Core
