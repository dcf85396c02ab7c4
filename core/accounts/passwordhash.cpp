#include "accounts/passwordhash.h"

#include "common/logging.h"

#include <sodium.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

bool sodiumReady()
{
    // sodium_init() is safe to call again and from several threads; < 0 means unusable.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

PasswordCost atLeastMinimum(PasswordCost cost)
{
    const PasswordCost floor = PasswordCost::owaspMinimum();
    return {std::max(cost.passes, floor.passes), std::max(cost.memoryBytes, floor.memoryBytes)};
}

// The password's UTF-8 bytes, wiped when this goes away.
class SecretBytes final
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    [[nodiscard]] const char *data() const { return m_bytes.constData(); }
    [[nodiscard]] unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// libsodium wants a NUL-terminated string of at most crypto_pwhash_STRBYTES.
QByteArray terminated(const QByteArray &stored)
{
    if (stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return {};
    return stored + '\0';
}

} // namespace

Result<QByteArray> PasswordHash::hash(const QString &password, PasswordCost cost)
{
    if (password.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("A password cannot be empty."));
    if (!sodiumReady())
        return fail(ErrorCode::Storage, Tr::tr("Passwords cannot be protected: the libsodium library failed to start."));
    const PasswordCost used = atLeastMinimum(cost);
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), used.passes, size_t(used.memoryBytes),
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Storage, Tr::tr("Not enough memory to protect the password (%1 MiB needed).")
                                            .arg(used.memoryBytes / (1024 * 1024)));
    return QByteArray(out);
}

bool PasswordHash::verify(const QByteArray &stored, const QString &password)
{
    const QByteArray encoded = terminated(stored);
    if (encoded.isEmpty() || password.isEmpty() || !sodiumReady())
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(encoded.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHash::needsRehash(const QByteArray &stored, PasswordCost cost)
{
    const QByteArray encoded = terminated(stored);
    if (encoded.isEmpty() || !sodiumReady() || !stored.startsWith("$argon2id$"))
        return true;
    const PasswordCost used = atLeastMinimum(cost);
    // 1: another cost; -1: not a hash libsodium can read. Either way, make a fresh one.
    return crypto_pwhash_str_needs_rehash(encoded.constData(), used.passes, size_t(used.memoryBytes)) != 0;
}

} // namespace Relais::Core
