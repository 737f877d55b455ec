#pragma once

#include <QString>
#include <QStringList>

namespace stagecraft::killtest {

// Runs the child under SIGKILL at random moments and checks, after each
// kill, that the file is intact, opens, and holds every edit the child
// reported committed (and at most the one edit that was in flight).
class KillDriver {
public:
    struct Options {
        QString program;   // this executable, started with --child
        QString workDir;   // holds the map, its side files and the replays
        int kills = 50;
        int maxDelayMs = 300;
        quint64 seed = 1;
        bool verbose = false;
    };
    struct Summary {
        int rounds = 0;
        int killed = 0;           // rounds ended by SIGKILL (the rest ran out of steps)
        qint64 committedEdits = 0; // reported committed, all checked present after the kill
        qint64 syncedEdits = 0;    // of which also reported synced to the disk
        int inFlightLanded = 0;   // the edit in flight at the kill was found in the file
        int leftoverTemporaries = 0; // most .tmp files a kill left beside the map at once
        QStringList failures;
    };

    explicit KillDriver(Options options) : m_options(std::move(options)) {}
    Summary run();

private:
    void runRound(int round, Summary &summary);
    QStringList verifyFile(const QString &path, QString *digest);
    QStringList replay(const QString &snapshot, quint64 seed, int steps, QStringList &digests);

    Options m_options;
};

} // namespace stagecraft::killtest
