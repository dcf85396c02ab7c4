// A desk that writes as fast as it can: random operations through the core on one SQLite case
// file, each announced before it starts and acknowledged once the core says it is saved.
// tst_crashtorture kills it with SIGKILL at random moments; tst_contention runs several at once.
//
//   relais_torture_worker DB TAG SEED OPS [--wait-for-go]
//
// stdout, one line each, flushed at once:
//   READY                     the file is open
//   BEGIN n kind token        the operation is about to be asked of the core
//   ACK n kind token          the core said it is saved (what the person would see)
//   REFUSED n kind token why  the core refused it (nothing may have been saved)
// Tokens are unique per TAG, and each operation writes its token into exactly one row that
// the tests look for: events.text (note), cases.title (case), clients.full_name (client),
// handoffs.ask (handoff); "receive" gives the handoff's ask as its token.

#include "casefile/workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

void say(const QString &line)
{
    out << line << u'\n';
    out.flush();
}

class Desk
{
public:
    Desk(Workspace &ws, QString tag, quint32 seed) : m_ws(ws), m_tag(std::move(tag)), m_random(seed) {}

    bool start()
    {
        auto insurer = m_ws.directory().actAs(u"ins.agent"_s);
        auto garage = m_ws.directory().actAs(u"gar.agent"_s);
        if (!insurer || !garage)
            return false;
        m_insurer = *insurer;
        m_garage = *garage;
        return true;
    }

    void runOne(int n)
    {
        static const QStringList kinds{u"note"_s, u"note"_s, u"note"_s, u"case"_s, u"client"_s, u"handoff"_s, u"receive"_s};
        const QString kind = kinds.at(int(m_random.bounded(quint32(kinds.size()))));
        const QString token = u"%1-%2"_s.arg(m_tag).arg(n);
        if (kind == u"receive"_s) {
            receiveOne(n);
            return;
        }
        say(u"BEGIN %1 %2 %3"_s.arg(n).arg(kind, token));
        const Status done = kind == u"note"_s     ? addNote(token)
                          : kind == u"case"_s     ? openCase(token)
                          : kind == u"client"_s   ? registerClient(token, n)
                                                  : requestHandoff(token);
        if (done)
            say(u"ACK %1 %2 %3"_s.arg(n).arg(kind, token));
        else
            say(u"REFUSED %1 %2 %3 %4"_s.arg(n).arg(kind, token, done.error().message.simplified()));
    }

private:
    // A case of the insurer's, picked at random among the newest ones.
    Result<Id> someCase()
    {
        auto id = m_ws.database().scalar(
            u"SELECT id FROM cases WHERE lead_agency_id = :agency ORDER BY id DESC LIMIT 1 OFFSET :skip"_s,
            {{u":agency"_s, m_insurer.agencyId}, {u":skip"_s, int(m_random.bounded(3u))}});
        if (!id)
            return std::unexpected(id.error());
        if (!id->isValid())
            id = m_ws.database().scalar(u"SELECT min(id) FROM cases"_s);
        return id ? Result<Id>(id->toLongLong()) : std::unexpected(id.error());
    }

    Status addNote(const QString &token)
    {
        auto caseId = someCase();
        if (!caseId)
            return std::unexpected(caseId.error());
        NewEvent note;
        note.text = token;
        auto added = m_ws.cases().addEvent(m_insurer, *caseId, note);
        return added ? Status() : std::unexpected(added.error());
    }

    Status openCase(const QString &token)
    {
        auto client = m_ws.database().scalar(u"SELECT min(id) FROM clients"_s);
        if (!client)
            return std::unexpected(client.error());
        auto opened = m_ws.cases().openCase(m_insurer, client->toLongLong(), token);
        return opened ? Status() : std::unexpected(opened.error());
    }

    Status registerClient(const QString &token, int n)
    {
        ClientDraft draft;
        draft.fullName = token;
        // Unique per operation: two letters from the tag's hash, six digits from the count.
        const quint32 letters = qHash(m_tag) % (26 * 26);
        draft.cin = u"%1%2%3"_s.arg(QChar(u'A' + letters / 26)).arg(QChar(u'A' + letters % 26))
                        .arg(n % 1000000, 6, 10, QChar(u'0'));
        auto registered = m_ws.clients().registerClient(m_insurer, draft, true);
        return registered ? Status() : std::unexpected(registered.error());
    }

    Status requestHandoff(const QString &token)
    {
        auto caseId = someCase();
        if (!caseId)
            return std::unexpected(caseId.error());
        auto requested = m_ws.handoffs().request(m_insurer, *caseId, u"GAR"_s, token);
        return requested ? Status() : std::unexpected(requested.error());
    }

    // The garage acknowledges the oldest handoff still waiting for it.
    void receiveOne(int n)
    {
        auto waiting = m_ws.database().selectOne(
            u"SELECT id, ask FROM handoffs WHERE status = 'requested' ORDER BY id LIMIT 1"_s);
        if (!waiting || !*waiting)
            return;
        const QString ask = (*waiting)->value(1).toString();
        say(u"BEGIN %1 receive %2"_s.arg(n).arg(ask));
        auto moved = m_ws.handoffs().transition(m_garage, (*waiting)->value(0).toLongLong(), HandoffStatus::Received);
        if (moved)
            say(u"ACK %1 receive %2"_s.arg(n).arg(ask));
        else
            say(u"REFUSED %1 receive %2 %3"_s.arg(n).arg(ask, moved.error().message.simplified()));
    }

    Workspace &m_ws;
    QString m_tag;
    QRandomGenerator m_random;
    Actor m_insurer;
    Actor m_garage;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: relais_torture_worker DB TAG SEED OPS [--wait-for-go]\n", stderr);
        return 2;
    }
    auto ws = Workspace::open(args.at(1), Database::OpenMode::MustExist);
    if (!ws) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    Desk desk(**ws, args.at(2), args.at(3).toUInt());
    if (!desk.start()) {
        std::fputs("the test network's users are missing\n", stderr);
        return 1;
    }
    say(u"READY"_s);
    if (args.contains(u"--wait-for-go"_s)) {
        QTextStream in(stdin);
        (void)in.readLine();
    }
    const int ops = args.at(4).toInt();
    for (int n = 1; ops == 0 || n <= ops; ++n)
        desk.runOne(n);
    return 0;
}
