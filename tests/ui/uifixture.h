#pragma once

#include "analysis/analysisrunner.h"
#include "canvas/mapcanvas.h"
#include "canvas/mapscene.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QTest>
#include <memory>

namespace stagecraft::test {

enum class Access { Writable, ReadOnly };

// The small test map in a file of its own, opened as asked.
inline std::unique_ptr<JourneyDocument> openSmallMap(Scratch &scratch, Access access)
{
    auto doc = createDocument(scratch, smallMap());
    if (access == Access::Writable)
        return doc;
    const QString path = doc->filePath();
    doc.reset();
    return JourneyDocument::open(path, /*readOnly=*/true).document;
}

// A canvas over the small test map, shown and active so that keys and mouse
// events reach it as they do for a user.
struct CanvasFixture {
    Scratch scratch;
    std::unique_ptr<JourneyDocument> doc;
    AnalysisRunner runner;
    MapCanvas canvas;

    explicit CanvasFixture(Access access = Access::Writable)
        : doc(openSmallMap(scratch, access)), runner(doc.get()), canvas(doc.get(), &runner)
    {
        runner.runNow();
        canvas.resize(1400, 900);
        canvas.show();
        canvas.activateWindow();
        QApplication::setActiveWindow(&canvas);
        (void)QTest::qWaitForWindowExposed(&canvas);
        canvas.setZoom(1.0);
        canvas.centerOn(canvas.mapScene()->mapRect().center());
        canvas.setFocus();
    }

    QPoint viewPoint(const QPointF &scenePos) const { return canvas.mapFromScene(scenePos); }
    QWidget *viewport() const { return canvas.viewport(); }
    // Left-button drag from `a` to `b` in scene coordinates, in several steps.
    void drag(const QPointF &a, const QPointF &b, Qt::KeyboardModifiers releaseModifiers = {}) const
    {
        const QPoint from = viewPoint(a), to = viewPoint(b);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 5);
        QTest::mouseRelease(viewport(), Qt::LeftButton, releaseModifiers, to);
    }
};

} // namespace stagecraft::test
