#pragma once

#include "model/documentedit.h"
#include "model/journeydocument.h"

#include <QUndoCommand>

namespace stagecraft {

// Merge ids of the commands that merge, in one place so they never clash.
enum class MergeId {
    MoveTouchpoints = 1,
    ChangeProperty,
};

// The base of every edit: redo and undo each run as one document transaction.
// A command whose write fails makes itself obsolete, so QUndoStack drops it
// and the history never claims an edit the file does not hold.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(JourneyDocument *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document)
    {
    }

    void redo() final
    {
        if (!m_document->apply([this](DocumentEdit &e) { redoEdit(e); }))
            setObsolete(true);
    }
    void undo() final
    {
        if (!m_document->apply([this](DocumentEdit &e) { undoEdit(e); }))
            setObsolete(true);
    }

protected:
    virtual void redoEdit(DocumentEdit &edit) = 0;
    virtual void undoEdit(DocumentEdit &edit) = 0;
    JourneyDocument *document() const { return m_document; }

private:
    JourneyDocument *m_document;
};

} // namespace stagecraft
