#pragma once

#include <QString>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace stagecraft {

// Flushes an open map's write-ahead log to the disk on a thread of its own,
// so that an edit returns as soon as SQLite has handed its commit to the OS
// (synchronous = NORMAL: safe against a crash of the app) and reaches the
// disk within about one fdatasync after (safe against a power cut).
//
// Commits that arrive while a sync runs are covered by the next one, so a
// burst of edits costs one or two syncs, not one each.
class WalSyncer {
public:
    using ErrorHandler = std::function<void(const QString &message)>;
    using SyncFunction = int (*)(int fd);

    // `onError` is called on the syncer's thread, once per failed sync.
    WalSyncer(QString walPath, ErrorHandler onError);
    // Syncs what was committed and stops the thread (see finish()).
    ~WalSyncer();
    WalSyncer(const WalSyncer &) = delete;
    WalSyncer &operator=(const WalSyncer &) = delete;

    // A commit has returned: its frames are in the log, to be synced.
    void committed();
    // Blocks until every commit so far is on the disk or a sync of it failed;
    // false when one failed (the error was already handed to `onError`).
    bool waitUntilSynced();
    // A last sync of everything committed, then the thread ends. Called before
    // the log is checkpointed or the map copied; idempotent, owner's thread only.
    void finish();

    // How many syncs completed (tests check that edits are synced, and coalesced).
    std::uint64_t completedSyncs() const;

    // Tests replace fdatasync to make a sync fail as a dying disk would (EIO).
    static void setSyncFunctionForTests(SyncFunction sync);

private:
    void run();
    bool syncOnce(); // opens the log on first use; false on failure
    void report(const QString &message);

    const QString m_walPath;
    const ErrorHandler m_onError;
    int m_fd = -1;
    bool m_folderSynced = false;

    mutable std::mutex m_mutex;
    std::condition_variable m_work; // the thread waits here for commits
    std::condition_variable m_done; // waitUntilSynced() waits here
    std::uint64_t m_committed = 0;  // commits announced
    std::uint64_t m_handled = 0;    // commits covered by a finished sync (ok or failed)
    std::uint64_t m_syncs = 0;
    bool m_failedSinceWait = false;
    bool m_stopping = false;
    bool m_running = true; // false once the thread has ended
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace stagecraft
