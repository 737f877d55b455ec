#include "fuzztargets.h"

#include "analysis/analysis.h"
#include "commands/edit.h"
#include "interchange/blueprintsignal.h"
#include "interchange/journeycsv.h"
#include "interchange/journeyjson.h"
#include "interchange/mermaidjourney.h"
#include "model/journeydocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace stagecraft::fuzz {

namespace {

[[noreturn]] void broken(const char *invariant, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", invariant, qPrintable(detail));
    std::abort();
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Whatever an importer accepts is a valid map: it analyses, exports to JSON,
// and that JSON reads back into the same map and the same bytes.
void checkImported(const ImportResult &result)
{
    if (!result)
        return;
    const JourneyMap &map = *result.map;
    if (const QStringList problems = map.problems(); !problems.isEmpty())
        broken("an accepted import has problems:", problems.first());
    analyze(map, {QDate(2026, 1, 1)});
    const QByteArray json = writeJourneyJson(map);
    const ImportResult again = readJourneyJson(json);
    if (!again)
        broken("an accepted import does not read back from its own JSON:", again.error);
    if (const QByteArray second = writeJourneyJson(*again.map); second != json) {
        if (qEnvironmentVariableIsSet("STAGECRAFT_FUZZ_DUMP")) {
            QFile a(QStringLiteral("/tmp/fuzz-first.json")), b(QStringLiteral("/tmp/fuzz-second.json"));
            a.open(QIODevice::WriteOnly), a.write(json), b.open(QIODevice::WriteOnly), b.write(second);
        }
        broken("the JSON export of an import is not stable");
    }
}

// Each input is written, opened and edited with fsync on: on a disk that is
// most of the time of an input, on tmpfs it costs nothing and every check
// of the open path still runs.
QDir scratchFolder()
{
    const QString shm = QStringLiteral("/dev/shm");
    return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? QDir(shm) : QDir::temp();
}

} // namespace

int fuzzJourneyJson(const uint8_t *data, size_t size)
{
    checkImported(readJourneyJson(bytes(data, size)));
    return 0;
}

int fuzzJourneyCsv(const uint8_t *data, size_t size)
{
    checkImported(readJourneyCsv(bytes(data, size)));
    return 0;
}

int fuzzBlueprintSignal(const uint8_t *data, size_t size)
{
    checkImported(readBlueprintSignal(bytes(data, size)));
    return 0;
}

int fuzzMermaid(const uint8_t *data, size_t size)
{
    checkImported(readMermaidJourney(bytes(data, size)));
    return 0;
}

namespace {

// Read-only, as `stagecraft-cli info` reads: changes no byte, makes no file
// beside the map, and refuses what the writable open refuses.
bool opensReadOnly(const QString &path, const QByteArray &bytes)
{
    bool opened = false;
    {
        const auto read = JourneyDocument::open(path, /*readOnly=*/true);
        if (read.error && read.error.message.isEmpty())
            broken("a refused file without a message (read-only)");
        if (read.document)
            if (const QStringList problems = read.document->map().problems(); !problems.isEmpty())
                broken("a map opened read-only has problems:", problems.first());
        opened = bool(read.document);
    }
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            broken("a read-only open left a file beside the map:", QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        broken("a read-only open changed the file");
    return opened;
}

} // namespace

// The bytes as a .journey file: opened read-only, then as the editor opens
// it and, when it opens, analysed, exported and edited once (then undone).
int fuzzMapFile(const uint8_t *data, size_t size)
{
    static const QString path = scratchFolder().filePath(QStringLiteral("stagecraft-fuzz-%1.journey").arg(getpid()));
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        broken("cannot write the temporary file");
    file.close();

    const bool readable = opensReadOnly(path, bytes(data, size));
    auto opened = JourneyDocument::open(path);
    if (opened.error && opened.error.message.isEmpty())
        broken("a refused file without a message");
    if (readable != bool(opened.document))
        broken("the read-only and the writable open disagree:", opened.error.message);
    if (JourneyDocument *doc = opened.document.get()) {
        const JourneyMap &map = doc->map();
        if (const QStringList problems = map.problems(); !problems.isEmpty())
            broken("an opened map has problems:", problems.first());
        analyze(map, {QDate(2026, 1, 1)});
        writeJourneyJson(map);
        doc->dump();
        if (!map.stages.empty() && !map.lanes.empty()) {
            const QString before = doc->dump();
            if (edit::addTouchpoint(*doc, map.stages.front().id, map.lanes.front().id, 0, QStringLiteral("fuzz")).isValid()) {
                doc->undoStack()->undo();
                if (const QString after = doc->dump(); after != before) {
                    if (qEnvironmentVariableIsSet("STAGECRAFT_FUZZ_DUMP")) {
                        QFile a(QStringLiteral("/tmp/fuzz-first.txt")), b(QStringLiteral("/tmp/fuzz-second.txt"));
                        a.open(QIODevice::WriteOnly), a.write(before.toUtf8()), b.open(QIODevice::WriteOnly), b.write(after.toUtf8());
                    }
                    broken("undo did not restore the file");
                }
            }
        }
    }
    opened.document.reset();
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}

Target target(const QString &name)
{
    if (name == QLatin1String("journeyjson")) return fuzzJourneyJson;
    if (name == QLatin1String("mapfile")) return fuzzMapFile;
    if (name == QLatin1String("csv")) return fuzzJourneyCsv;
    if (name == QLatin1String("blueprintsignal")) return fuzzBlueprintSignal;
    if (name == QLatin1String("mermaid")) return fuzzMermaid;
    return nullptr;
}

QStringList targetNames()
{
    return {QStringLiteral("journeyjson"), QStringLiteral("mapfile"), QStringLiteral("csv"),
            QStringLiteral("blueprintsignal"), QStringLiteral("mermaid")};
}

} // namespace stagecraft::fuzz
