#pragma once

#include "changeevent.h"
#include "journeymap.h"
#include "storage/openerror.h"

#include <QObject>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace stagecraft {

class MapFile;
class DocumentEdit;

// An open map: the model, the file it lives in, and its undo history. Every
// edit goes through apply(), which writes it to the file in one transaction
// before it returns, so the file on disk is always the map the user sees.
class JourneyDocument : public QObject {
    Q_OBJECT

public:
    struct Opened {
        std::unique_ptr<JourneyDocument> document;
        OpenError error;
        QString backupPath; // an older map was migrated; its original is here
    };
    static Opened open(const QString &path, bool readOnly = false);
    // A new map file at `path` holding `map` (replacing any file there).
    static Opened create(const QString &path, const JourneyMap &map);

    ~JourneyDocument() override;

    const JourneyMap &map() const { return m_map; }
    QString filePath() const;
    QString fileName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    int schemaVersion() const;
    QUndoStack *undoStack() { return &m_undoStack; }

    // Runs `change` against the model and the file in one transaction. On a
    // write failure the transaction is rolled back, the model reloaded from
    // the file, writeFailed emitted, and false returned.
    bool apply(const std::function<void(DocumentEdit &)> &change);
    // Whether the most recent apply() was refused or failed.
    bool lastApplyFailed() const { return m_lastApplyFailed; }

    // Blocks until every edit made so far is on the disk, not only handed to
    // the OS (an edit is safe against a crash of the app when apply() returns,
    // against a power cut once the background sync of the log has run).
    // False if a sync failed; writeFailed reports it too.
    bool waitUntilDurable();

    // Save As: copy to `path` and continue editing there. Save a Copy: copy
    // only. Both return an error message, or an empty string on success.
    QString saveAs(const QString &path);
    QString saveCopy(const QString &path) const;

    // The file's rows as text (tests compare it across undo).
    QString dump() const;

Q_SIGNALS:
    void changed(const stagecraft::ChangeEvent &event);
    // A write failed, or (queued from the syncer's thread) a background sync.
    void writeFailed(const QString &message);
    void fileChanged(const QString &path); // after Save As

private:
    JourneyDocument(std::unique_ptr<MapFile> file, JourneyMap map);
    bool reloadFromFile();
    void reportSyncErrors();

    std::unique_ptr<MapFile> m_file;
    JourneyMap m_map;
    QUndoStack m_undoStack;
    bool m_lastApplyFailed = false;
};

} // namespace stagecraft
