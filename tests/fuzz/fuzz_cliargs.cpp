// The command-line parser of relais-cli (app/cli/cliargs.h) on any argument list: the input's
// lines are the arguments, checked against one command's options.
//
// Properties: it never crashes; a refusal is one line; what it accepts uses only the command's
// options, each single option once; and written back in canonical form ("--opt=value" for each
// value, the flags, "--", the positional arguments) it parses to the same result.

#include "cliargs.h"

#include "fuzzsupport.h"

using namespace Relais::Cli;
using namespace Qt::Literals::StringLiterals;

namespace {

const OptionSpec &spec()
{
    static const OptionSpec spec{{u"--db"_s, u"--as"_s, u"--phone"_s, u"--map"_s, u"--text"_s},
                                 {u"--json"_s, u"--force"_s, u"--yes"_s},
                                 {u"--phone"_s, u"--map"_s}};
    return spec;
}

QString describe(const ParsedArgs &parsed)
{
    QStringList out{u"positional [%1]"_s.arg(parsed.positional.join(u'|'))};
    for (auto it = parsed.values.cbegin(); it != parsed.values.cend(); ++it)
        out << u"%1=[%2]"_s.arg(it.key(), it.value().join(u'|'));
    for (const QString &flag : parsed.flags)
        out << flag;
    return out.join(u", "_s);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024)
        return -1;
    const QStringList args = Relais::Fuzz::textOf(data, size).split(u'\n');
    const auto parsed = parseArgs(args, spec());
    if (!parsed) {
        FUZZ_REQUIRE(!parsed.error().isEmpty() && !parsed.error().contains(u'\n'), parsed.error());
        return 0;
    }
    for (auto it = parsed->values.cbegin(); it != parsed->values.cend(); ++it) {
        FUZZ_REQUIRE(spec().values.contains(it.key()), describe(*parsed));
        FUZZ_REQUIRE(!it.value().isEmpty(), describe(*parsed));
        FUZZ_REQUIRE(it.value().size() == 1 || spec().repeated.contains(it.key()), describe(*parsed));
    }
    for (const QString &flag : parsed->flags)
        FUZZ_REQUIRE(spec().flags.contains(flag), describe(*parsed));
    qsizetype used = parsed->positional.size() + parsed->flags.size();
    for (const QStringList &values : parsed->values)
        used += values.size();
    FUZZ_REQUIRE(used <= args.size(), describe(*parsed));

    QStringList canonical;
    for (auto it = parsed->values.cbegin(); it != parsed->values.cend(); ++it)
        for (const QString &value : it.value())
            canonical << it.key() + u'=' + value;
    for (const QString &flag : parsed->flags)
        canonical << flag;
    canonical << u"--"_s << parsed->positional;
    const auto again = parseArgs(canonical, spec());
    FUZZ_REQUIRE(again.has_value(), (again ? QString() : again.error()) + u" for "_s + canonical.join(u' '));
    FUZZ_REQUIRE(again->positional == parsed->positional && again->values == parsed->values
                     && again->flags == parsed->flags,
                 describe(*parsed) + u"\nbecame\n"_s + describe(*again));
    return 0;
}
