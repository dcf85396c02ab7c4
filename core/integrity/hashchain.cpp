#include "integrity/hashchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Relais::Core {

QByteArray canonicalBytes(const SealedEvent &event)
{
    // QJsonObject keeps its keys sorted, and compact output has no optional white space:
    // the same event always gives the same bytes.
    QJsonObject object;
    object.insert(QStringLiteral("case"), event.caseReference);
    object.insert(QStringLiteral("seq"), event.seq);
    object.insert(QStringLiteral("kind"), event.kind);
    object.insert(QStringLiteral("occurredAt"), QString::number(event.occurredAtMs));
    object.insert(QStringLiteral("recordedAt"), QString::number(event.recordedAtMs));
    object.insert(QStringLiteral("author"), event.authorLogin);
    object.insert(QStringLiteral("agency"), event.agencyCode);
    object.insert(QStringLiteral("visibility"), event.visibility);
    object.insert(QStringLiteral("text"), event.text);
    // The payload is sealed as the exact text stored, not re-parsed: any change to the stored
    // bytes (a duplicated key, broken JSON, an array) must change the hash.
    object.insert(QStringLiteral("payload"), QString::fromUtf8(event.payloadJson));
    object.insert(QStringLiteral("corrects"),
                  event.correctsSeq ? QJsonValue(*event.correctsSeq) : QJsonValue(QJsonValue::Null));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray chainHash(const QByteArray &previousHashHex, const SealedEvent &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromHex(previousHashHex));
    hash.addData(canonicalBytes(event));
    return hash.result().toHex();
}

} // namespace Relais::Core
