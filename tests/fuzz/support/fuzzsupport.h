#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Relais::Fuzz {

/// Once per process, from LLVMFuzzerInitialize: a QCoreApplication (Qt SQL wants one for its
/// drivers), UTF-8 locale, and Qt's and Relais's log messages silenced, since a message per
/// input would drown libFuzzer's output and slow it down. RELAIS_FUZZ_VERBOSE=1 keeps them.
void startQt(int *argc, char ***argv);

/// The input as libFuzzer gives it.
[[nodiscard]] inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input read as UTF-8, as text typed or pasted by a person arrives (invalid sequences
/// become U+FFFD, as they do in a QLineEdit).
[[nodiscard]] inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Reports a broken property and aborts, so libFuzzer saves the input as a crash.
[[noreturn]] void propertyFailed(const char *file, int line, const char *condition, const QString &detail);

} // namespace Relais::Fuzz

/// Like QVERIFY2 for fuzz targets: active in every build type, and a failure is a finding.
#define FUZZ_REQUIRE(condition, detail)                                                        \
    do {                                                                                         \
        if (!(condition))                                                                        \
            ::Relais::Fuzz::propertyFailed(__FILE__, __LINE__, #condition, (detail));           \
    } while (false)
