#include "mapcanvas.h"

#include "commands/edit.h"
#include "mapscene.h"
#include "mapselection.h"
#include "model/journeydocument.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace stagecraft {

namespace {
constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 4.0;
constexpr double ZoomStep = 1.2;
constexpr double MinReadableZoom = 0.6;
} // namespace

MapCanvas::MapCanvas(JourneyDocument *doc, AnalysisRunner *runner, QWidget *parent)
    : QGraphicsView(parent), m_doc(doc)
{
    m_scene = new MapScene(doc, runner, this);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setBackgroundBrush(QColor(0xf4, 0xf6, 0xf9));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);

    m_editor = new QLineEdit(viewport());
    m_editor->hide();
    m_editor->installEventFilter(this);
    m_editor->setFrame(false);
    m_editor->setStyleSheet(QStringLiteral("QLineEdit { background: #ffffff; border: 2px solid #2d6cdf;"
                                           " border-radius: 4px; padding: 2px 4px; }"));

    connect(m_scene, &MapScene::editTitleRequested, this, &MapCanvas::editTitle);
    connect(m_scene, &MapScene::editHeaderRequested, this, &MapCanvas::editHeaderName);
    connect(m_scene, &MapScene::addCardRequested, this, [this](int stage, int lane) {
        setCursorCell(stage, lane);
        addCardAtCursor();
    });
    connect(m_scene, &MapScene::cellClicked, this, &MapCanvas::setCursorCell);
    connect(m_scene, &MapScene::layoutChanged, this, [this] {
        clampCursor();
        placeEditor();
    });
    setCursorCell(0, 0);
}

MapCanvas::~MapCanvas() = default;

MapSelection *MapCanvas::selection() const { return m_scene->selection(); }

bool MapCanvas::isEditing() const { return m_editor && m_editor->isVisible(); }
QLineEdit *MapCanvas::inlineEditor() const { return m_editor; }

double MapCanvas::zoom() const { return transform().m11() / m_workshopScale; }

void MapCanvas::setZoom(double factor)
{
    const double scaleNow = std::clamp(factor * m_workshopScale, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(scaleNow, scaleNow));
    placeEditor();
    Q_EMIT zoomChanged(zoom());
}

void MapCanvas::zoomIn() { setZoom(zoom() * ZoomStep); }
void MapCanvas::zoomOut() { setZoom(zoom() / ZoomStep); }

void MapCanvas::zoomToFit()
{
    const QRectF map = m_scene->mapRect().adjusted(-24, -24, 24, 24);
    if (map.isEmpty() || viewport()->width() < 10)
        return;
    const double fit = std::min(viewport()->width() / map.width(), viewport()->height() / map.height());
    // A small map is not blown up past a comfortable reading size.
    setZoom(std::min(fit, 1.25) / m_workshopScale);
    centerOn(map.center());
}

void MapCanvas::fitOnOpen()
{
    // The whole map when it stays readable; else readable from its start,
    // where the journey begins.
    const QRectF map = m_scene->mapRect().adjusted(-24, -24, 24, 24);
    if (map.isEmpty() || viewport()->width() < 10)
        return;
    const double fit = std::min(viewport()->width() / map.width(), viewport()->height() / map.height());
    if (fit * m_workshopScale >= MinReadableZoom)
        return zoomToFit();
    setZoom(std::clamp(viewport()->height() / map.height(), MinReadableZoom, 1.25) / m_workshopScale);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    centerOn(map.left() + visible.width() / 2, map.top() + visible.height() / 2);
}

void MapCanvas::setFocusDepartment(const QString &department) { m_scene->setFocusDepartment(department); }

void MapCanvas::setWorkshopMode(bool on)
{
    // The layout itself grows (LayoutMetrics::workshop()); show it afresh.
    m_scene->setWorkshopMode(on);
    fitOnOpen();
}

void MapCanvas::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitOnOpen();
    }
}

void MapCanvas::clampCursor()
{
    const JourneyMap &map = m_doc->map();
    m_cursorStage = std::clamp(m_cursorStage, 0, std::max(0, int(map.stages.size()) - 1));
    m_cursorLane = std::clamp(m_cursorLane, 0, std::max(0, int(map.lanes.size()) - 1));
    m_scene->setCursorCell(m_cursorStage, m_cursorLane);
}

void MapCanvas::setCursorCell(int stageIndex, int laneIndex)
{
    m_cursorStage = stageIndex;
    m_cursorLane = laneIndex;
    clampCursor();
    ensureVisible(m_scene->cellRect(m_cursorStage, m_cursorLane), 40, 40);
}

void MapCanvas::moveCursor(int dStage, int dLane) { setCursorCell(m_cursorStage + dStage, m_cursorLane + dLane); }

void MapCanvas::nextCell(bool backwards)
{
    // Reading order: along the lane, then on to the next lane.
    const int stages = int(m_doc->map().stages.size());
    const int lanes = int(m_doc->map().lanes.size());
    int flat = m_cursorLane * stages + m_cursorStage + (backwards ? -1 : 1);
    flat = (flat + stages * lanes) % std::max(1, stages * lanes);
    setCursorCell(flat % stages, flat / stages);
}

void MapCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeEditor();
}

void MapCanvas::deleteSelection()
{
    const MapSelection *sel = selection();
    if (sel->kind() == MapSelection::Kind::Touchpoints)
        edit::removeTouchpoints(*m_doc, sel->touchpoints());
    else if (sel->kind() == MapSelection::Kind::Link)
        edit::removeLinks(*m_doc, {sel->link()});
}

void MapCanvas::showTouchpoints(const QList<TouchpointId> &ids)
{
    m_scene->selectTouchpoints(ids);
    QRectF area;
    for (TouchpointId id : ids)
        area |= m_scene->cardRect(id);
    if (!area.isEmpty())
        centerOn(area.center());
}

void MapCanvas::showLink(LinkId id)
{
    m_scene->selectLink(id);
    const QRectF area = m_scene->linkRect(id);
    if (!area.isEmpty())
        centerOn(area.center());
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain) {
        switch (event->key()) {
        case Qt::Key_Left:
            return moveCursor(-1, 0);
        case Qt::Key_Right:
            return moveCursor(1, 0);
        case Qt::Key_Up:
            return moveCursor(0, -1);
        case Qt::Key_Down:
            return moveCursor(0, 1);
        case Qt::Key_Tab:
            return nextCell(false);
        case Qt::Key_Backtab:
            return nextCell(true);
        case Qt::Key_Return:
        case Qt::Key_Enter:
            return addCardAtCursor();
        case Qt::Key_F2:
            if (selection()->kind() == MapSelection::Kind::Touchpoints && selection()->touchpoints().size() == 1)
                editTitle(selection()->touchpoints().first());
            return;
        case Qt::Key_Escape:
            m_scene->clearSelection();
            return;
        case Qt::Key_Space:
            if (!event->isAutoRepeat()) {
                m_spacePan = true;
                setDragMode(QGraphicsView::ScrollHandDrag);
            }
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

bool MapCanvas::focusNextPrevChild(bool)
{
    return false; // Tab walks the cells, not the widgets
}

void MapCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePan) {
        m_spacePan = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(ZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace stagecraft
