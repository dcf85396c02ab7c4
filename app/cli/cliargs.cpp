#include "cliargs.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Relais::Cli)
};
} // namespace

QString ParsedArgs::value(const QString &option, const QString &fallback) const
{
    const QStringList given = values.value(option);
    return given.isEmpty() ? fallback : given.constLast();
}

std::expected<ParsedArgs, QString> parseArgs(const QStringList &args, const OptionSpec &spec)
{
    ParsedArgs parsed;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositional || !arg.startsWith(u"--"_s)) {
            parsed.positional << arg;
            continue;
        }
        if (arg == u"--"_s) {
            onlyPositional = true;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        if (spec.flags.contains(name)) {
            if (inlineValue)
                return std::unexpected(Tr::tr("%1 takes no value").arg(name));
            parsed.flags.insert(name);
            continue;
        }
        if (!spec.values.contains(name))
            return std::unexpected(Tr::tr("unknown option %1").arg(name));
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return std::unexpected(Tr::tr("%1 needs a value").arg(name));
        }
        if (parsed.values.contains(name) && !spec.repeated.contains(name))
            return std::unexpected(Tr::tr("%1 is given twice").arg(name));
        parsed.values[name].append(value);
    }
    return parsed;
}

} // namespace Relais::Cli
