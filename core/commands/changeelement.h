#pragma once

#include "documentcommand.h"

namespace stagecraft {

// Replaces one element's properties (title, owner, colour, times, …) with a
// new value; undo puts the old value back. Consecutive changes to the same
// element marked `typing` merge, so a title typed letter by letter is one step.
// Cell and phase membership are not properties: use the move commands.
template <typename T>
class ChangeElement : public DocumentCommand {
public:
    ChangeElement(JourneyDocument *document, const T &newValue, const QString &text, bool typing = false);

    int id() const override { return m_typing ? int(MergeId::ChangeProperty) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    T m_old;
    T m_new;
    bool m_typing;
};

using ChangeTouchpoint = ChangeElement<Touchpoint>;
using ChangeLink = ChangeElement<Link>;
using ChangeOwner = ChangeElement<Owner>;
using ChangeStage = ChangeElement<Stage>;
using ChangeLane = ChangeElement<Lane>;
using ChangePhase = ChangeElement<Phase>;
using ChangeMapInfo = ChangeElement<MapInfo>;

} // namespace stagecraft
