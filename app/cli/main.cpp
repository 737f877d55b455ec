// stagecraft-cli: the headless tool. Verbs live in verbs.cpp and one file each.
#include "exitcodes.h"
#include "verbs.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>

using namespace stagecraft::cli;

namespace {

QString overview()
{
    QString text = QStringLiteral("Usage: stagecraft-cli VERB [options] [arguments]\n\n"
                                  "Create, inspect, check and export Stagecraft journey maps (.journey files).\n\n"
                                  "Verbs:\n");
    for (const Verb &v : verbs())
        text += QStringLiteral("  %1\n      %2\n").arg(QLatin1String(v.usage), QLatin1String(v.summary));
    text += QStringLiteral(
        "\nRun 'stagecraft-cli VERB --help' for a verb's options.\n\n"
        "Exit codes:\n"
        "  0   success\n"
        "  1   check: findings at or above --fail-on\n"
        "  2   wrong usage\n"
        "  3   the file does not exist or cannot be read\n"
        "  4   not a SQLite file (empty or foreign)\n"
        "  5   a SQLite database of another program\n"
        "  6   made by a newer Stagecraft\n"
        "  7   damaged file\n"
        "  8   altered outside Stagecraft (triggers, views, missing tables)\n"
        "  9   locked by another program\n"
        "  10  an older map that could not be updated\n"
        "  11  the output exists (use --force)\n"
        "  12  invalid input (an import or an option's value)\n"
        "  13  the output could not be written\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Exports draw text, which needs a GUI application, but never a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        // Spares every run Qt's warning about a missing runtime folder.
        const QString runtime = QDir::temp().filePath(QStringLiteral("stagecraft-runtime-%1").arg(getuid()));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("stagecraft-cli"));
    QGuiApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QGuiApplication::setOrganizationName(QStringLiteral("Stagecraft"));

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return fail(UsageError, QStringLiteral("no verb given; try 'stagecraft-cli --help'"));
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out() << overview();
        return Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "stagecraft-cli " << STAGECRAFT_VERSION << '\n';
        return Ok;
    }
    for (const Verb &v : verbs())
        if (first == QLatin1String(v.name))
            return v.run(args);
    return fail(UsageError, QStringLiteral("unknown verb '%1'; try 'stagecraft-cli --help'").arg(first));
}
