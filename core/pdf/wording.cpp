#include "pdf/wording.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Pdf {

namespace {

QLocale localeFor(const QString &language)
{
    if (language == u"fr"_s)
        return QLocale(QLocale::French, QLocale::Morocco);
    if (language == u"ar"_s)
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QDateTime inZone(const QDateTime &instant, const QString &timeZone)
{
    return instant.toTimeZone(QTimeZone(timeZone.toUtf8()));
}

} // namespace

Wording::Wording(const QString &language)
    : m_language(language == u"fr"_s || language == u"ar"_s ? language : u"en"_s), m_locale(localeFor(m_language))
{
    // English has a file too: its plural forms ("1 event", "2 events").
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/relais_pdf_%1.qm"_s.arg(m_language)))
        m_translator = std::move(translator);
}

Qt::LayoutDirection Wording::direction() const
{
    return m_language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight;
}

QString Wording::tr(const char *source, const char *disambiguation, int n) const
{
    QString text;
    // lupdate files the layout code's strings under the namespace and this class's own
    // (statuses, kinds, units) under the class, by its short or full name.
    if (m_translator) {
        for (const char *context : {"Relais::Pdf", "Wording", "Relais::Pdf::Wording"}) {
            text = m_translator->translate(context, source, disambiguation, n);
            if (!text.isEmpty())
                break;
        }
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // QTranslator leaves %n alone; QCoreApplication::translate would fill it in.
    if (n >= 0)
        text.replace(u"%n"_s, m_locale.toString(n));
    return text;
}

QString Wording::dateTime(const QDateTime &instant, const QString &timeZone) const
{
    if (!instant.isValid())
        return {};
    return m_locale.toString(inZone(instant, timeZone), u"d MMM yyyy HH:mm"_s);
}

QString Wording::date(const QDateTime &instant, const QString &timeZone) const
{
    if (!instant.isValid())
        return {};
    return date(inZone(instant, timeZone).date());
}

QString Wording::date(const QDate &day) const
{
    return day.isValid() ? m_locale.toString(day, u"d MMMM yyyy"_s) : QString();
}

QString Wording::workingHours(qint64 workingSeconds) const
{
    const double hours = double(workingSeconds) / 3600.0;
    const bool whole = workingSeconds % 3600 == 0;
    return tr("%1 h", "working hours").arg(m_locale.toString(hours, 'f', whole || hours >= 10 ? 0 : 1));
}

QString Wording::size(qint64 bytes) const
{
    if (bytes < 1000)
        return tr("%1 bytes").arg(m_locale.toString(bytes));
    if (bytes < 1000 * 1000) {
        const double kb = double(bytes) / 1000.0;
        return tr("%1 KB").arg(m_locale.toString(kb, 'f', kb < 10 ? 1 : 0));
    }
    return tr("%1 MB").arg(m_locale.toString(double(bytes) / 1e6, 'f', 1));
}

QString Wording::status(HandoffStatus status) const
{
    switch (status) {
    case HandoffStatus::Requested:
        return tr("requested");
    case HandoffStatus::Received:
        return tr("received");
    case HandoffStatus::Accepted:
        return tr("accepted");
    case HandoffStatus::InProgress:
        return tr("in progress");
    case HandoffStatus::OnHold:
        return tr("on hold");
    case HandoffStatus::Completed:
        return tr("completed");
    case HandoffStatus::Rejected:
        return tr("declined");
    case HandoffStatus::Failed:
        return tr("failed");
    case HandoffStatus::Cancelled:
        return tr("cancelled");
    case HandoffStatus::EnteredInError:
        return tr("entered in error");
    }
    return handoffStatusCode(status);
}

QString Wording::caseStatus(CaseStatus status) const
{
    switch (status) {
    case CaseStatus::Open:
        return tr("open", "case status");
    case CaseStatus::Resolved:
        return tr("resolved", "case status");
    case CaseStatus::Closed:
        return tr("closed", "case status");
    }
    return caseStatusCode(status);
}

QString Wording::eventKind(EventKind kind) const
{
    switch (kind) {
    case EventKind::Note:
        return tr("Note");
    case EventKind::Call:
        return tr("Call");
    case EventKind::Visit:
        return tr("Visit");
    case EventKind::Message:
        return tr("Message");
    case EventKind::Document:
        return tr("Document");
    case EventKind::SummaryUpdate:
        return tr("Summary update");
    case EventKind::Handoff:
        return tr("Handoff");
    case EventKind::ClientEffort:
        return tr("Customer effort");
    case EventKind::Consent:
        return tr("Consent");
    case EventKind::Correction:
        return tr("Correction");
    case EventKind::System:
        return tr("Record", "event kind: an entry the system wrote (case opened, export…)");
    }
    return eventKindCode(kind);
}

QString Wording::effort(EffortKind kind) const
{
    switch (kind) {
    case EffortKind::ChaseCall:
        return tr("called to chase");
    case EffortKind::Visit:
        return tr("came in person");
    case EffortKind::ResubmittedDocument:
        return tr("re-submitted a document");
    case EffortKind::ReExplained:
        return tr("re-explained the situation");
    case EffortKind::RelayedInformation:
        return tr("relayed information between agencies");
    }
    return effortKindCode(kind);
}

QString Wording::languageName(const QString &code) const
{
    if (code == u"fr"_s)
        return tr("French");
    if (code == u"ar"_s)
        return tr("Arabic");
    if (code == u"en"_s)
        return tr("English");
    return code;
}

QString Wording::category(const QString &code) const
{
    if (code == u"insurance-claim"_s)
        return tr("insurance claim");
    if (code == u"social"_s)
        return tr("social support");
    if (code == u"health"_s)
        return tr("health");
    return code;
}

QString Wording::channelName(const QString &code) const
{
    if (code == u"phone"_s)
        return tr("phone");
    if (code == u"sms"_s)
        return tr("SMS");
    if (code == u"email"_s)
        return tr("e-mail");
    if (code == u"post"_s)
        return tr("post", "contact channel: letters by post");
    if (code == u"whatsapp"_s)
        return u"WhatsApp"_s;
    if (code == u"in-person"_s || code == u"visit"_s)
        return tr("in person");
    return code;
}

RedactionMarkers Wording::redactionMarkers() const
{
    RedactionMarkers markers;
    markers.cin = tr("[CIN removed]");
    markers.phone = tr("[phone removed]");
    markers.email = tr("[e-mail removed]");
    markers.address = tr("[address removed]");
    return markers;
}

} // namespace Relais::Pdf
