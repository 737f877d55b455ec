// The durable write off the edit's path: while a map is edited SQLite commits
// without an fsync (synchronous = NORMAL) and a background syncer flushes the
// log to the disk after each burst of commits. See docs/reliability.md.
#include "commands/edit.h"
#include "storage/mapfile.h"
#include "storage/walsyncer.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>

using namespace stagecraft;
using test::Scratch;

namespace {

// An edit written straight through the file, as JourneyDocument::apply does.
void retitle(MapFile &file, const QString &title)
{
    file.prepareForEdits();
    Transaction tx(file.db());
    MapInfo info;
    info.title = title;
    file.writeInfo(info);
    tx.commit();
}

int failingSync(int)
{
    errno = EIO;
    return -1;
}

// Restores fdatasync even when a check fails.
struct FailingDisk {
    FailingDisk() { WalSyncer::setSyncFunctionForTests(&failingSync); }
    ~FailingDisk() { WalSyncer::setSyncFunctionForTests(nullptr); }
};

// The small map's file, opened for edits as a document opens it.
struct OpenedFile {
    Scratch scratch;
    QString path = test::createDocument(scratch, test::smallMap())->filePath();
    MapFile::Opened opened = MapFile::open(path);

    MapFile &file()
    {
        REQUIRE(opened.file);
        return *opened.file;
    }
};

} // namespace

TEST_CASE("An edited map commits with synchronous = NORMAL and its log is synced after the edit", "[storage][wal]")
{
    OpenedFile opened;
    MapFile &file = opened.file();
    const QString &path = opened.path;
    CHECK(file.completedSyncs() == 0); // only looked at: no syncer, no log
    retitle(file, QStringLiteral("First"));
    CHECK(file.db().pragmaInteger("synchronous") == 1); // NORMAL
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(file.waitUntilSynced());
    CHECK(file.completedSyncs() >= 1);

    // A burst of commits is covered by at most one sync each, usually far fewer.
    const std::uint64_t before = file.completedSyncs();
    for (int i = 0; i < 20; ++i)
        retitle(file, QStringLiteral("Burst %1").arg(i));
    REQUIRE(file.waitUntilSynced());
    CHECK(file.completedSyncs() > before);
    CHECK(file.completedSyncs() <= before + 20);
}

TEST_CASE("Edits are durable once the document says so, and a closed map is one file again", "[storage][wal]")
{
    Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    const QString path = doc->filePath();
    REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("Chat")).isValid());
    CHECK(doc->waitUntilDurable());
    // Save a Copy stops the syncer after a last sync; the next edit starts it again.
    REQUIRE(doc->saveCopy(s.path(QStringLiteral("copy.journey"))).isEmpty());
    REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("Mail")).isValid());
    CHECK(doc->waitUntilDurable());
    doc.reset();
    CHECK(QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("copy.journey"), QStringLiteral("map.journey")});
    CHECK(JourneyDocument::open(path, /*readOnly=*/true).document->map().touchpoints.size() == 7);
}

TEST_CASE("A failed sync of the log reaches the document as a write error", "[storage][wal]")
{
    Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    QString failure;
    QObject::connect(doc.get(), &JourneyDocument::writeFailed, [&](const QString &m) { failure = m; });
    {
        FailingDisk disk;
        // The commit itself succeeds: the edit is in the file and on screen.
        REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("Chat")).isValid());
        CHECK_FALSE(doc->waitUntilDurable());
    }
    // Reported from the syncer's thread, delivered on the document's.
    const QDeadlineTimer deadline(5000);
    while (failure.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(failure.contains(QStringLiteral("map.journey")));
    CHECK(failure.contains(QStringLiteral("disk")));
    CHECK(failure.contains(QString::fromLocal8Bit(std::strerror(EIO))));
    // The disk is back: the next edit is synced again.
    REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("Mail")).isValid());
    CHECK(doc->waitUntilDurable());
}

TEST_CASE("A read-only open starts no syncer and makes no log", "[storage][wal]")
{
    Scratch s;
    const QString path = test::createDocument(s, test::smallMap())->filePath();
    const QByteArray before = test::readBytes(path);
    {
        auto opened = MapFile::open(path, MapFile::OpenOptions{/*readOnly=*/true});
        REQUIRE(opened.file);
        CHECK(opened.file->isReadOnly());
        CHECK(opened.file->waitUntilSynced());
        CHECK(opened.file->completedSyncs() == 0);
        CHECK(opened.file->db().pragmaInteger("synchronous") == 2); // SQLite's default, FULL
    }
    CHECK(test::readBytes(path) == before);
    CHECK(QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("map.journey")});
}

TEST_CASE("A long editing session checkpoints the log instead of growing it", "[storage][wal]")
{
    OpenedFile opened;
    MapFile &file = opened.file();
    // Our commit hook replaces SQLite's, so it must checkpoint as SQLite's would.
    const qint64 limitPages = file.db().pragmaInteger("wal_autocheckpoint");
    CHECK(limitPages == 1000); // SQLite's default, untouched
    for (int i = 0; i < 1500; ++i)
        retitle(file, QStringLiteral("Edit %1").arg(i));
    const qint64 frame = file.db().pragmaInteger("page_size") + 24; // a log frame's header
    const qint64 logBytes = QFileInfo(opened.path + QStringLiteral("-wal")).size();
    CHECK(logBytes > 0);
    CHECK(logBytes <= (limitPages + 10) * frame);
}
