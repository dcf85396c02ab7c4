#include "textview.h"

#include "cli.h"
#include "domain/cin.h"
#include "domain/phone.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

// Continuation lines line up under the first line's text.
QString indentedBody(const QString &text, int indent)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = QString(indent, u' ') + lines[i];
    return lines.join(u'\n');
}

QString kindLabel(const TimelineEvent &e)
{
    switch (e.kind) {
    case EventKind::ClientEffort:
        return u"EFFORT"_s;
    case EventKind::SummaryUpdate:
        return u"summary"_s;
    default:
        return eventKindCode(e.kind);
    }
}

} // namespace

TextView::TextView(const QString &timeZone) : m_zone(timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone("Africa/Casablanca");
}

QDateTime TextView::local(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone);
}

QString TextView::dateTime(const QDateTime &utc) const
{
    return utc.isValid() ? local(utc).toString(u"yyyy-MM-dd HH:mm"_s) : u"—"_s;
}

QString TextView::contactDetails(const QString &phone, const QString &email, const QString &address) const
{
    QStringList details;
    if (!phone.isEmpty())
        details << formatPhoneForDisplay(phone);
    for (const QString &detail : {email, address})
        if (!detail.isEmpty())
            details << detail;
    return details.join(u" · "_s);
}

// Contact details go on a line of their own, under the name, so the columns stay aligned.
QString TextView::agencyLine(const Agency &a) const
{
    QString text = u"%1  %2  %3  ack %4 h, silence %5 d\n"_s.arg(padded(a.code, 6), padded(a.name, 32), padded(a.kind, 10))
                       .arg(a.ackSlaHours)
                       .arg(a.silenceDays);
    if (const QString contact = contactDetails(a.phone, a.email, a.address); !contact.isEmpty())
        text += QString(8, u' ') + contact + u'\n';
    return text;
}

QString TextView::userLine(const User &u) const
{
    QString text = u"%1 %2 %3 %4%5\n"_s.arg(padded(u.login, 16), padded(roleCode(u.role), 11), padded(u.agencyCode, 6),
                                            u.displayName, u.active ? QString() : Tr::tr(" (deactivated)"));
    if (const QString contact = contactDetails(u.phone, u.email); !contact.isEmpty())
        text += QString(17, u' ') + contact + u'\n';
    return text;
}

QString TextView::client(const Client &c, bool revealCin) const
{
    QStringList phones;
    for (const QString &p : c.phones)
        phones << formatPhoneForDisplay(p);
    QString text = u"Client %1  %2\n"_s.arg(c.id).arg(c.displayName());
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            text += u"  %1 %2\n"_s.arg(padded(label, 12), value);
    };
    line(Tr::tr("CIN"), revealCin ? c.cin : maskCin(c.cin));
    line(Tr::tr("Born"), c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString());
    line(Tr::tr("Phones"), phones.join(u", "_s));
    line(Tr::tr("E-mail"), c.email);
    line(Tr::tr("Address"), c.address);
    line(Tr::tr("Prefers"), u"%1, %2"_s.arg(c.preferredLanguage, c.preferredChannel));
    return text;
}

QString TextView::candidates(const QList<DuplicateCandidate> &candidates) const
{
    QString text = Tr::tr("This person is probably already registered:\n");
    for (const auto &candidate : candidates)
        text += u"  client %1  %2  (%3)\n"_s.arg(candidate.client.id)
                    .arg(candidate.client.displayName(), candidate.reasons.join(u"; "_s));
    text += Tr::tr("Open the existing file, or add --force to register a second one (this is recorded).\n");
    return text;
}

QString TextView::consentLine(const QList<Consent> &consents) const
{
    QStringList active;
    for (const Consent &k : consents) {
        if (!k.active())
            continue;
        active << (k.scope == ConsentScope::Network ? Tr::tr("whole network") : k.agencyCodes.join(u", "_s))
                      + Tr::tr(" (since %1, recorded by %2)").arg(local(k.grantedAt).date().toString(Qt::ISODate), k.recordedBy);
    }
    return active.isEmpty() ? Tr::tr("none recorded — handoffs to other agencies are refused") : active.join(u"; "_s);
}

