#include "journeydocument.h"

#include "documentedit.h"
#include "storage/mapfile.h"

#include <QFileInfo>

namespace stagecraft {

namespace {
JourneyDocument::Opened fromOpened(MapFile::Opened opened,
                                   std::unique_ptr<JourneyDocument> (*make)(std::unique_ptr<MapFile>, JourneyMap))
{
    if (opened.error)
        return {nullptr, opened.error, {}};
    return {make(std::move(opened.file), std::move(opened.map)), {}, opened.backupPath};
}
} // namespace

JourneyDocument::JourneyDocument(std::unique_ptr<MapFile> file, JourneyMap map)
    : m_file(std::move(file)), m_map(std::move(map))
{
    reportSyncErrors();
}

void JourneyDocument::reportSyncErrors()
{
    // Called on the syncer's thread: the message crosses to the document's
    // thread, where the window shows it like any failed write. It is dropped
    // if the document is gone by then.
    const QString name = fileName();
    m_file->setSyncErrorHandler([this, name](const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, name, message] {
                Q_EMIT writeFailed(tr("'%1' could not be synced to the disk: %2").arg(name, message));
            },
            Qt::QueuedConnection);
    });
}

bool JourneyDocument::waitUntilDurable() { return m_file->waitUntilSynced(); }

JourneyDocument::~JourneyDocument()
{
    // Commands hold ids only, but clear them while the file is still open.
    m_undoStack.clear();
}

JourneyDocument::Opened JourneyDocument::open(const QString &path, bool readOnly)
{
    return fromOpened(MapFile::open(path, MapFile::OpenOptions{readOnly}),
                      [](std::unique_ptr<MapFile> f, JourneyMap m) {
                          return std::unique_ptr<JourneyDocument>(new JourneyDocument(std::move(f), std::move(m)));
                      });
}

JourneyDocument::Opened JourneyDocument::create(const QString &path, const JourneyMap &map)
{
    JourneyMap stamped = map;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stamped.info.created.isValid())
        stamped.info.created = now;
    stamped.info.modified = now;
    return fromOpened(MapFile::create(path, stamped), [](std::unique_ptr<MapFile> f, JourneyMap m) {
        return std::unique_ptr<JourneyDocument>(new JourneyDocument(std::move(f), std::move(m)));
    });
}

QString JourneyDocument::filePath() const { return m_file->path(); }
QString JourneyDocument::fileName() const { return QFileInfo(m_file->path()).fileName(); }
bool JourneyDocument::isReadOnly() const { return m_file->isReadOnly(); }
QString JourneyDocument::readOnlyReason() const { return m_file->readOnlyReason(); }
int JourneyDocument::schemaVersion() const { return m_file->schemaVersion(); }

bool JourneyDocument::apply(const std::function<void(DocumentEdit &)> &change)
{
    m_lastApplyFailed = true;
    if (isReadOnly()) {
        Q_EMIT writeFailed(tr("The map is read-only (%1): the change was not made.").arg(readOnlyReason()));
        return false;
    }
    DocumentEdit edit(m_map, *m_file);
    try {
        m_file->prepareForEdits();
        Transaction tx(m_file->db());
        change(edit);
        MapInfo info = m_map.info;
        info.modified = QDateTime::currentDateTimeUtc();
        m_file->writeInfo(info);
        m_map.info.modified = info.modified;
        tx.commit();
    } catch (const StorageError &e) {
        reloadFromFile();
        Q_EMIT writeFailed(tr("The change could not be written to '%1' and was not made: %2")
                               .arg(fileName(), e.message()));
        return false;
    }
    m_lastApplyFailed = false;
    Q_EMIT changed(edit.event());
    return true;
}

bool JourneyDocument::reloadFromFile()
{
    try {
        m_map = m_file->load();
    } catch (const StorageError &) {
        // The file became unreadable; keep showing what was last written.
        return false;
    }
    ChangeEvent everything;
    everything.parts = ChangeEvent::Reset;
    Q_EMIT changed(everything);
    return true;
}

QString JourneyDocument::saveCopy(const QString &path) const
{
    try {
        m_file->saveCopy(path);
    } catch (const StorageError &e) {
        return tr("Could not write a copy to '%1': %2").arg(path, e.message());
    }
    return {};
}

QString JourneyDocument::saveAs(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(filePath()).absoluteFilePath())
        return {};
    if (const QString error = saveCopy(path); !error.isEmpty())
        return error;
    MapFile::Opened reopened = MapFile::open(path);
    if (reopened.error)
        return reopened.error.message;
    m_file = std::move(reopened.file);
    reportSyncErrors();
    // Ids and rows are identical in the copy, so the undo history stays valid.
    Q_EMIT fileChanged(path);
    return {};
}

QString JourneyDocument::dump() const { return m_file->dump(); }

} // namespace stagecraft
