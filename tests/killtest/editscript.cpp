#include "editscript.h"

#include "commands/edit.h"
#include "interchange/journeyjson.h"

#include <QDir>

namespace stagecraft::killtest {

QString EditScript::step(JourneyDocument &doc, const QString &sideDir)
{
    ++m_steps;
    // Weights: mostly card edits, as in a workshop; now and then the rarer,
    // heavier operations whose own files must also survive a kill.
    const int roll = below(100);
    if (roll < 22) return addCard(doc);
    if (roll < 34) return moveCard(doc);
    if (roll < 46) return renameCard(doc);
    if (roll < 54) return deleteCards(doc);
    if (roll < 64) return addLink(doc);
    if (roll < 68) return removeLink(doc);
    if (roll < 73) return assignOwner(doc);
    if (roll < 75) return addStage(doc);
    if (roll < 78) return retitleMap(doc);
    if (roll < 88) return undoRedo(doc, true);
    if (roll < 95) return undoRedo(doc, false);
    if (roll < 98) return saveCopy(doc, sideDir);
    return importCopy(doc, sideDir);
}

QString EditScript::addCard(JourneyDocument &doc)
{
    const JourneyMap &map = doc.map();
    const Stage *stage = pick(map.stages);
    const Lane *lane = pick(map.lanes);
    if (!stage || !lane)
        return QStringLiteral("add-card refused: empty grid");
    const int index = below(int(map.cell(stage->id, lane->id).size()) + 1);
    const QString title = QStringLiteral("Card %1-%2").arg(m_steps).arg(below(100000));
    const TouchpointId id = edit::addTouchpoint(doc, stage->id, lane->id, index, title);
    return QStringLiteral("add-card %1 '%2'").arg(id.value).arg(title);
}

QString EditScript::moveCard(JourneyDocument &doc)
{
    const JourneyMap &map = doc.map();
    const Touchpoint *card = pick(map.touchpoints);
    const Stage *stage = pick(map.stages);
    const Lane *lane = pick(map.lanes);
    if (!card || !stage || !lane)
        return QStringLiteral("move-card refused: nothing to move");
    const TouchpointId id = card->id;
    const int index = below(int(map.cell(stage->id, lane->id).size()));
    const bool ok = edit::moveTouchpoints(doc, {id}, stage->id, lane->id, index);
    return QStringLiteral("move-card %1 %2").arg(id.value).arg(ok ? "done" : "refused");
}

QString EditScript::renameCard(JourneyDocument &doc)
{
    const Touchpoint *card = pick(doc.map().touchpoints);
    if (!card)
        return QStringLiteral("rename-card refused: no cards");
    Touchpoint changed = *card;
    changed.title = QStringLiteral("Renamed %1-%2").arg(m_steps).arg(below(100000));
    // Typing merges into one undo step: exercises merged commands too.
    const bool ok = edit::changeTouchpoint(doc, changed, below(2) == 0);
    return QStringLiteral("rename-card %1 '%2' %3").arg(changed.id.value).arg(changed.title, ok ? "done" : "refused");
}

QString EditScript::deleteCards(JourneyDocument &doc)
{
    const JourneyMap &map = doc.map();
    QList<TouchpointId> ids;
    for (int n = 1 + below(2); n > 0 && !map.touchpoints.empty(); --n)
        if (const TouchpointId id = pick(map.touchpoints)->id; !ids.contains(id))
            ids << id;
    if (ids.isEmpty())
        return QStringLiteral("delete-cards refused: no cards");
    const bool ok = edit::removeTouchpoints(doc, ids);
    return QStringLiteral("delete-cards %1 %2").arg(ids.size()).arg(ok ? "done" : "refused");
}

QString EditScript::addLink(JourneyDocument &doc)
{
    const JourneyMap &map = doc.map();
    if (map.touchpoints.size() < 2)
        return QStringLiteral("add-link refused: too few cards");
    const TouchpointId from = pick(map.touchpoints)->id;
    const TouchpointId to = pick(map.touchpoints)->id;
    const LinkKind kind = LinkKind(below(3));
    const LinkId id = edit::addLink(doc, from, to, kind);
    return QStringLiteral("add-link %1->%2 %3").arg(from.value).arg(to.value).arg(id.isValid() ? "done" : "refused");
}

QString EditScript::removeLink(JourneyDocument &doc)
{
    const Link *link = pick(doc.map().links);
    if (!link)
        return QStringLiteral("remove-link refused: no links");
    const LinkId id = link->id;
    return QStringLiteral("remove-link %1 %2").arg(id.value).arg(edit::removeLinks(doc, {id}) ? "done" : "refused");
}

QString EditScript::assignOwner(JourneyDocument &doc)
{
    const JourneyMap &map = doc.map();
    const Touchpoint *card = pick(map.touchpoints);
    if (!card)
        return QStringLiteral("assign-owner refused: no cards");
    const TouchpointId id = card->id;
    std::optional<OwnerId> owner;
    if (const Owner *o = pick(map.owners); o && below(4) != 0)
        owner = o->id;
    const bool ok = edit::assignOwner(doc, {id}, owner);
    return QStringLiteral("assign-owner %1 %2").arg(id.value).arg(ok ? "done" : "refused");
}

QString EditScript::addStage(JourneyDocument &doc)
{
    const Phase *phase = pick(doc.map().phases);
    if (!phase)
        return QStringLiteral("add-stage refused: no phase");
    const StageId id = edit::addStage(doc, phase->id, 0, QStringLiteral("Stage %1").arg(m_steps));
    return QStringLiteral("add-stage %1").arg(id.value);
}

QString EditScript::retitleMap(JourneyDocument &doc)
{
    MapInfo info = doc.map().info;
    info.title = QStringLiteral("Workshop map, edit %1").arg(m_steps);
    return QStringLiteral("retitle-map %1").arg(edit::changeMapInfo(doc, info) ? "done" : "refused");
}

QString EditScript::undoRedo(JourneyDocument &doc, bool undo)
{
    QUndoStack *stack = doc.undoStack();
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return undo ? QStringLiteral("undo: nothing to undo") : QStringLiteral("redo: nothing to redo");
    const QString text = undo ? stack->undoText() : stack->redoText();
    undo ? stack->undo() : stack->redo();
    return QStringLiteral("%1 '%2'").arg(undo ? "undo" : "redo", text);
}

QString EditScript::saveCopy(JourneyDocument &doc, const QString &sideDir)
{
    const QString error = doc.saveCopy(QDir(sideDir).filePath(QStringLiteral("copy.journey")));
    return error.isEmpty() ? QStringLiteral("save-copy done") : QStringLiteral("save-copy failed: %1").arg(error);
}

QString EditScript::importCopy(JourneyDocument &doc, const QString &sideDir)
{
    // Export then import into a new file, as a user re-imports a JSON file.
    const ImportResult imported = readJourneyJson(writeJourneyJson(doc.map()));
    if (!imported)
        return QStringLiteral("import failed: %1").arg(imported.error);
    const auto created = JourneyDocument::create(QDir(sideDir).filePath(QStringLiteral("imported.journey")), *imported.map);
    return created.error ? QStringLiteral("import failed: %1").arg(created.error.message) : QStringLiteral("import done");
}

} // namespace stagecraft::killtest
