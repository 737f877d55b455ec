// The editor's dialog text for files from the bad-file corpus (tests/data/bad):
// one message per refused file, the same sentence the CLI prints, the window
// still usable, and the file's bytes unchanged.
#include "support/testsupport.h"

#include "mainwindow.h"
#include "messagesink.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace stagecraft;

TEST_CASE("Opening corpus files in the editor shows their dialog text and changes nothing", "[ui][corpus]")
{
    struct Case {
        const char *file;
        const char *text; // the dialog text, with the file's name
    };
    static const Case cases[] = {
        {"foreign-pdf.journey", "'foreign-pdf.journey' is not a Stagecraft map (not a database file)."},
        {"empty.journey", "'empty.journey' is empty: it is not a Stagecraft map."},
        {"truncated-at-60.journey", "'truncated-at-60.journey' is damaged: the file is cut short."},
        {"wrong-application-id.journey",
         "'wrong-application-id.journey' is a database of another program, not a Stagecraft map."},
        {"newer-version.journey", "'newer-version.journey' was made by a newer Stagecraft (file format 99; this "
                                  "version reads up to 1). Update Stagecraft to open it."},
        {"extra-trigger.journey", "'extra-trigger.journey' contains a trigger ('boom') that Stagecraft never writes: "
                                  "the file was altered outside Stagecraft, so it is not opened."},
        {"dropped-column.journey", "'dropped-column.journey' is missing the 'channel' column of its 'touchpoint' "
                                   "table: the file was altered outside Stagecraft."},
        {"empty-map-row.journey", "'empty-map-row.journey' is damaged: the map table is empty"},
        {"index-disagrees-with-table.journey",
         "'index-disagrees-with-table.journey' is damaged: row 1 missing from index touchpoint_cell"},
    };
    QStringList texts;
    const auto previous = MessageSink::setHandler([&](QWidget *, const QString &, const QString &text) { texts << text; });
    test::Scratch scratch;
    MainWindow window;
    for (const Case &c : cases) {
        const QString path = scratch.path(QLatin1String(c.file));
        REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/") + QLatin1String(c.file)), path));
        const QByteArray before = test::readBytes(path);
        texts.clear();
        CHECK_FALSE(window.openFile(path));
        REQUIRE(texts.size() == 1);
        CHECK(texts.first() == QLatin1String(c.text));
        CHECK(window.session() == nullptr);
        CHECK(test::readBytes(path) == before);
    }
    // After all of them, the good map of the corpus opens.
    const QString good = scratch.path(QStringLiteral("good.journey"));
    REQUIRE(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/good.journey")), good));
    QFile::setPermissions(good, QFile::ReadOwner | QFile::WriteOwner);
    texts.clear();
    CHECK(window.openFile(good));
    CHECK(texts.isEmpty());
    MessageSink::setHandler(previous);
}
