#include "exitcodes.h"
#include "verbs.h"

#include <QFileInfo>
#include <QLocale>

namespace stagecraft::cli {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .journey file."));
    if (const int code = parse(parser, arguments, verbs()[1], 1); code >= 0)
        return code;

    int code = Ok;
    const auto doc = openMap(parser.positionalArguments().at(0), code);
    if (!doc)
        return code;
    const JourneyMap &map = doc->map();

    out() << "Title:        " << map.info.title << '\n';
    if (!map.info.description.isEmpty())
        out() << "Description:  " << map.info.description << '\n';
    out() << "File:         " << QFileInfo(doc->filePath()).absoluteFilePath() << '\n';
    out() << "Schema:       version " << doc->schemaVersion() << '\n';
    out() << "Modified:     " << map.info.modified.toLocalTime().toString(Qt::ISODate) << '\n';
    out() << "Phases:       " << map.phases.size() << ", stages: " << map.stages.size() << '\n';
    out() << "Touchpoints:  " << map.touchpoints.size() << ", links: " << map.links.size() << '\n';

    out() << "\nPer lane:\n";
    for (const Lane &lane : map.lanes) {
        const auto n = std::count_if(map.touchpoints.begin(), map.touchpoints.end(),
                                     [&](const Touchpoint &t) { return t.lane == lane.id; });
        out() << QStringLiteral("  %1 %2 (%3)\n").arg(n, 5).arg(lane.name, laneKindName(lane.kind));
    }
    out() << "\nPer owner:\n";
    for (const Owner &owner : map.owners) {
        const auto n = std::count_if(map.touchpoints.begin(), map.touchpoints.end(),
                                     [&](const Touchpoint &t) { return t.owner == owner.id; });
        const QString who = owner.accountable.isEmpty() ? QStringLiteral("no accountable person")
                                                        : owner.accountable;
        out() << QStringLiteral("  %1 %2 (%3)\n").arg(n, 5).arg(owner.name, who);
    }
    const auto unowned = std::count_if(map.touchpoints.begin(), map.touchpoints.end(), [&](const Touchpoint &t) {
        const Lane *lane = map.lane(t.lane);
        return !t.owner && lane && laneNeedsOwner(lane->kind);
    });
    out() << QStringLiteral("  %1 no owner\n").arg(unowned, 5);
    return Ok;
}

} // namespace stagecraft::cli
