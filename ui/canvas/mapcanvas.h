#pragma once

#include "model/ids.h"

#include <QGraphicsView>
#include <QPointer>

class QLineEdit;

namespace stagecraft {

class AnalysisRunner;
class JourneyDocument;
class MapScene;
class MapSelection;

// The view over one map: zoom, pan, the keyboard cell cursor and in-place
// typing of titles. Constructible without a main window (benchmarks, tests).
class MapCanvas : public QGraphicsView {
    Q_OBJECT

public:
    MapCanvas(JourneyDocument *doc, AnalysisRunner *runner, QWidget *parent = nullptr);
    ~MapCanvas() override;

    MapScene *mapScene() const { return m_scene; }
    MapSelection *selection() const;

    double zoom() const;
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // What a freshly opened map shows: all of it if readable, else its start.
    void fitOnOpen();

    void setFocusDepartment(const QString &department);
    void setWorkshopMode(bool on);

    // The keyboard cursor, as indexes into the map's stages and lanes.
    int cursorStage() const { return m_cursorStage; }
    int cursorLane() const { return m_cursorLane; }
    void setCursorCell(int stageIndex, int laneIndex);

    // Starts typing a new card's title in the cursor cell.
    void addCardAtCursor();
    void editTitle(TouchpointId id);
    // Renames a header in place (a phase, stage or lane header).
    void editHeaderName(const QString &kind, qint64 id);
    bool isEditing() const;
    QLineEdit *inlineEditor() const;

    void deleteSelection();
    // Selects the cards and scrolls them into the middle of the view.
    void showTouchpoints(const QList<TouchpointId> &ids);
    void showLink(LinkId id);

Q_SIGNALS:
    void zoomChanged(double factor);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class EditTarget { None, NewCard, Title, Phase, Stage, Lane };

    void moveCursor(int dStage, int dLane);
    void nextCell(bool backwards);
    void startEditor(EditTarget target, qint64 id, const QRectF &sceneRect, const QString &text);
    void placeEditor();
    void commitEditor();
    void cancelEditor();
    void clampCursor();

    JourneyDocument *m_doc;
    MapScene *m_scene = nullptr;
    QPointer<QLineEdit> m_editor;
    EditTarget m_editTarget = EditTarget::None;
    qint64 m_editId = 0;
    QRectF m_editRect;
    int m_cursorStage = 0;
    int m_cursorLane = 0;
    bool m_fitted = false;
    bool m_spacePan = false;
    bool m_panning = false;
    QPoint m_panFrom;
    double m_workshopScale = 1.0;
};

} // namespace stagecraft
