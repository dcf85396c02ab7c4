#pragma once

#include "domain/handoffstatus.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Relais::Core {

using Id = qint64;

/// A supervisor watches their agency's cases; a network supervisor, like an admin, every case.
enum class Role { Agent, Supervisor, NetworkSupervisor, Admin };
[[nodiscard]] QString roleCode(Role role);
[[nodiscard]] std::optional<Role> roleFromCode(QStringView code);

struct Agency {
    Id id = 0;
    QString code;
    QString name;
    QString kind = QStringLiteral("other");
    QString timeZone = QStringLiteral("Africa/Casablanca");
    int ackSlaHours = 8;
    int silenceDays = 3;
    /// How customers and partners reach the agency (printed on exports and letters).
    QString phone;   ///< E.164, may be empty
    QString email;
    QString address;
};

struct User {
    Id id = 0;
    QString login;
    QString displayName;
    Id agencyId = 0;
    QString agencyCode;
    QString agencyName;
    Role role = Role::Agent;
    bool active = true;
    /// Direct line and e-mail, so a coordinator can be named as the customer's one contact.
    QString phone; ///< E.164, may be empty
    QString email;
};

/// The person on whose behalf a core operation runs. Every operation takes one and checks it.
/// Today the CLI builds it from `--as LOGIN`; a signed-in session will produce the same value.
struct Actor {
    Id userId = 0;
    QString login;
    QString displayName;
    Id agencyId = 0;
    QString agencyCode;
    QString agencyName;
    QString timeZone = QStringLiteral("Africa/Casablanca");
    Role role = Role::Agent;
    /// The local owner of the database file at a console, before any user exists.
    /// May manage the directory and the client register, never read or write a case.
    bool console = false;

    [[nodiscard]] static Actor localConsole();
    [[nodiscard]] bool isUser() const { return !console && userId != 0; }
};

struct Client {
    Id id = 0;
    QString fullName;   ///< Latin script
    QString fullNameAr; ///< Arabic script
    QString cin;        ///< normalised national ID, may be empty
    QDate birthDate;
    QStringList phones; ///< E.164
    QString email;
    QString address;
    QString preferredLanguage = QStringLiteral("fr");
    QString preferredChannel = QStringLiteral("phone");
    QDateTime createdAt;
    QString registeredByAgencyCode;

    /// The name to show: Latin, Arabic, or both.
    [[nodiscard]] QString displayName() const;
};

/// A person's name to show: Latin, Arabic, or "Latin — Arabic" when both are known.
[[nodiscard]] QString personName(const QString &latin, const QString &arabic);

/// Identity as typed by a person, before normalisation and validation.
struct ClientDraft {
    QString fullName;
    QString fullNameAr;
    QString cin;
    QDate birthDate;
    QStringList phones;
    QString email;
    QString address;
    QString preferredLanguage = QStringLiteral("fr");
    QString preferredChannel = QStringLiteral("phone");
};

struct DuplicateCandidate {
    Client client;
    QStringList reasons; ///< e.g. "same CIN AB123456"
};

struct Registration {
    Client client;                       ///< the new client when created
    bool created = false;
    bool forced = false;                 ///< created despite candidates
    QList<DuplicateCandidate> candidates; ///< probable existing files
};

enum class ConsentScope { Network, Agencies };

struct Consent {
    Id id = 0;
    Id clientId = 0;
    ConsentScope scope = ConsentScope::Agencies;
    QStringList agencyCodes;
    QDateTime grantedAt;
    QString recordedBy;
    QString note;
    QDateTime revokedAt;
    QString revokedBy;

    [[nodiscard]] bool active() const { return !revokedAt.isValid(); }
};

enum class CaseStatus { Open, Resolved, Closed };
[[nodiscard]] QString caseStatusCode(CaseStatus status);
[[nodiscard]] std::optional<CaseStatus> caseStatusFromCode(QStringView code);

/// The living "what you need to know" at the top of a case.
struct Summary {
    QString situation;
    QString needs;
    QString doneSoFar;
    QString nextStep;
    int version = 0;
    QString updatedBy;
    QString updatedByAgency;
    QDateTime updatedAt;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool sameText(const Summary &other) const;
};

struct AgencyRef {
    Id id = 0;
    QString code;
    QString name;
    QString kind;
};

