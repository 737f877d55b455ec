// stagecraft-killtest: edits a map in a child process, kills the child with
// SIGKILL at random moments, and checks after each kill that no edit the
// child reported committed is lost and that the file is intact.
//   stagecraft-killtest [--kills N] [--max-delay-ms MS] [--seed S] [--work DIR] [--verbose]
#include "killchild.h"
#include "killdriver.h"

#include "model/journeydocument.h"
#include "interchange/journeyjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace stagecraft;

namespace {

int driver(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("kills"), QStringLiteral("Number of child runs."), QStringLiteral("N"), QStringLiteral("50")},
                       {QStringLiteral("max-delay-ms"), QStringLiteral("Longest a child runs before the kill."),
                        QStringLiteral("MS"), QStringLiteral("300")},
                       {QStringLiteral("seed"), QStringLiteral("Seed of the whole run."), QStringLiteral("S"), QStringLiteral("1")},
                       {QStringLiteral("work"), QStringLiteral("Keep the files in DIR."), QStringLiteral("DIR")},
                       {QStringLiteral("verbose"), QStringLiteral("Print every committed edit.")}});
    parser.process(app);

    QTemporaryDir temp;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temp.path();
    QDir().mkpath(work);
    // The bundled example: cards and links to edit from the first step.
    QFile example(QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/examples/broadband.json"));
    example.open(QIODevice::ReadOnly);
    auto map = readJourneyJson(example.readAll()).map;
    if (!map) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(example.fileName()));
        return 2;
    }
    // A fixed creation time keeps the file's rows identical between the child and the replay.
    map->info.created = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    if (auto created = JourneyDocument::create(QDir(work).filePath(QStringLiteral("map.journey")), *map); created.error) {
        std::fprintf(stderr, "cannot create the map: %s\n", qPrintable(created.error.message));
        return 2;
    }

    killtest::KillDriver::Options options;
    options.program = QCoreApplication::applicationFilePath();
    options.workDir = work;
    options.kills = parser.value(QStringLiteral("kills")).toInt();
    options.maxDelayMs = parser.value(QStringLiteral("max-delay-ms")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    QElapsedTimer timer;
    timer.start();
    const auto summary = killtest::KillDriver(options).run();
    std::printf("kill test: %d rounds, %d killed by SIGKILL, %lld edits reported committed and all found after the "
                "kill (%lld of them also reported synced to the disk), %d in-flight edits landed, at most %d "
                "temporary files left beside the map, %.1f s\n",
                summary.rounds, summary.killed, summary.committedEdits, summary.syncedEdits, summary.inFlightLanded,
                summary.leftoverTemporaries, double(timer.elapsed()) / 1000.0);
    for (const QString &f : summary.failures)
        std::printf("FAILED: %s\n", qPrintable(f));
    return summary.failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("--child"))
        return killtest::runChild(args[2], args[3].toULongLong(), args.size() > 4 ? args[4].toInt() : 1000000);
    return driver(app);
}
