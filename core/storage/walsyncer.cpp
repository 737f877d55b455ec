#include "walsyncer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace stagecraft {

namespace {

#ifdef Q_OS_UNIX
int dataSync(int fd) { return ::fdatasync(fd); }
#else
int dataSync(int) { return 0; } // no background sync; see docs/reliability.md
#endif

std::atomic<WalSyncer::SyncFunction> syncFunction{&dataSync};

QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

// QCoreApplication::translate is thread-safe: the syncer reports from its own thread.
QString tr(const char *text) { return QCoreApplication::translate("WalSyncer", text); }

} // namespace

void WalSyncer::setSyncFunctionForTests(SyncFunction sync) { syncFunction = sync ? sync : &dataSync; }

WalSyncer::WalSyncer(QString walPath, ErrorHandler onError)
    : m_walPath(std::move(walPath)), m_onError(std::move(onError))
{
    m_thread = std::thread(&WalSyncer::run, this);
}

WalSyncer::~WalSyncer()
{
    finish();
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void WalSyncer::committed()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_committed;
    }
    m_work.notify_one();
}

bool WalSyncer::waitUntilSynced()
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_committed;
    m_done.wait(lock, [&] { return m_handled >= target || !m_running; });
    const bool ok = !m_failedSinceWait && m_handled >= target;
    m_failedSinceWait = false;
    return ok;
}

void WalSyncer::finish()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_one();
    m_thread.join(); // run() syncs what is still pending before it returns
}

std::uint64_t WalSyncer::completedSyncs() const
{
    const std::lock_guard lock(m_mutex);
    return m_syncs;
}

void WalSyncer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [this] { return m_committed > m_handled || m_stopping; });
        if (m_committed == m_handled) { // stopping, and nothing left to sync
            m_running = false;
            m_done.notify_all();
            return;
        }
        // Everything committed up to now is in the OS's cache: one sync covers it.
        const std::uint64_t covered = m_committed;
        lock.unlock();
        const bool ok = syncOnce();
        lock.lock();
        m_handled = covered;
        ++m_syncs;
        if (!ok)
            m_failedSinceWait = true;
        m_done.notify_all();
    }
}

bool WalSyncer::syncOnce()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_walPath).constData(), O_RDWR | O_CLOEXEC);
        if (m_fd < 0) {
            const QString why = errnoText(errno); // before anything else can touch errno
            report(tr("could not open its log '%1' to sync it: %2").arg(m_walPath, why));
            return false;
        }
    }
    if (syncFunction.load()(m_fd) != 0) {
        // Linux reports a failed writeback once; the edits it held may be gone
        // from the disk even though the file still reads them from the cache.
        const QString why = errnoText(errno);
        report(tr("the last changes may not have reached the disk: %1").arg(why));
        return false;
    }
    if (!m_folderSynced) {
        // SQLite syncs a new log's folder entry on its first sync under
        // synchronous = FULL; under NORMAL that is our job.
        const int dir = ::open(QFile::encodeName(QFileInfo(m_walPath).absolutePath()).constData(),
                               O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        m_folderSynced = dir >= 0 && ::fsync(dir) == 0;
        if (dir >= 0)
            ::close(dir);
    }
#endif
    return true;
}

void WalSyncer::report(const QString &message)
{
    if (m_onError)
        m_onError(message);
}

} // namespace stagecraft
