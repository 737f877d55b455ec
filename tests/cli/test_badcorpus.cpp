// The bad-file corpus (tests/data/bad, made by scripts/make-bad-corpus.py):
// `stagecraft-cli info` answers each file with its exact exit code and one
// line, never crashes, and never changes a byte of it.
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace stagecraft;

namespace {

struct CorpusEntry {
    QString file;
    int exitCode = -1;
    QString fragment;
};

QList<CorpusEntry> manifest()
{
    QList<CorpusEntry> entries;
    const QString text = QString::fromUtf8(test::readBytes(test::sourcePath(QStringLiteral("tests/data/bad/manifest.tsv"))));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() == 3)
            entries.push_back({f[0], f[1].toInt(), f[2]});
    }
    return entries;
}

// Runs `info` on `path` and checks the promise: exact code, one line, no crash,
// the same bytes, no file left beside it.
void expectInfo(const QString &path, int exitCode, const QString &fragment)
{
    INFO(path.toStdString());
    const QByteArray before = test::readBytes(path);
    const QStringList siblingsBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    const test::CliResult r = test::runCli({QStringLiteral("info"), path});
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == exitCode); // -1 would be a crash
    if (exitCode == 0) {
        CHECK(r.out.contains(fragment));
        CHECK(r.err.isEmpty());
    } else {
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("stagecraft-cli: ")));
        CHECK(r.err.endsWith(QLatin1Char('\n')));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(fragment));
    }
    CHECK(test::readBytes(path) == before);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) == siblingsBefore);
}

} // namespace

TEST_CASE("The bad-file corpus is complete and every file is listed", "[cli][corpus]")
{
    const QList<CorpusEntry> entries = manifest();
    CHECK(entries.size() >= 25);
    QStringList listed;
    for (const CorpusEntry &e : entries)
        listed << e.file;
    QStringList present = QDir(test::sourcePath(QStringLiteral("tests/data/bad")))
                              .entryList({QStringLiteral("*.journey")}, QDir::Files);
    listed.sort();
    present.sort();
    CHECK(listed == present);
}

TEST_CASE("info answers every corpus file with its exit code and one line, bytes unchanged", "[cli][corpus]")
{
    for (const CorpusEntry &e : manifest()) {
        test::Scratch s;
        const QString copy = s.path(e.file);
        REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/") + e.file), copy));
        expectInfo(copy, e.exitCode, e.fragment);
    }
}

TEST_CASE("info on a missing file, a folder, a locked and a read-only map", "[cli][corpus]")
{
    test::Scratch s;
    const QString good = s.path(QStringLiteral("good.journey"));
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/good.journey")), good));

    SECTION("missing")
    {
        const auto r = test::runCli({QStringLiteral("info"), s.path(QStringLiteral("gone.journey"))});
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("does not exist")));
    }
    SECTION("a folder named like a map")
    {
        QDir().mkpath(s.path(QStringLiteral("folder.journey")));
        const auto r = test::runCli({QStringLiteral("info"), s.path(QStringLiteral("folder.journey"))});
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("is not a file")));
    }
    SECTION("locked by another program")
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(good).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "BEGIN EXCLUSIVE; UPDATE map SET title = title", nullptr, nullptr, nullptr) == SQLITE_OK);
        const auto r = test::runCli({QStringLiteral("info"), good});
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        CHECK(r.exitCode == 9);
        CHECK(r.err.contains(QStringLiteral("is locked by another program")));
    }
    SECTION("read-only file and folder")
    {
        QFile::setPermissions(good, QFile::ReadOwner | QFile::ReadUser);
        expectInfo(good, 0, QStringLiteral("Tiny map"));
        QFile::setPermissions(s.path(QString()), QFile::ReadOwner | QFile::ExeOwner);
        expectInfo(good, 0, QStringLiteral("Tiny map"));
        QFile::setPermissions(s.path(QString()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_CASE("import refuses a file over the size limit before reading it", "[cli][import]")
{
    test::Scratch s;
    const QString big = s.path(QStringLiteral("big.json"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(33 * 1024 * 1024)); // sparse: no 33 MB written
    }
    const auto r = test::runCli({QStringLiteral("import"), big, QStringLiteral("-o"), s.path(QStringLiteral("out.journey"))});
    CHECK(r.exitCode == 12);
    CHECK(r.err == QStringLiteral("stagecraft-cli: big.json: the file is 33 MB; Stagecraft imports files of up to 32 MB\n"));
    CHECK_FALSE(QFileInfo::exists(s.path(QStringLiteral("out.journey"))));
}
