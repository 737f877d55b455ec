// Hostile files: nothing stored in a map or an import runs, and no value or
// list, however large, is read without a bound (docs/reliability.md).
#include "interchange/journeyjson.h"
#include "storage/mapfile.h"
#include "storage/sqlite.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace stagecraft;
using test::Scratch;

namespace {

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString corpusCopy(const Scratch &s, const QString &name)
{
    const QString copy = s.path(name);
    QFile::remove(copy);
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/") + name), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void rawSql(const QString &path, const char *statements)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QString markerTitle(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    Statement st(db.handle(), "SELECT title FROM map");
    return st.step() ? st.text(0) : QString();
}

} // namespace

TEST_CASE("The editor's open answers every corpus file as the CLI does, bytes unchanged", "[hostile][corpus]")
{
    const QString text = QString::fromUtf8(test::readBytes(test::sourcePath(QStringLiteral("tests/data/bad/manifest.tsv"))));
    int checked = 0;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (line.startsWith(QLatin1Char('#')) || f.size() != 3)
            continue;
        Scratch s;
        const QString path = corpusCopy(s, f[0]);
        const QByteArray before = test::readBytes(path);
        INFO(f[0].toStdString());
        const auto opened = JourneyDocument::open(path); // read-write, as the editor opens
        CHECK(exitCodeFor(opened.error.problem) == f[1].toInt());
        if (opened.error) {
            INFO(opened.error.message.toStdString());
            CHECK(opened.error.message.contains(f[2]));
            CHECK(test::readBytes(path) == before);
            CHECK(QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden) == QStringList{f[0]});
        } else {
            // An accepted file must also take a write.
            REQUIRE(opened.document);
            CHECK(opened.document->apply([](DocumentEdit &) {}));
        }
        ++checked;
    }
    CHECK(checked >= 25);
}

TEST_CASE("A trigger in a map never runs, even on a connection that writes", "[hostile]")
{
    Scratch s;
    const QString path = corpusCopy(s, QStringLiteral("extra-trigger.journey"));
    const QByteArray before = test::readBytes(path);
    const auto opened = JourneyDocument::open(path);
    CHECK(opened.error.problem == OpenProblem::UnexpectedSchema);
    CHECK(test::readBytes(path) == before);

    // Should the schema check ever be bypassed, our connections still refuse
    // to fire it: the trigger would retitle the map and fill `marker`.
    {
        SqliteDb db(path, SqliteDb::Mode::ReadWrite);
        db.exec("UPDATE touchpoint SET title = title || '!'");
        Statement count(db.handle(), "SELECT count(*) FROM marker");
        REQUIRE(count.step());
        CHECK(count.integer(0) == 0);
    }
    CHECK(markerTitle(path) == QStringLiteral("Tiny map"));
    // An ordinary SQLite connection does fire it: the file really is hostile.
    rawSql(path, "UPDATE touchpoint SET title = title || '!'");
    CHECK(markerTitle(path) == QStringLiteral("pwned"));
}

TEST_CASE("A view in a map is refused and cannot be queried through our connection", "[hostile]")
{
    Scratch s;
    const QString path = corpusCopy(s, QStringLiteral("extra-view.journey"));
    CHECK(JourneyDocument::open(path).error.problem == OpenProblem::UnexpectedSchema);
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    CHECK_THROWS_AS(Statement(db.handle(), "SELECT * FROM everything"), StorageError);
}

TEST_CASE("A map with a 100 MB title is refused without reading it into memory", "[hostile]")
{
    Scratch s;
    const QString path = corpusCopy(s, QStringLiteral("good.journey"));
    // zeroblob() writes the 100 MB without this process holding them.
    rawSql(path, "UPDATE map SET title = zeroblob(100000000)");
    REQUIRE(QFileInfo(path).size() > 100000000);
    const long before = peakKilobytes();
    const auto opened = JourneyDocument::open(path);
    CHECK(opened.error.problem == OpenProblem::Damaged);
    CHECK(opened.error.message.contains(QStringLiteral("too large")));
    // The read-only open checks a copy of the file: the copy must not be in memory either.
    const auto read = JourneyDocument::open(path, /*readOnly=*/true);
    CHECK(read.error.problem == OpenProblem::Damaged);
    CHECK(read.error.message.contains(QStringLiteral("too large")));
    CHECK(peakKilobytes() - before < 32 * 1024);
}

TEST_CASE("Imports refuse oversized input, lists and texts with a clear message", "[hostile][import]")
{
    const QByteArray head = R"({"format": "stagecraft-journey", "version": 1, "title": "T",
        "phases": [{"id": "p1", "stages": [{"id": "s1"}]}], "lanes": [{"id": "l1"}],
        "touchpoints": [{"id": "t1", "stage": "s1", "lane": "l1"}, {"id": "t2", "stage": "s1", "lane": "l1"}])";
    SECTION("more than 32 MB")
    {
        const ImportResult r = readJourneyJson(head + QByteArray(33 * 1024 * 1024, ' ') + "}");
        CHECK_FALSE(r);
        CHECK(r.error.contains(QStringLiteral("imports files of up to 32 MB")));
    }
    SECTION("a list of more than 100,000 items")
    {
        QByteArray links = ", \"links\": [";
        for (int i = 0; i <= importlimits::MaxItems; ++i)
            links += i ? ",{}" : "{}";
        const ImportResult r = readJourneyJson(head + links + "]}");
        CHECK_FALSE(r);
        CHECK(r.error.contains(QStringLiteral("field 'links': holds 100001 items; a map holds at most 100000")));
    }
    SECTION("a title of more than a million characters")
    {
        QByteArray json = head + "}";
        json.replace("\"title\": \"T\"", QByteArray("\"title\": \"" + QByteArray(importlimits::MaxTextLength + 1, 'x') + "\""));
        const ImportResult r = readJourneyJson(json);
        CHECK_FALSE(r);
        CHECK(r.error.contains(QStringLiteral("field 'title': is 1000001 characters long")));
    }
    SECTION("at the limits an import is still accepted")
    {
        QByteArray json = head + "}";
        json.replace("\"title\": \"T\"", QByteArray("\"title\": \"" + QByteArray(importlimits::MaxTextLength, 'x') + "\""));
        CHECK(readJourneyJson(json));
    }
}
