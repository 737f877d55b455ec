#pragma once

#include "model/ids.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace stagecraft {

class JourneyDocument;

// The departments that own cards: add, rename, recolour, name the accountable
// person, and drag one onto a card to assign it.
class OwnersDock : public QDockWidget {
    Q_OBJECT

public:
    // The MIME type of a dragged owner: its id as text.
    static QString mimeType();

    explicit OwnersDock(QWidget *parent = nullptr);

    void setDocument(JourneyDocument *doc);
    QTreeWidget *list() const { return m_list; }

private:
    void rebuild();
    void addOwner();
    void removeOwner();
    void recolour(OwnerId id);
    void itemEdited(QTreeWidgetItem *item, int column);

    JourneyDocument *m_doc = nullptr;
    QTreeWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    bool m_rebuilding = false;
};

} // namespace stagecraft