QString TextView::summary(const Summary &s) const
{
    if (s.isEmpty())
        return Tr::tr("  (no summary yet — relais-cli summary set REF --text …)\n");
    QString text;
    auto line = [&](const QString &label, const QString &value) {
        text += u"  %1 %2\n"_s.arg(padded(label, 12), value.isEmpty() ? u"—"_s : indentedBody(value, 15));
    };
    line(Tr::tr("Situation"), s.situation);
    line(Tr::tr("Needs"), s.needs);
    line(Tr::tr("Done so far"), s.doneSoFar);
    line(Tr::tr("Next step"), s.nextStep);
    return text;
}

QString TextView::handoffLine(const Handoff &h, const QDateTime &now) const
{
    QString timing;
    if (isTerminal(h.status))
        timing = Tr::tr("%1 after %2").arg(handoffStatusCode(h.status), elapsedInWords(h.requestedAt, h.statusChangedAt));
    else
        timing = Tr::tr("%1 for %2").arg(handoffStatusCode(h.status), elapsedInWords(h.statusChangedAt, now));
    QString text = u"  #%1  %2 → %3  %4\n"_s.arg(h.id).arg(h.from.code, h.to.code, timing);
    text += u"       %1\n"_s.arg(Tr::tr("asked: %1").arg(h.ask));
    text += u"       %1"_s.arg(Tr::tr("requested %1 by %2").arg(dateTime(h.requestedAt), h.requestedBy));
    if (h.dueAt.isValid())
        text += Tr::tr(", due %1%2").arg(dateTime(h.dueAt),
                                         !isTerminal(h.status) && h.dueAt < now ? Tr::tr(" — OVERDUE") : QString());
    text += u'\n';
    if (!h.lastReason.isEmpty())
        text += u"       %1\n"_s.arg(Tr::tr("reason: %1").arg(h.lastReason));
    if (h.unansweredEscalationAt.isValid())
        text += u"       %1\n"_s.arg(Tr::tr("ESCALATED to supervisors %1, not answered yet").arg(dateTime(h.unansweredEscalationAt)));
    if (h.unansweredNudgeAt.isValid())
        text += u"       %1\n"_s.arg(Tr::tr("REMINDED by a supervisor %1, not answered yet").arg(dateTime(h.unansweredNudgeAt)));
    return text;
}

QString TextView::caseLine(const Case &c) const
{
    QStringList agencies;
    for (const auto &a : c.participants)
        agencies << a.code;
    return u"%1  %2  %3  %4  [%5]  last activity %6\n"_s.arg(c.reference, padded(c.clientName, 28),
                                                              padded(c.title, 34), padded(caseStatusCode(c.status), 8),
                                                              agencies.join(u' '), dateTime(c.lastActivityAt));
}

