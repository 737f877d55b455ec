#include "killdriver.h"

#include "editscript.h"
#include "statedigest.h"
#include "storage/sqlite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <random>
#include <sqlite3.h>

namespace stagecraft::killtest {

namespace {

QString integrityOf(const QString &path)
{
    try {
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        Statement st(db.handle(), "PRAGMA integrity_check");
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out.join(QLatin1String("; "));
    } catch (const StorageError &e) {
        return e.message();
    }
}

void copyFresh(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qFatal("could not copy %s", qPrintable(from));
}

} // namespace

KillDriver::Summary KillDriver::run()
{
    Summary summary;
    for (int round = 0; round < m_options.kills && summary.failures.isEmpty(); ++round)
        runRound(round, summary);
    return summary;
}

// Opens the file as the editor would after a crash (rolling back any hot
// journal), then checks SQLite's own integrity check on it.
QStringList KillDriver::verifyFile(const QString &path, QString *digest)
{
    QStringList problems;
    {
        auto opened = JourneyDocument::open(path);
        if (!opened.document)
            return {QStringLiteral("%1 does not open: %2").arg(path, opened.error.message)};
        if (digest)
            *digest = digestOf(*opened.document).text();
    }
    if (const QString check = integrityOf(path); check != QLatin1String("ok"))
        problems << QStringLiteral("%1: integrity_check says %2").arg(path, check);
    return problems;
}

// The same seed on the same starting file: digests[k] is the state after k edits.
QStringList KillDriver::replay(const QString &snapshot, quint64 seed, int steps, QStringList &digests)
{
    const QString dir = QDir(m_options.workDir).filePath(QStringLiteral("replay"));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("map.journey"));
    copyFresh(snapshot, path);
    auto opened = JourneyDocument::open(path);
    if (!opened.document)
        return {QStringLiteral("replay: the snapshot does not open: %1").arg(opened.error.message)};
    EditScript script(seed);
    digests = {digestOf(*opened.document).text()};
    for (int n = 1; n <= steps; ++n) {
        script.step(*opened.document, dir);
        digests << digestOf(*opened.document).text();
    }
    return {};
}

void KillDriver::runRound(int round, Summary &summary)
{
    const QDir work(m_options.workDir);
    const QString map = work.filePath(QStringLiteral("map.journey"));
    const QString snapshot = work.filePath(QStringLiteral("snapshot.journey"));
    const quint64 seed = m_options.seed * 1000003 + quint64(round);
    copyFresh(map, snapshot);

    std::mt19937 random{unsigned(seed)};
    const int delay = int(random() % unsigned(m_options.maxDelayMs + 1));
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(m_options.program, {QStringLiteral("--child"), map, QString::number(seed)});
    if (!child.waitForStarted(10000)) {
        summary.failures << QStringLiteral("round %1: the child did not start").arg(round);
        return;
    }
    const bool finished = child.waitForFinished(delay);
    if (!finished) {
        child.kill(); // SIGKILL: no destructor, no flush, no rollback runs
        child.waitForFinished(10000);
        ++summary.killed;
    }
    ++summary.rounds;
    const QString where = QStringLiteral("round %1 (seed %2, kill after %3 ms)").arg(round).arg(seed).arg(delay);
    if (finished && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)) {
        summary.failures << QStringLiteral("%1: the child failed by itself: %2")
                                .arg(where, QString::fromUtf8(child.readAllStandardError()).trimmed());
        return;
    }

    // Only whole lines count: a line is reported only once it is in the pipe.
    QStringList reported;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.contains(QLatin1String(" failed")))
            summary.failures << QStringLiteral("%1: %2").arg(where, text);
        if (text.startsWith(QLatin1String("durable ")))
            ++summary.syncedEdits;
        if (!text.startsWith(QLatin1String("committed ")))
            continue;
        reported << text;
        if (m_options.verbose)
            std::printf("  %s\n", qPrintable(text));
    }
    const int last = int(reported.size()) - 1; // -1: killed before the file was even open
    summary.committedEdits += qMax(0, last);

    QString found;
    QStringList problems = verifyFile(map, &found);
    for (const char *side : {"copy.journey", "imported.journey"})
        if (QFile::exists(work.filePath(QLatin1String(side))))
            problems += verifyFile(work.filePath(QLatin1String(side)), nullptr);

    QStringList expected;
    problems += replay(snapshot, seed, qMax(0, last) + 1, expected);
    for (int n = 0; n <= last && n < expected.size(); ++n)
        if (StateDigest::parse(reported[n]) != StateDigest::parse(expected[n]))
            problems << QStringLiteral("the replay differs from the child at edit %1: %2 vs %3")
                            .arg(n).arg(reported[n], expected[n]);
    const StateDigest now = StateDigest::parse(found);
    const StateDigest before = StateDigest::parse(expected.value(qMax(0, last)));
    const StateDigest inFlight = StateDigest::parse(expected.value(qMax(0, last) + 1));
    if (!(now == before) && !(now == inFlight))
        problems << QStringLiteral("after %1 committed edits the file holds %2; expected %3 or, with the edit in "
                                   "flight, %4").arg(qMax(0, last)).arg(found, before.text(), inFlight.text());
    else if (now == inFlight && !(inFlight == before))
        ++summary.inFlightLanded;

    // A kill during Save a Copy or an import leaves its temporary beside the
    // map; the next copy to the same name clears it, so they never pile up.
    const int temporaries = int(work.entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden).size());
    summary.leftoverTemporaries = qMax(summary.leftoverTemporaries, temporaries);
    if (temporaries > 2)
        problems << QStringLiteral("%1 temporary files pile up beside the map").arg(temporaries);
    for (const QString &p : problems)
        summary.failures << QStringLiteral("%1: %2").arg(where, p);
    if (m_options.verbose)
        std::printf("%s: %d committed, file %s\n", qPrintable(where), qMax(0, last), qPrintable(found));
}

} // namespace stagecraft::killtest
