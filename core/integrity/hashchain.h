#pragma once

#include "domain/types.h"

namespace Relais::Core {

/// The fields of an event that the hash chain seals, as stored.
struct SealedEvent {
    QString caseReference;
    int seq = 0;
    QString kind;
    qint64 occurredAtMs = 0;
    qint64 recordedAtMs = 0;
    QString authorLogin;
    QString agencyCode;
    QString visibility;
    QString text;
    QByteArray payloadJson; ///< as stored: compact JSON, keys sorted; sealed byte for byte
    std::optional<int> correctsSeq;
};

/// The canonical bytes of an event: compact JSON with sorted keys, UTF-8. Stable across
/// engines and versions, so copies of the file can be checked anywhere.
[[nodiscard]] QByteArray canonicalBytes(const SealedEvent &event);

/// hash = SHA-256(previous hash ‖ canonical bytes), hex. The first event's previous hash is
/// empty.
[[nodiscard]] QByteArray chainHash(const QByteArray &previousHashHex, const SealedEvent &event);

} // namespace Relais::Core
