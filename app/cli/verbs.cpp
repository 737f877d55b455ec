#include "verbs.h"

#include "exitcodes.h"

#include <QFileInfo>
#include <cstdio>

namespace stagecraft::cli {

const QList<Verb> &verbs()
{
    static const QList<Verb> all{
        {"new", "new --template NAME FILE", "Create a new map from a template (service-blueprint, "
                                            "customer-lifecycle, blank).", runNew},
        {"info", "info FILE", "Show a map's title, schema version, and counts per lane and owner.", runInfo},
        {"check", "check FILE [--json] [--department NAME] [--fail-on error|warning|info] [--today YYYY-MM-DD]",
         "Analyse the map: unowned cards, broken hand-offs, loops, slow paths and the rest, worst first.",
         runCheck},
        {"import", "import IN -o FILE.journey [--format FORMAT] [--force]",
         "Create a map from JSON, CSV, Blueprint Signal CSV or a Mermaid journey; nothing is written "
         "if any of it is invalid.", runImport},
        {"export",
         "export FILE -o OUT [--page A4|A3|Letter|Tabloid] [--portrait] [--tile] [--department NAME] [--dpi N] "
         "[--force]",
         "Write the map as interchange JSON (.json), a workshop spreadsheet (.csv), a PDF to print (.pdf), "
         "or an image (.svg, .png).",
         runExport},
    };
    return all;
}

const Verb &verb(const char *name)
{
    for (const Verb &v : verbs())
        if (qstrcmp(v.name, name) == 0)
            return v;
    qFatal("no verb named %s", name);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(int code, const QString &message)
{
    out().flush();
    QTextStream err(stderr);
    err << "stagecraft-cli: " << message << '\n';
    return code;
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const Verb &verb, int positionalCount)
{
    parser.setApplicationDescription(QLatin1String(verb.summary));
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << "Usage: stagecraft-cli " << verb.usage << "\n\n" << verb.summary << "\n";
        QString options = parser.helpText();
        const int at = options.indexOf(QLatin1String("Options:"));
        if (at >= 0)
            out() << '\n' << options.mid(at);
        return Ok;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount)
        return fail(UsageError, QStringLiteral("usage: stagecraft-cli %1").arg(QLatin1String(verb.usage)));
    return -1;
}

std::unique_ptr<JourneyDocument> openMap(const QString &path, int &exitCode)
{
    JourneyDocument::Opened opened = JourneyDocument::open(path, /*readOnly=*/true);
    if (opened.error) {
        exitCode = fail(exitCodeFor(opened.error.problem), opened.error.message);
        return nullptr;
    }
    exitCode = Ok;
    return std::move(opened.document);
}

} // namespace stagecraft::cli
