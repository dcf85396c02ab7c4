#pragma once

#include "domain/types.h"
#include "storage/textquery.h"

namespace Relais::Core {

class Database;

struct SearchHit {
    enum class Kind { Client, Case, Event };
    Kind kind = Kind::Client;
    Id clientId = 0;
    Id caseId = 0;
    QString caseReference;
    int eventSeq = 0;
    QString title;   ///< what to show first: a name, a case title
    QString snippet; ///< where it matched
};

/// Finds customers and cases as the actor may see them: names in Latin or Arabic script
/// (accents and diacritics ignored, prefixes match), CIN, phone in any format, case reference
/// and the text of timeline events.
class Search final
{
public:
    explicit Search(Database &db) : m_db(db) {}

    [[nodiscard]] Result<QList<SearchHit>> search(const Actor &actor, const QString &query,
                                                  int limit = 50) const;

    /// The full-text query for what a person typed: folded words, each a prefix, all required.
    [[nodiscard]] static TextQuery textQuery(const QString &typed);

private:
    /// Records in the access log what the hits showed (search.customer, search.case,
    /// search.excerpts entries) and why the actor could see it.
    [[nodiscard]] static Status recordShown(Database &db, const Actor &actor, const QString &query,
                                            const QList<SearchHit> &hits);

    Database &m_db;
};

/// Records in the access log that a search for `query` showed these customers to the actor
/// (a `search.customer` entry each), so a customer can be told who found them.
[[nodiscard]] Status recordCustomersShown(Database &db, const Actor &actor, const QString &query,
                                          const QList<Id> &clientIds);

/// The clients a typed query designates, best first: a phone in any format, a CIN, or the
/// words of a name in either script (prefixes match). The one place client look-up is written.
[[nodiscard]] Result<QList<Id>> matchingClientIds(Database &db, const QString &typed, int limit);

/// Keeps the search index in step with the data; called by the services inside their writes.
[[nodiscard]] Status indexClient(Database &db, const Client &client);
/// Takes a client out of the client index (a file merged into another is found through that one).
[[nodiscard]] Status unindexClient(Database &db, Id clientId);
[[nodiscard]] Status indexEvent(Database &db, Id eventId, const QString &text);

} // namespace Relais::Core