QString TextView::caseCard(const Case &c, const Client &client, const QList<Consent> &consents,
                           const QList<Handoff> &handoffs, const BallHolder &ball,
                           const QList<TimelineEvent> &recent, const QDateTime &now) const
{
    QString text;
    text += u"%1 — %2  [%3]\n"_s.arg(c.reference, c.title, caseStatusCode(c.status));
    text += QString(c.reference.size() + c.title.size() + 6, u'=') + u'\n';
    auto line = [&](const QString &label, const QString &value) {
        text += u"%1 %2\n"_s.arg(padded(label, 13), value);
    };
    QStringList identity{client.displayName()};
    if (!client.cin.isEmpty())
        identity << Tr::tr("CIN %1").arg(maskCin(client.cin));
    for (const QString &p : client.phones)
        identity << formatPhoneForDisplay(p);
    line(Tr::tr("Customer"), identity.join(u" · "_s));
    line(Tr::tr("Consent"), consentLine(consents));
    line(Tr::tr("Coordinator"), u"%1 (%2) — the customer's single contact"_s.arg(c.coordinatorName, c.coordinatorAgency));
    QStringList participants;
    for (const auto &a : c.participants)
        participants << u"%1 (%2)"_s.arg(a.name, a.code);
    line(Tr::tr("Participants"), participants.join(u", "_s));
    line(Tr::tr("Ball is with"), ball.sentence);
    line(Tr::tr("Opened"), dateTime(c.openedAt));
    line(Tr::tr("Times in"), QString::fromUtf8(m_zone.id()));
    line(Tr::tr("Head hash"), QString::fromLatin1(c.headHash));

    text += u'\n';
    if (c.summary.version > 0)
        text += Tr::tr("Summary (version %1, by %2 of %3, %4)\n")
                    .arg(c.summary.version)
                    .arg(c.summary.updatedBy, c.summary.updatedByAgency, dateTime(c.summary.updatedAt));
    else
        text += Tr::tr("Summary\n");
    text += summary(c.summary);

    text += u'\n' + Tr::tr("Handoffs (%1)\n").arg(handoffs.size());
    if (handoffs.isEmpty())
        text += Tr::tr("  none yet\n");
    for (const Handoff &h : handoffs)
        text += handoffLine(h, now);

    int efforts = 0;
    for (const TimelineEvent &e : recent)
        efforts += e.kind == EventKind::ClientEffort ? 1 : 0;
    text += u'\n' + Tr::tr("Latest events (%1 of %2 — relais-cli timeline %3 for all)\n")
                        .arg(recent.size()).arg(c.eventCount).arg(c.reference);
    QDate day;
    for (const TimelineEvent &e : recent) {
        if (const QDate eventDay = local(e.occurredAt).date(); eventDay != day) {
            day = eventDay;
            text += u"  "_s + QLocale(QLocale::English).toString(day, u"dddd d MMMM yyyy"_s) + u'\n';
        }
        text += event(e);
    }
    if (efforts > 0)
        text += u'\n' + (efforts == 1 ? Tr::tr("▲ Among these events, the customer had to carry the service once.\n")
                                       : Tr::tr("▲ Among these events, the customer had to carry the service %1 times.\n").arg(efforts));
    return text;
}

QString TextView::event(const TimelineEvent &e) const
{
    QString marks;
    if (e.visibility == Visibility::Internal)
        marks += Tr::tr(" [internal to %1]").arg(e.agencyCode);
    if (e.correctsSeq)
        marks += Tr::tr(" [corrects #%1]").arg(*e.correctsSeq);
    QString body = e.text;
    if (e.kind == EventKind::ClientEffort) {
        const auto effort = effortKindFromCode(e.payload.value(u"effort"_s).toString());
        body = u"▲ "_s + Tr::tr("Customer %1: %2").arg(effort ? effortKindLabel(*effort) : QString(), e.text);
    }
    const QString head = u"  %1  #%2  %3 %4 · %5%6\n"_s.arg(local(e.occurredAt).toString(u"HH:mm"_s))
                             .arg(e.seq, -4)
                             .arg(padded(kindLabel(e), 15), e.authorName, e.agencyName, marks);
    return head + u"               "_s + indentedBody(body, 15) + u'\n';
}

QString TextView::timeline(const QList<TimelineEvent> &events) const
{
    if (events.isEmpty())
        return Tr::tr("No events.\n");
    QString text = Tr::tr("Times in %1\n").arg(QString::fromUtf8(m_zone.id()));
    QDate day;
    const QLocale locale(QLocale::English);
    for (const TimelineEvent &e : events) {
        const QDate eventDay = local(e.occurredAt).date();
        if (eventDay != day) {
            day = eventDay;
            text += u'\n' + locale.toString(day, u"dddd d MMMM yyyy"_s) + u'\n';
        }
        text += event(e);
    }
    return text;
}

QString TextView::searchHits(const QList<SearchHit> &hits) const
{
    if (hits.isEmpty())
        return Tr::tr("Nothing found.\n");
    QString text;
    for (const SearchHit &hit : hits) {
        switch (hit.kind) {
        case SearchHit::Kind::Client:
            text += Tr::tr("client %1  %2  %3\n").arg(hit.clientId).arg(hit.title, hit.snippet);
            break;
        case SearchHit::Kind::Case:
            text += Tr::tr("case   %1  %2\n").arg(hit.caseReference, hit.title);
            break;
        case SearchHit::Kind::Event:
            text += Tr::tr("event  %1 #%2  %3\n         %4\n").arg(hit.caseReference).arg(hit.eventSeq).arg(hit.title, hit.snippet);
            break;
        }
    }
    return text;
}

