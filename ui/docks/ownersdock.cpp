#include "ownersdock.h"

#include "commands/edit.h"
#include "swatch.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QMimeData>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

enum Column { NameColumn, AccountableColumn };
constexpr int IdRole = Qt::UserRole + 1;

// Drags carry the owner's id, so a card can take it on drop.
class OwnerList : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {OwnersDock::mimeType()}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(OwnersDock::mimeType(), QByteArray::number(items.first()->data(0, IdRole).toLongLong()));
        data->setText(items.first()->text(NameColumn));
        return data;
    }
};

// A pleasant, distinct colour for the n-th department.
QColor paletteColor(int n)
{
    static const char *const colors[] = {"#3d7fd1", "#e8913a", "#5a9e4b", "#d65f8e",
                                         "#8a6fc9", "#2f9c9c", "#c9a227", "#9c7a4f"};
    return QColor(QLatin1String(colors[n % 8]));
}

} // namespace

QString OwnersDock::mimeType() { return QStringLiteral("application/x-stagecraft-owner"); }

OwnersDock::OwnersDock(QWidget *parent) : QDockWidget(tr("Owners"), parent)
{
    setObjectName(QStringLiteral("OwnersDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new OwnerList(body);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Department"), tr("Accountable person")});
    m_list->setRootIsDecorated(false);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->setToolTip(tr("Double-click to rename; click the colour to change it; drag onto a card to assign."));
    auto *buttons = new QHBoxLayout;
    m_add = new QToolButton(body);
    m_add->setText(tr("Add department"));
    m_remove = new QToolButton(body);
    m_remove->setText(tr("Remove"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_add, &QToolButton::clicked, this, &OwnersDock::addOwner);
    connect(m_remove, &QToolButton::clicked, this, &OwnersDock::removeOwner);
    connect(m_list, &QTreeWidget::itemChanged, this, &OwnersDock::itemEdited);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        // A click on the swatch (left of the name) picks a new colour.
        const QRect rect = m_list->visualItemRect(item);
        if (column == NameColumn && m_list->viewport()->mapFromGlobal(QCursor::pos()).x() < rect.left() + 22)
            recolour(OwnerId(item->data(0, IdRole).toLongLong()));
    });
    setDocument(nullptr);
}

void OwnersDock::setDocument(JourneyDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc)
        connect(m_doc, &JourneyDocument::changed, this, [this](const ChangeEvent &e) {
            // Queued: an edit may come from inside one of this list's own signals.
            if (e.touches(ChangeEvent::Owners))
                QMetaObject::invokeMethod(this, &OwnersDock::rebuild, Qt::QueuedConnection);
        });
    rebuild();
}

void OwnersDock::rebuild()
{
    m_rebuilding = true;
    m_list->clear();
    const bool editable = m_doc && !m_doc->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
    if (m_doc) {
        for (const Owner &o : m_doc->map().owners) {
            auto *item = new QTreeWidgetItem(m_list, {o.name, o.accountable});
            item->setIcon(NameColumn, swatchIcon(o.color));
            item->setData(0, IdRole, o.id.value);
            if (o.accountable.isEmpty())
                item->setToolTip(AccountableColumn, tr("Nobody is named: its processes are flagged."));
            if (editable)
                item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        }
    }
    m_rebuilding = false;
}

void OwnersDock::addOwner()
{
    if (!m_doc)
        return;
    const OwnerId id = edit::addOwner(*m_doc, tr("New department"), paletteColor(int(m_doc->map().owners.size())));
    rebuild();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id.value)
            m_list->editItem(m_list->topLevelItem(i), NameColumn);
}

void OwnersDock::removeOwner()
{
    if (QTreeWidgetItem *item = m_list->currentItem(); item && m_doc)
        edit::removeOwner(*m_doc, OwnerId(item->data(0, IdRole).toLongLong()));
}

void OwnersDock::recolour(OwnerId id)
{
    const Owner *o = m_doc ? m_doc->map().owner(id) : nullptr;
    if (!o || m_doc->isReadOnly())
        return;
    const QColor color = QColorDialog::getColor(o->color, this, tr("Colour of %1").arg(o->name));
    if (!color.isValid())
        return;
    Owner changed = *m_doc->map().owner(id);
    changed.color = color;
    edit::changeOwner(*m_doc, changed);
}

void OwnersDock::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding || !m_doc)
        return;
    const Owner *o = m_doc->map().owner(OwnerId(item->data(0, IdRole).toLongLong()));
    if (!o)
        return;
    Owner changed = *o;
    if (column == NameColumn && !item->text(column).trimmed().isEmpty())
        changed.name = item->text(column).trimmed();
    else if (column == AccountableColumn)
        changed.accountable = item->text(column).trimmed();
    // Rebuild later: this item is still inside its own change signal.
    if (changed == *o || !edit::changeOwner(*m_doc, changed))
        QMetaObject::invokeMethod(this, &OwnersDock::rebuild, Qt::QueuedConnection);
}

} // namespace stagecraft
