#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Relais::Core {

/// How hard a stored password is to guess: Argon2id through libsodium's crypto_pwhash_str.
/// OWASP's minimum for Argon2id is 19 MiB of memory and 2 passes; Relais's default is
/// libsodium's "interactive" level (64 MiB, 2 passes), about 0.1 s on an office computer.
struct PasswordCost {
    quint64 passes = 2;
    quint64 memoryBytes = 64ull * 1024 * 1024;

    [[nodiscard]] static PasswordCost standard() { return {}; }
    /// The least Relais accepts, whatever an administrator configures.
    [[nodiscard]] static PasswordCost owaspMinimum() { return {2, 19ull * 1024 * 1024}; }
};

/// One-way password hashing. The stored text is libsodium's encoded form
/// (`$argon2id$v=19$m=65536,t=2,p=1$salt$hash`): algorithm, cost and a random salt travel with
/// the hash, so old hashes keep verifying when the cost rises. The password itself is never
/// kept: its UTF-8 copy is wiped as soon as it is hashed or checked.
class PasswordHash final
{
public:
    /// A new hash of `password` at `cost` (raised to the OWASP minimum if below). Empty
    /// passwords are refused.
    [[nodiscard]] static Result<QByteArray> hash(const QString &password, PasswordCost cost = PasswordCost::standard());
    /// Whether `password` is the one `stored` was made from; false for anything malformed.
    [[nodiscard]] static bool verify(const QByteArray &stored, const QString &password);
    /// Whether `stored` was made at another cost than `cost` (or is not Argon2id): after a
    /// successful sign-in, hash the password again so every account follows the current cost.
    [[nodiscard]] static bool needsRehash(const QByteArray &stored, PasswordCost cost = PasswordCost::standard());
};

} // namespace Relais::Core
