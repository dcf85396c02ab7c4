#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <expected>

namespace Relais::Cli {

/// The options one command accepts.
struct OptionSpec {
    QSet<QString> values;   ///< options that take a value: "--text"
    QSet<QString> flags;    ///< options without value: "--json"
    QSet<QString> repeated; ///< value options that may be given several times
};

/// A command line split into positional arguments and options.
struct ParsedArgs {
    QStringList positional;
    QHash<QString, QStringList> values;
    QSet<QString> flags;

    [[nodiscard]] bool has(const QString &option) const { return values.contains(option) || flags.contains(option); }
    [[nodiscard]] QString value(const QString &option, const QString &fallback = {}) const;
    [[nodiscard]] QStringList all(const QString &option) const { return values.value(option); }
};

/// Splits `args` by `spec`; accepts "--opt value" and "--opt=value". Unknown options, missing
/// values and repeated single options are usage errors, reported in one line.
[[nodiscard]] std::expected<ParsedArgs, QString> parseArgs(const QStringList &args, const OptionSpec &spec);

} // namespace Relais::Cli