struct Case {
    Id id = 0;
    QString reference;
    Id clientId = 0;
    QString clientName;
    QString title;
    QString category;
    CaseStatus status = CaseStatus::Open;
    Id coordinatorId = 0;
    QString coordinatorName;
    QString coordinatorAgency;
    AgencyRef leadAgency;
    QList<AgencyRef> participants;
    Summary summary;
    QDateTime openedAt;
    QDateTime lastActivityAt;
    QByteArray headHash; ///< hex SHA-256 of the last timeline event
    int eventCount = 0;
};

enum class EventKind {
    Note, Call, Visit, Message, Document, SummaryUpdate, Handoff, ClientEffort, Consent,
    Correction, System,
};
[[nodiscard]] QString eventKindCode(EventKind kind);
[[nodiscard]] std::optional<EventKind> eventKindFromCode(QStringView code);

enum class Visibility { Shared, Internal };
[[nodiscard]] QString visibilityCode(Visibility visibility);

/// The ways a customer ends up carrying the service; the metric Relais drives to zero.
enum class EffortKind { ChaseCall, Visit, ResubmittedDocument, ReExplained, RelayedInformation };
[[nodiscard]] QString effortKindCode(EffortKind kind);
[[nodiscard]] std::optional<EffortKind> effortKindFromCode(QStringView code);
[[nodiscard]] QString effortKindLabel(EffortKind kind);

struct TimelineEvent {
    Id id = 0;
    Id caseId = 0;
    int seq = 0;
    EventKind kind = EventKind::Note;
    QDateTime occurredAt;
    QDateTime recordedAt;
    Id authorId = 0;
    QString authorLogin;
    QString authorName;
    Id agencyId = 0;
    QString agencyCode;
    QString agencyName;
    Visibility visibility = Visibility::Shared;
    QString text;
    QJsonObject payload;
    std::optional<int> correctsSeq;
    QByteArray prevHash;
    QByteArray hash;
};

/// What a person adds to a timeline.
struct NewEvent {
    EventKind kind = EventKind::Note;
    QString text;
    Visibility visibility = Visibility::Shared;
    QDateTime occurredAt; ///< invalid: now
    QJsonObject payload;
    std::optional<int> correctsSeq;
};

struct TimelineQuery {
    bool newestFirst = false;
    int offset = 0;
    int limit = -1;            ///< -1: all
    QList<EventKind> kinds;    ///< only these kinds; empty: every kind
    QString agencyCode;        ///< only events written by this agency; empty: every agency
    bool internalOnly = false; ///< only the viewer's agency's internal events
};

struct Document {
    Id id = 0;
    Id clientId = 0;
    std::optional<Id> caseId;
    QString kind;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QByteArray sha256; ///< hex
    QDateTime providedAt;
    QString recordedBy;
    QString agencyCode;
    QDate expiresOn;
};

/// Largest document Relais keeps in the case file.
inline constexpr qint64 maxDocumentBytes = 25'000'000; // 25 MB, as people count them

struct DocumentAdded {
    Document document;
    bool alreadyOnFile = false; ///< the same bytes were already provided: not stored twice
};

struct Handoff {
    Id id = 0;
    Id caseId = 0;
    QString caseReference;
    AgencyRef from;
    AgencyRef to;
    QString ask;
    QString requestedBy;
    QJsonObject summaryAtRequest;
    QByteArray headHashAtRequest;
    HandoffStatus status = HandoffStatus::Requested;
    QDateTime requestedAt;
    QDateTime statusChangedAt;
    QDateTime dueAt;
    QDateTime holdUntil;
    bool holdOnCustomer = false;
    QString lastReason;
    QList<Id> documentIds; ///< documents on file that travel with the handoff
    /// A supervisor's reminder (nudge) or escalation the receiving agency has not answered yet
    /// (no event from it on the case since); invalid when there is none.
    QDateTime unansweredNudgeAt;
    QDateTime unansweredEscalationAt;
};

/// Extra facts a transition may carry.
struct TransitionDetails {
    QString reason;
    QDateTime holdUntil;        ///< on-hold only
    bool holdOnCustomer = false; ///< on-hold only: the delivery clock pauses
};

} // namespace Relais::Core
