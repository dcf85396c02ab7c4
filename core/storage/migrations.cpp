#include "storage/migrations.h"

namespace Relais::Core {

namespace {

// Instants are INTEGER milliseconds since the epoch, UTC: exact, sortable, engine-neutral.
QList<Migration> sqliteMigrations()
{
    Migration initial{1, QStringLiteral("case file: directory, clients, cases, timeline, handoffs"), {
        QStringLiteral(R"(CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            time_zone TEXT NOT NULL DEFAULT 'Africa/Casablanca',
            ack_sla_hours INTEGER NOT NULL DEFAULT 8 CHECK (ack_sla_hours > 0),
            silence_days INTEGER NOT NULL DEFAULT 3 CHECK (silence_days > 0),
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
            active INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL DEFAULT '',
            full_name_ar TEXT NOT NULL DEFAULT '',
            cin TEXT,
            birth_date TEXT,
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            preferred_language TEXT NOT NULL DEFAULT 'fr',
            preferred_channel TEXT NOT NULL DEFAULT 'phone',
            registered_by_agency_id INTEGER REFERENCES agencies(id),
            registered_by_user_id INTEGER REFERENCES users(id),
            created_at INTEGER NOT NULL,
            CHECK (full_name <> '' OR full_name_ar <> '')))"),
        QStringLiteral("CREATE INDEX clients_cin ON clients(cin)"),
        QStringLiteral("CREATE INDEX clients_birth_date ON clients(birth_date)"),
        QStringLiteral(R"(CREATE TABLE client_phones (
            client_id INTEGER NOT NULL REFERENCES clients(id),
            e164 TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (client_id, e164)))"),
        QStringLiteral("CREATE INDEX client_phones_e164 ON client_phones(e164)"),
        QStringLiteral(R"(CREATE TABLE reference_counters (
            year INTEGER PRIMARY KEY,
            last_number INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            title TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'closed')),
            coordinator_id INTEGER NOT NULL REFERENCES users(id),
            lead_agency_id INTEGER NOT NULL REFERENCES agencies(id),
            opened_at INTEGER NOT NULL,
            last_activity_at INTEGER NOT NULL,
            summary_situation TEXT NOT NULL DEFAULT '',
            summary_needs TEXT NOT NULL DEFAULT '',
            summary_done TEXT NOT NULL DEFAULT '',
            summary_next_step TEXT NOT NULL DEFAULT '',
            summary_version INTEGER NOT NULL DEFAULT 0,
            summary_updated_by INTEGER REFERENCES users(id),
            summary_updated_at INTEGER,
            head_hash TEXT NOT NULL DEFAULT '',
            event_count INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX cases_client ON cases(client_id)"),
        QStringLiteral("CREATE INDEX cases_last_activity ON cases(last_activity_at)"),
        QStringLiteral(R"(CREATE TABLE case_participants (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            joined_at INTEGER NOT NULL,
            PRIMARY KEY (case_id, agency_id)))"),
        QStringLiteral("CREATE INDEX case_participants_agency ON case_participants(agency_id)"),
        QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            occurred_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            author_id INTEGER NOT NULL REFERENCES users(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'internal')),
            text TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT '{}',
            corrects_seq INTEGER,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            UNIQUE (case_id, seq)))"),
        // The timeline is append-only, and the database itself says so.
        QStringLiteral(R"(CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'timeline events are append-only: record a correction instead'); END)"),
        QStringLiteral(R"(CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'timeline events are append-only: record a correction instead'); END)"),
        QStringLiteral(R"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            case_id INTEGER REFERENCES cases(id),
            kind TEXT NOT NULL,
            file_name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            provided_at INTEGER NOT NULL,
            recorded_by INTEGER NOT NULL REFERENCES users(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            expires_on TEXT))"),
        QStringLiteral("CREATE INDEX documents_client ON documents(client_id, sha256)"),
        // A document the customer gave once serves every case of theirs it is linked to.
        QStringLiteral(R"(CREATE TABLE case_documents (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            linked_at INTEGER NOT NULL,
            PRIMARY KEY (case_id, document_id)))"),
        QStringLiteral(R"(CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            scope TEXT NOT NULL CHECK (scope IN ('network', 'agencies')),
            granted_at INTEGER NOT NULL,
            recorded_by INTEGER NOT NULL REFERENCES users(id),
            note TEXT NOT NULL DEFAULT '',
            revoked_at INTEGER,
            revoked_by INTEGER REFERENCES users(id),
            revoke_reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX consents_client ON consents(client_id)"),
        QStringLiteral(R"(CREATE TABLE consent_agencies (
            consent_id INTEGER NOT NULL REFERENCES consents(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            PRIMARY KEY (consent_id, agency_id)))"),
        QStringLiteral(R"(CREATE TABLE handoffs (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            from_agency_id INTEGER NOT NULL REFERENCES agencies(id),
            to_agency_id INTEGER NOT NULL REFERENCES agencies(id),
            requested_by INTEGER NOT NULL REFERENCES users(id),
            ask TEXT NOT NULL,
            summary_at_request TEXT NOT NULL,
            head_hash_at_request TEXT NOT NULL,
            status TEXT NOT NULL,
            requested_at INTEGER NOT NULL,
            status_changed_at INTEGER NOT NULL,
            due_at INTEGER,
            hold_until INTEGER,
            hold_on_customer INTEGER NOT NULL DEFAULT 0,
            last_reason TEXT NOT NULL DEFAULT '',
            CHECK (from_agency_id <> to_agency_id)))"),
        QStringLiteral("CREATE INDEX handoffs_case ON handoffs(case_id)"),
        QStringLiteral("CREATE INDEX handoffs_to_status ON handoffs(to_agency_id, status)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            user_id INTEGER REFERENCES users(id),
            agency_id INTEGER REFERENCES agencies(id),
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'))"),
        // Search: folded text (see textfold.h) so French accents and Arabic variants match.
        QStringLiteral(R"(CREATE VIRTUAL TABLE client_search USING fts5(
            names, identifiers, tokenize = 'unicode61 remove_diacritics 2'))"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE event_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2'))"),
    }};
    // Two files that turn out to be one person are merged, never deleted: the other file stays,
    // pointing at the kept one, and what moved is listed item by item so the merge can be
    // undone exactly.
    Migration clientMerges{2, QStringLiteral("client merges: merged_into, client_merges, client_merge_moves"), {
        QStringLiteral("ALTER TABLE clients ADD COLUMN merged_into INTEGER REFERENCES clients(id)"),
        QStringLiteral("CREATE INDEX clients_merged_into ON clients(merged_into)"),
        QStringLiteral(R"(CREATE TABLE client_merges (
            id INTEGER PRIMARY KEY,
            kept_client_id INTEGER NOT NULL REFERENCES clients(id),
            merged_client_id INTEGER NOT NULL REFERENCES clients(id),
            merged_at INTEGER NOT NULL,
            merged_by INTEGER NOT NULL REFERENCES users(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            reason TEXT NOT NULL CHECK (reason <> ''),
            undone_at INTEGER,
            undone_by INTEGER REFERENCES users(id),
            undo_reason TEXT NOT NULL DEFAULT '',
            CHECK (kept_client_id <> merged_client_id)))"),
        QStringLiteral("CREATE INDEX client_merges_kept ON client_merges(kept_client_id)"),
        QStringLiteral("CREATE INDEX client_merges_merged ON client_merges(merged_client_id)"),
        // One row per thing that changed hands: a case, document or consent by id, or a phone
        // by number with the place it had in the merged client's list.
        QStringLiteral(R"(CREATE TABLE client_merge_moves (
            merge_id INTEGER NOT NULL REFERENCES client_merges(id),
            item TEXT NOT NULL CHECK (item IN ('case', 'document', 'consent', 'phone')),
            item_id INTEGER,
            phone TEXT,
            position INTEGER,
            CHECK ((item = 'phone') = (phone IS NOT NULL AND item_id IS NULL))))"),
        QStringLiteral("CREATE INDEX client_merge_moves_merge ON client_merge_moves(merge_id)"),
    }};
    // Documents on file that travel with a handoff, so the receiving agency never asks for them.
    Migration handoffDocuments{3, QStringLiteral("documents carried by handoffs"), {
        QStringLiteral(R"(CREATE TABLE handoff_documents (
            handoff_id INTEGER NOT NULL REFERENCES handoffs(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            PRIMARY KEY (handoff_id, document_id)))"),
    }};
    // Working calendars (DESIGN.md "Stall rules"): each agency's opening hours as text
    // ("mon-fri 09:00-13:00,14:00-18:00", see parseWeeklyHours), whether Morocco's fixed
    // holidays apply, and dated holidays — network-wide (agency_id NULL) or for one agency.
    // Supervisors' signals on a handoff (nudge, escalation) live beside the timeline event
    // that tells them, so inboxes can ask "answered yet?" without reading payloads.
    Migration calendars{4, QStringLiteral("working calendars, holidays, supervisors' signals"), {
        QStringLiteral("ALTER TABLE agencies ADD COLUMN opening_hours TEXT NOT NULL "
                       "DEFAULT 'mon-fri 09:00-13:00,14:00-18:00'"),
        QStringLiteral("ALTER TABLE agencies ADD COLUMN moroccan_holidays INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(R"(CREATE TABLE holidays (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER REFERENCES agencies(id),
            on_date TEXT NOT NULL,
            name TEXT NOT NULL CHECK (name <> ''),
            source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'ics')),
            added_by INTEGER REFERENCES users(id),
            added_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX holidays_day ON holidays(COALESCE(agency_id, 0), on_date)"),
        QStringLiteral(R"(CREATE TABLE handoff_signals (
            id INTEGER PRIMARY KEY,
            handoff_id INTEGER NOT NULL REFERENCES handoffs(id),
            kind TEXT NOT NULL CHECK (kind IN ('nudge', 'escalation')),
            at INTEGER NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX handoff_signals_handoff ON handoff_signals(handoff_id, kind, at)"),
    }};
    // How customers and partners reach an agency, and a user's direct line, for exports and
    // letters that name the one person to call. Empty means "not given"; phones are E.164.
    Migration contacts{5, QStringLiteral("contact details"), {
        QStringLiteral("ALTER TABLE agencies ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE agencies ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE agencies ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
    }};
    return {initial, clientMerges, handoffDocuments, calendars, contacts};
}

} // namespace

QList<Migration> migrationsFor(Database::Engine engine)
{
    switch (engine) {
    case Database::Engine::Sqlite:
        return sqliteMigrations();
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Relais::Core
