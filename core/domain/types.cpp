#include "domain/types.h"

#include <array>

namespace Relais::Core {

namespace {

template <typename Enum>
struct CodeOf {
    Enum value;
    const char16_t *code;
};

template <typename Enum, std::size_t N>
QString codeFor(const std::array<CodeOf<Enum>, N> &table, Enum value)
{
    for (const auto &row : table)
        if (row.value == value)
            return QString::fromUtf16(row.code);
    Q_UNREACHABLE();
    return QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueFor(const std::array<CodeOf<Enum>, N> &table, QStringView code)
{
    for (const auto &row : table)
        if (code == QStringView(row.code))
            return row.value;
    return std::nullopt;
}

constexpr std::array roles{
    CodeOf<Role>{Role::Agent, u"agent"},
    CodeOf<Role>{Role::Supervisor, u"supervisor"},
    CodeOf<Role>{Role::NetworkSupervisor, u"network-supervisor"},
    CodeOf<Role>{Role::Admin, u"admin"},
};

constexpr std::array caseStatuses{
    CodeOf<CaseStatus>{CaseStatus::Open, u"open"},
    CodeOf<CaseStatus>{CaseStatus::Resolved, u"resolved"},
    CodeOf<CaseStatus>{CaseStatus::Closed, u"closed"},
};

constexpr std::array eventKinds{
    CodeOf<EventKind>{EventKind::Note, u"note"},
    CodeOf<EventKind>{EventKind::Call, u"call"},
    CodeOf<EventKind>{EventKind::Visit, u"visit"},
    CodeOf<EventKind>{EventKind::Message, u"message"},
    CodeOf<EventKind>{EventKind::Document, u"document"},
    CodeOf<EventKind>{EventKind::SummaryUpdate, u"summary-update"},
    CodeOf<EventKind>{EventKind::Handoff, u"handoff"},
    CodeOf<EventKind>{EventKind::ClientEffort, u"client-effort"},
    CodeOf<EventKind>{EventKind::Consent, u"consent"},
    CodeOf<EventKind>{EventKind::Correction, u"correction"},
    CodeOf<EventKind>{EventKind::System, u"system"},
};

constexpr std::array effortKinds{
    CodeOf<EffortKind>{EffortKind::ChaseCall, u"chase-call"},
    CodeOf<EffortKind>{EffortKind::Visit, u"visit"},
    CodeOf<EffortKind>{EffortKind::ResubmittedDocument, u"resubmitted-document"},
    CodeOf<EffortKind>{EffortKind::ReExplained, u"re-explained"},
    CodeOf<EffortKind>{EffortKind::RelayedInformation, u"relayed-information"},
};

} // namespace

QString roleCode(Role role) { return codeFor(roles, role); }
std::optional<Role> roleFromCode(QStringView code) { return valueFor(roles, code); }
QString caseStatusCode(CaseStatus status) { return codeFor(caseStatuses, status); }
std::optional<CaseStatus> caseStatusFromCode(QStringView code) { return valueFor(caseStatuses, code); }
QString eventKindCode(EventKind kind) { return codeFor(eventKinds, kind); }
std::optional<EventKind> eventKindFromCode(QStringView code) { return valueFor(eventKinds, code); }
QString effortKindCode(EffortKind kind) { return codeFor(effortKinds, kind); }
std::optional<EffortKind> effortKindFromCode(QStringView code) { return valueFor(effortKinds, code); }

QString visibilityCode(Visibility visibility)
{
    return visibility == Visibility::Internal ? QStringLiteral("internal") : QStringLiteral("shared");
}

QString effortKindLabel(EffortKind kind)
{
    switch (kind) {
    case EffortKind::ChaseCall:
        return Tr::tr("called to chase");
    case EffortKind::Visit:
        return Tr::tr("came in person");
    case EffortKind::ResubmittedDocument:
        return Tr::tr("re-submitted a document");
    case EffortKind::ReExplained:
        return Tr::tr("re-explained the situation");
    case EffortKind::RelayedInformation:
        return Tr::tr("relayed information between agencies");
    }
    Q_UNREACHABLE();
    return QString();
}

Actor Actor::localConsole()
{
    Actor actor;
    actor.console = true;
    actor.login = QStringLiteral("console");
    actor.displayName = Tr::tr("local console");
    return actor;
}

QString personName(const QString &latin, const QString &arabic)
{
    if (latin.isEmpty())
        return arabic;
    if (arabic.isEmpty())
        return latin;
    return latin + QStringLiteral(" — ") + arabic;
}

QString Client::displayName() const
{
    return personName(fullName, fullNameAr);
}

bool Summary::isEmpty() const
{
    return situation.isEmpty() && needs.isEmpty() && doneSoFar.isEmpty() && nextStep.isEmpty();
}

bool Summary::sameText(const Summary &other) const
{
    return situation == other.situation && needs == other.needs && doneSoFar == other.doneSoFar
        && nextStep == other.nextStep;
}

} // namespace Relais::Core
