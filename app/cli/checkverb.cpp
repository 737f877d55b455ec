// stagecraft-cli check: the analysis of a map, as text for people or JSON
// for scripts and CI, with an exit code that can fail a build.
#include "analysis/analysis.h"
#include "exitcodes.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stagecraft::cli {

namespace {

constexpr Severity Severities[] = {Severity::Error, Severity::Warning, Severity::Info};

QString heading(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("check", "Errors");
    case Severity::Warning: return QCoreApplication::translate("check", "Warnings");
    case Severity::Info: return QCoreApplication::translate("check", "Information");
    }
    return {};
}

void printText(const std::vector<Finding> &findings, const QString &title, const QString &department)
{
    out() << title;
    if (!department.isEmpty())
        out() << QCoreApplication::translate("check", " (department: %1)").arg(department);
    out() << '\n';
    for (Severity s : Severities) {
        const auto n = std::count_if(findings.begin(), findings.end(), [s](const Finding &f) { return f.severity == s; });
        if (n == 0)
            continue;
        out() << '\n' << heading(s) << " (" << n << ")\n";
        for (const Finding &f : findings) {
            if (f.severity != s)
                continue;
            out() << "  " << severityName(s) << ": " << f.message();
            if (!f.suggestedOwnerName.isEmpty())
                out() << QCoreApplication::translate("check", " (suggested owner: %1)").arg(f.suggestedOwnerName);
            out() << " [" << f.rule << "]\n";
        }
    }
}

QJsonObject summary(const std::vector<Finding> &findings)
{
    QJsonObject counts;
    for (Severity s : Severities)
        counts.insert(severityName(s), int(std::count_if(findings.begin(), findings.end(),
                                                         [s](const Finding &f) { return f.severity == s; })));
    return counts;
}

void printJson(const std::vector<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &f : findings) {
        list.append(QJsonObject{
            {QStringLiteral("rule"), f.rule},
            {QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("message"), f.message()},
            {QStringLiteral("elements"), QJsonArray::fromStringList(f.elements)},
            {QStringLiteral("departments"), QJsonArray::fromStringList(f.departments)},
            {QStringLiteral("suggested_owner"),
             f.suggestedOwnerName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.suggestedOwnerName)},
        });
    }
    const QJsonObject root{{QStringLiteral("findings"), list}, {QStringLiteral("summary"), summary(findings)}};
    out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .journey file."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the findings as JSON."));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QStringLiteral("Only the findings that concern this department (owner)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    QStringLiteral("Exit with 1 when a finding of this severity or worse is found "
                                                   "(default: error)."),
                                    QStringLiteral("SEVERITY"), QStringLiteral("error"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Count stale reviews from this day instead of today."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({json, department, failOn, today});
    if (const int code = parse(parser, arguments, verb("check"), 1); code >= 0)
        return code;

    const auto threshold = severityFromName(parser.value(failOn));
    if (!threshold)
        return fail(InvalidInput, QStringLiteral("--fail-on must be error, warning or info, not '%1'")
                                      .arg(parser.value(failOn)));
    AnalysisOptions options;
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return fail(InvalidInput, QStringLiteral("--today must be a date as YYYY-MM-DD, not '%1'")
                                          .arg(parser.value(today)));
    }

    int code = Ok;
    const auto doc = openMap(parser.positionalArguments().at(0), code);
    if (!doc)
        return code;
    const JourneyMap &map = doc->map();

    QString focus;
    if (parser.isSet(department)) {
        QStringList known;
        for (const Owner &o : map.owners) {
            known.append(o.name);
            if (o.name.compare(parser.value(department), Qt::CaseInsensitive) == 0)
                focus = o.name;
        }
        if (focus.isEmpty())
            return fail(InvalidInput, QStringLiteral("no department '%1' on this map; its departments are: %2")
                                          .arg(parser.value(department),
                                               known.isEmpty() ? QStringLiteral("(none)")
                                                               : known.join(QLatin1String(", "))));
    }

    const AnalysisResult result = analyze(map, options);
    const std::vector<Finding> findings = focus.isEmpty() ? result.findings : result.forDepartment(focus);
    if (parser.isSet(json)) {
        printJson(findings);
    } else {
        printText(findings, map.info.title, focus);
        const QJsonObject counts = summary(findings);
        out() << '\n'
              << QCoreApplication::translate("check", "%1 errors, %2 warnings, %3 information")
                     .arg(counts.value(QLatin1String("error")).toInt())
                     .arg(counts.value(QLatin1String("warning")).toInt())
                     .arg(counts.value(QLatin1String("info")).toInt())
              << '\n';
    }
    out().flush();
    const bool failing = std::any_of(findings.begin(), findings.end(),
                                     [&](const Finding &f) { return int(f.severity) <= int(*threshold); });
    return failing ? FindingsFound : Ok;
}

} // namespace stagecraft::cli
