#include "exitcodes.h"
#include "model/maptemplates.h"
#include "verbs.h"

#include <QFileInfo>

namespace stagecraft::cli {

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("t"), QStringLiteral("template")},
                      QStringLiteral("Template: %1.").arg(MapTemplates::names().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("service-blueprint")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("The map's title."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .journey file to create."));
    if (const int code = parse(parser, arguments, verbs()[0], 1); code >= 0)
        return code;

    const QString path = parser.positionalArguments().at(0);
    const QString name = parser.value(QStringLiteral("template"));
    QString title = parser.value(QStringLiteral("title"));
    if (title.isEmpty())
        title = QFileInfo(path).completeBaseName();
    const auto map = MapTemplates::make(name, title);
    if (!map)
        return fail(UsageError, QStringLiteral("unknown template '%1'; choose one of %2")
                                    .arg(name, MapTemplates::names().join(QStringLiteral(", "))));
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force")))
        return fail(OutputExists, QStringLiteral("'%1' exists; use --force to replace it").arg(path));
    const auto created = JourneyDocument::create(path, *map);
    if (created.error)
        return fail(WriteFailed, created.error.message);
    out() << "Created " << path << " from the " << MapTemplates::title(name) << " template.\n";
    return Ok;
}

} // namespace stagecraft::cli
