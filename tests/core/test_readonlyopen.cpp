// A read-only open (`stagecraft-cli info`, a write-protected map) refuses
// exactly the files the editor's writable open refuses, and leaves nothing
// beside the map it reads.
#include "model/journeydocument.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace stagecraft;
using test::Scratch;

namespace {

QString corpusCopy(const Scratch &s, const QString &name)
{
    const QString copy = s.path(name);
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/") + name), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QStringList corpusFiles()
{
    return QDir(test::sourcePath(QStringLiteral("tests/data/bad")))
        .entryList({QStringLiteral("*.journey")}, QDir::Files, QDir::Name);
}

QStringList filesIn(const Scratch &s)
{
    return QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("A read-only open refuses every corpus file a writable open refuses, for the same reason",
          "[storage][corpus]")
{
    const QStringList files = corpusFiles();
    REQUIRE(files.size() >= 25);
    for (const QString &name : files) {
        INFO(name.toStdString());
        Scratch writable, readOnly;
        const auto written = JourneyDocument::open(corpusCopy(writable, name));
        const QString path = corpusCopy(readOnly, name);
        const QByteArray before = test::readBytes(path);
        const auto read = JourneyDocument::open(path, /*readOnly=*/true);
        INFO("writable: " << written.error.message.toStdString() << "\nread-only: " << read.error.message.toStdString());
        CHECK(read.error.problem == written.error.problem);
        CHECK(read.error.message == written.error.message);
        CHECK(bool(read.document) == bool(written.document));
        CHECK(test::readBytes(path) == before);
        CHECK(filesIn(readOnly) == QStringList{name});
    }
}

TEST_CASE("A read-only open refuses a row that breaks a CHECK constraint", "[storage]")
{
    Scratch s;
    const auto opened = JourneyDocument::open(corpusCopy(s, QStringLiteral("text-in-number-column.journey")), true);
    CHECK_FALSE(opened.document);
    CHECK(opened.error.problem == OpenProblem::Damaged);
    CHECK(opened.error.message.contains(QStringLiteral("CHECK constraint failed in touchpoint")));
}

TEST_CASE("A read-only open of a WAL-mode map reads it and leaves no file beside it", "[storage]")
{
    Scratch s;
    const QString path = corpusCopy(s, QStringLiteral("wal-mode.journey"));
    {
        const auto opened = JourneyDocument::open(path, true);
        REQUIRE(opened.document);
        CHECK(opened.document->map().info.title == QStringLiteral("Tiny map"));
        CHECK(filesIn(s) == QStringList{QStringLiteral("wal-mode.journey")});
    }
    CHECK(filesIn(s) == QStringList{QStringLiteral("wal-mode.journey")});
}

TEST_CASE("A read-only open reads the edits still in a write-ahead log beside the map", "[storage]")
{
    Scratch s;
    const QString path = corpusCopy(s, QStringLiteral("good.journey"));
    sqlite3 *writer = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &writer) == SQLITE_OK);
    // The writer stays open and never checkpoints: the new title is only in the log.
    REQUIRE(sqlite3_exec(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                 "UPDATE map SET title = 'Only in the log'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    {
        const auto opened = JourneyDocument::open(path, true);
        REQUIRE(opened.document);
        CHECK(opened.document->map().info.title == QStringLiteral("Only in the log"));
    }
    sqlite3_close(writer);
}
