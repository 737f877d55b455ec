// MapCanvas's in-place typing: new cards from the keyboard, titles and
// header names, in a line edit laid over the scene.
#include "mapcanvas.h"

#include "commands/edit.h"
#include "mapscene.h"
#include "model/journeydocument.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <cmath>

namespace stagecraft {

void MapCanvas::addCardAtCursor()
{
    if (m_doc->isReadOnly())
        return;
    m_scene->clearSelection();
    startEditor(EditTarget::NewCard, 0, m_scene->newCardRect(m_cursorStage, m_cursorLane), QString());
    m_editor->setPlaceholderText(tr("New card: type a title, Enter to add"));
}

void MapCanvas::editTitle(TouchpointId id)
{
    const Touchpoint *t = m_doc->map().touchpoint(id);
    if (!t || m_doc->isReadOnly())
        return;
    m_editor->setPlaceholderText(QString());
    startEditor(EditTarget::Title, id.value, m_scene->titleRect(id), t->title);
}

void MapCanvas::editHeaderName(const QString &kind, qint64 id)
{
    if (m_doc->isReadOnly())
        return;
    const JourneyMap &map = m_doc->map();
    m_editor->setPlaceholderText(QString());
    if (kind == QLatin1String("phase") && map.phase(PhaseId(id)))
        startEditor(EditTarget::Phase, id, m_scene->headerRect(kind, id), map.phase(PhaseId(id))->name);
    else if (kind == QLatin1String("stage") && map.stage(StageId(id)))
        startEditor(EditTarget::Stage, id, m_scene->headerRect(kind, id), map.stage(StageId(id))->name);
    else if (kind == QLatin1String("lane") && map.lane(LaneId(id)))
        startEditor(EditTarget::Lane, id, m_scene->headerRect(kind, id), map.lane(LaneId(id))->name);
}

void MapCanvas::startEditor(EditTarget target, qint64 id, const QRectF &sceneRect, const QString &text)
{
    if (isEditing())
        commitEditor();
    m_editTarget = target;
    m_editId = id;
    m_editRect = sceneRect;
    m_editor->setText(text);
    m_editor->selectAll();
    placeEditor();
    ensureVisible(sceneRect, 40, 40);
    placeEditor();
    m_editor->show();
    m_editor->setFocus();
}

void MapCanvas::placeEditor()
{
    if (!m_editor || m_editTarget == EditTarget::None)
        return;
    if (m_editTarget == EditTarget::NewCard)
        m_editRect = m_scene->newCardRect(m_cursorStage, m_cursorLane);
    const QRect r = mapFromScene(m_editRect).boundingRect();
    QFont f = font();
    f.setPixelSize(std::max(11, int(std::lround(14 * transform().m11()))));
    m_editor->setFont(f);
    const int h = std::max(r.height(), QFontMetrics(f).height() + 10);
    m_editor->setGeometry(r.x(), r.y(), std::max(r.width(), 120), h);
}

void MapCanvas::commitEditor()
{
    const EditTarget target = m_editTarget;
    const QString text = m_editor->text().trimmed();
    m_editTarget = EditTarget::None;
    m_editor->hide();
    setFocus();
    if (text.isEmpty())
        return;
    const JourneyMap &map = m_doc->map();
    switch (target) {
    case EditTarget::None:
        break;
    case EditTarget::NewCard: {
        const Stage &stage = map.stages.at(m_cursorStage);
        const Lane &lane = map.lanes.at(m_cursorLane);
        const int count = int(map.cell(stage.id, lane.id).size());
        edit::addTouchpoint(*m_doc, stage.id, lane.id, count, text);
        break;
    }
    case EditTarget::Title:
        if (const Touchpoint *t = map.touchpoint(TouchpointId(m_editId))) {
            Touchpoint changed = *t;
            changed.title = text;
            edit::changeTouchpoint(*m_doc, changed);
        }
        break;
    case EditTarget::Phase:
        if (const Phase *p = map.phase(PhaseId(m_editId))) {
            Phase changed = *p;
            changed.name = text;
            edit::changePhase(*m_doc, changed);
        }
        break;
    case EditTarget::Stage:
        if (const Stage *s = map.stage(StageId(m_editId))) {
            Stage changed = *s;
            changed.name = text;
            edit::changeStage(*m_doc, changed);
        }
        break;
    case EditTarget::Lane:
        if (const Lane *l = map.lane(LaneId(m_editId))) {
            Lane changed = *l;
            changed.name = text;
            edit::changeLane(*m_doc, changed);
        }
        break;
    }
}

void MapCanvas::cancelEditor()
{
    m_editTarget = EditTarget::None;
    m_editor->hide();
    setFocus();
}

bool MapCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            commitEditor();
            return true;
        case Qt::Key_Escape:
            cancelEditor();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            commitEditor();
            nextCell(key->key() == Qt::Key_Backtab);
            return true;
        default:
            break;
        }
    } else if (watched == m_editor && event->type() == QEvent::FocusOut && isEditing()) {
        // Clicking elsewhere keeps what was typed, as in any in-place editor.
        if (static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason)
            commitEditor();
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace stagecraft