QString TextView::verification(const VerificationReport &report) const
{
    QString text;
    for (const auto &c : report.cases)
        text += u"%1  %2  %3 events  head %4\n"_s.arg(c.caseReference, c.intact ? Tr::tr("intact  ") : Tr::tr("BROKEN  "))
                    .arg(c.eventCount, 4)
                    .arg(QString::fromLatin1(c.headHash));
    if (report.intact()) {
        text += Tr::tr("\nAll %1 case timelines verify: no event was edited, removed or reordered.\n").arg(report.cases.size());
    } else {
        text += Tr::tr("\n%1 problem(s) found:\n").arg(report.problems.size());
        for (const auto &p : report.problems)
            text += u"  %1 %2  %3\n"_s.arg(p.caseReference, p.seq > 0 ? u"#%1"_s.arg(p.seq) : u"  "_s, p.message);
    }
    return text;
}

QString TextView::caseFileCheck(const CaseFileCheckReport &report) const
{
    QString text;
    const auto section = [&](const QString &title, const QStringList &problems, const QString &whenIntact) {
        text += title + u": "_s + (problems.isEmpty() ? whenIntact : Tr::tr("%n problem(s)", nullptr, int(problems.size())))
                + u'\n';
        for (const QString &problem : problems)
            text += u"  "_s + problem + u'\n';
    };
    if (report.pagesChecked)
        section(Tr::tr("Storage"), report.pageProblems,
                report.quick ? Tr::tr("intact (quick check: every page and record readable)")
                             : Tr::tr("intact (every page, index and record consistent)"));
    else
        text += Tr::tr("Storage: checked by the PostgreSQL server itself\n");
    if (report.quick) {
        text += report.intact() ? Tr::tr("\nThe quick check found nothing wrong; relais-cli check (without --quick) "
                                         "also checks references and every hash chain.\n")
                                : Tr::tr("\nThe case file is damaged. Restore it from a backup (relais-cli restore "
                                         "FILE); the damaged file is kept aside.\n");
        return text;
    }
    if (report.pagesChecked)
        section(Tr::tr("References"), report.referenceProblems, Tr::tr("every record refers to records that exist"));
    QStringList chainProblems;
    for (const ChainProblem &p : report.chains.problems)
        chainProblems << u"%1 %2 %3"_s.arg(p.caseReference, p.seq > 0 ? u"#%1"_s.arg(p.seq) : QString(), p.message).simplified();
    section(Tr::tr("Timelines"), chainProblems,
            Tr::tr("all %1 case timelines verify: no event was edited, removed or reordered").arg(report.chains.cases.size()));
    text += report.intact() ? Tr::tr("\nThe case file is intact.\n")
                            : Tr::tr("\nThe case file is NOT intact. Restore it from a backup (relais-cli restore FILE) "
                                     "or ask your administrator; relais-cli verify names the events.\n");
    return text;
}

QString TextView::hashLocation(const HashLocation &l, const QString &asked) const
{
    if (!l.found)
        return Tr::tr("Hash %1…: not in the chain of %2 (%3 events). The export did not come from this case's record, "
                      "or the events it covered were rewritten.\n")
            .arg(asked.trimmed().left(12).toLower(), l.caseReference)
            .arg(l.eventCount);
    const QString since = l.eventsSince == 0 ? Tr::tr("no event was added since")
                        : l.eventsSince == 1 ? Tr::tr("1 event was added since")
                                             : Tr::tr("%1 events were added since").arg(l.eventsSince);
    const QString chain = l.chainIntactUpTo
        ? Tr::tr("the chain up to it is intact")
        : Tr::tr("the chain up to it is BROKEN — the record no longer matches what was exported "
                 "(relais-cli verify %1 names the events)").arg(l.caseReference);
    return Tr::tr("Hash %1…: event #%2 of %3, recorded %4 (%5); %6; %7.\n")
        .arg(QString::fromLatin1(l.hash.left(12)))
        .arg(l.seq)
        .arg(l.caseReference, dateTime(l.recordedAt), QString::fromUtf8(m_zone.id()), chain, since);
}

} // namespace Relais::Cli
