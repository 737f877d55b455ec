#include "headermenu.h"

#include "commands/edit.h"
#include "mapscene.h"
#include "model/journeydocument.h"

#include <QCoreApplication>
#include <QMenu>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("HeaderMenu", text); }

void phaseMenu(QMenu &menu, MapScene *scene, PhaseId id)
{
    JourneyDocument &doc = *scene->document();
    const JourneyMap &map = doc.map();
    const int index = map.phaseIndex(id);
    menu.addAction(tr("Rename Phase"), [=] { Q_EMIT scene->editHeaderRequested(QStringLiteral("phase"), id.value); });
    menu.addAction(tr("Add Stage to Phase"), [=, &doc] {
        const StageId s = edit::addStage(doc, id, int(doc.map().stagesOf(id).size()), tr("New stage"));
        if (s.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("stage"), s.value);
    });
    menu.addSeparator();
    menu.addAction(tr("Add Phase Before"), [=, &doc] {
        const PhaseId p = edit::addPhase(doc, tr("New phase"), index, tr("New stage"));
        if (p.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("phase"), p.value);
    });
    menu.addAction(tr("Add Phase After"), [=, &doc] {
        const PhaseId p = edit::addPhase(doc, tr("New phase"), index + 1, tr("New stage"));
        if (p.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("phase"), p.value);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete Phase"), [=, &doc] { edit::removePhase(doc, id); })
        ->setEnabled(map.phases.size() > 1);
}

void stageMenu(QMenu &menu, MapScene *scene, StageId id)
{
    JourneyDocument &doc = *scene->document();
    const JourneyMap &map = doc.map();
    const Stage *stage = map.stage(id);
    const PhaseId phase = stage->phase;
    const int index = map.stageIndexInPhase(id);
    menu.addAction(tr("Rename Stage"), [=] { Q_EMIT scene->editHeaderRequested(QStringLiteral("stage"), id.value); });
    menu.addSeparator();
    menu.addAction(tr("Add Stage Before"), [=, &doc] {
        if (StageId s = edit::addStage(doc, phase, index, tr("New stage")); s.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("stage"), s.value);
    });
    menu.addAction(tr("Add Stage After"), [=, &doc] {
        if (StageId s = edit::addStage(doc, phase, index + 1, tr("New stage")); s.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("stage"), s.value);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete Stage and Its Cards"), [=, &doc] { edit::removeStage(doc, id); })
        ->setEnabled(map.stagesOf(phase).size() > 1);
}

void laneMenu(QMenu &menu, MapScene *scene, LaneId id)
{
    JourneyDocument &doc = *scene->document();
    const JourneyMap &map = doc.map();
    const Lane lane = *map.lane(id);
    const int index = map.laneIndex(id);
    menu.addAction(tr("Rename Lane"), [=] { Q_EMIT scene->editHeaderRequested(QStringLiteral("lane"), id.value); });
    QMenu *kinds = menu.addMenu(tr("Lane Kind"));
    for (LaneKind k : {LaneKind::Customer, LaneKind::FrontStage, LaneKind::OnStage, LaneKind::BackStage,
                       LaneKind::Support, LaneKind::Evidence, LaneKind::Notes}) {
        QAction *a = kinds->addAction(laneKindTitle(k), [=, &doc] {
            Lane changed = lane;
            changed.kind = k;
            edit::changeLane(doc, changed);
        });
        a->setCheckable(true);
        a->setChecked(k == lane.kind);
    }
    menu.addSeparator();
    menu.addAction(tr("Add Lane Above"), [=, &doc] {
        if (LaneId l = edit::addLane(doc, tr("New lane"), lane.kind, index); l.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("lane"), l.value);
    });
    menu.addAction(tr("Add Lane Below"), [=, &doc] {
        if (LaneId l = edit::addLane(doc, tr("New lane"), lane.kind, index + 1); l.isValid())
            Q_EMIT scene->editHeaderRequested(QStringLiteral("lane"), l.value);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete Lane and Its Cards"), [=, &doc] { edit::removeLane(doc, id); })
        ->setEnabled(map.lanes.size() > 1);
}

} // namespace

void HeaderMenu::exec(MapScene *scene, HeaderItem::Kind kind, qint64 id, const QPoint &screenPos)
{
    if (scene->document()->isReadOnly())
        return;
    QMenu menu;
    if (kind == HeaderItem::Kind::Phase && scene->map().phase(PhaseId(id)))
        phaseMenu(menu, scene, PhaseId(id));
    else if (kind == HeaderItem::Kind::Stage && scene->map().stage(StageId(id)))
        stageMenu(menu, scene, StageId(id));
    else if (kind == HeaderItem::Kind::Lane && scene->map().lane(LaneId(id)))
        laneMenu(menu, scene, LaneId(id));
    if (!menu.isEmpty())
        menu.exec(screenPos);
}

void HeaderMenu::execForCell(MapScene *scene, int stageIndex, int laneIndex, const QPoint &screenPos)
{
    if (scene->document()->isReadOnly())
        return;
    QMenu menu;
    menu.addAction(tr("Add Card Here"), [=] { Q_EMIT scene->addCardRequested(stageIndex, laneIndex); });
    menu.exec(screenPos);
}

} // namespace stagecraft
