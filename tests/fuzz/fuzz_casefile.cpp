// The case exchange file: NetworkMove::openSource (transfer/networkmove.h) opens a SQLite case
// file that came from elsewhere, to move it to a server. The input's bytes are written to a
// file and opened; when the file is taken, its hash chains are verified as the move does first.
//
// Properties: it never crashes; a refusal says why; the file is never modified, taken or
// refused (openSource promises to leave a file that is not ready exactly as it was, and a
// file that is ready is only read).

#include "integrity/chainverifier.h"
#include "storage/database.h"
#include "transfer/networkmove.h"

#include "fuzzsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

QTemporaryDir &folder()
{
    static auto *dir = new QTemporaryDir;
    return *dir;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    FUZZ_REQUIRE(file.open(QIODevice::ReadOnly), file.errorString());
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    FUZZ_REQUIRE(folder().isValid(), folder().errorString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Relais::Fuzz::bytesOf(data, size);
    QDir dir(folder().path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    const QString path = dir.filePath(u"network.sqlite"_s);
    {
        QFile file(path);
        FUZZ_REQUIRE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), file.errorString());
    }

    QString outcome;
    {
        auto source = NetworkMove::openSource(path);
        if (!source) {
            FUZZ_REQUIRE(!source.error().message.isEmpty(), u"a refusal must say why"_s);
            outcome = u"refused: "_s + source.error().message;
        } else {
            outcome = u"opened at schema %1"_s.arg((*source)->schemaVersion());
            auto report = ChainVerifier(**source).verifyAll();
            outcome += report ? u", chains verified"_s : u", chains not verified: "_s + report.error().message;
        }
    } // the connection is closed here, as when a move ends

    const QByteArray after = contents(path);
    FUZZ_REQUIRE(after == bytes,
                 u"the case file changed (%1 bytes, now %2; sha256 %3, now %4) after it was %5"_s.arg(bytes.size())
                     .arg(after.size())
                     .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                          QString::fromLatin1(QCryptographicHash::hash(after, QCryptographicHash::Sha256).toHex()),
                          outcome));
    return 0;
}
