#include "changeelement.h"

namespace stagecraft {

namespace {
// How each kind of element is read from the map and written by an edit.
Touchpoint currentOf(const JourneyMap &m, const Touchpoint &t)
{
    const Touchpoint *old = m.touchpoint(t.id);
    return old ? *old : t;
}
Link currentOf(const JourneyMap &m, const Link &l) { return m.link(l.id) ? *m.link(l.id) : l; }
Owner currentOf(const JourneyMap &m, const Owner &o) { return m.owner(o.id) ? *m.owner(o.id) : o; }
Stage currentOf(const JourneyMap &m, const Stage &s) { return m.stage(s.id) ? *m.stage(s.id) : s; }
Lane currentOf(const JourneyMap &m, const Lane &l) { return m.lane(l.id) ? *m.lane(l.id) : l; }
Phase currentOf(const JourneyMap &m, const Phase &p) { return m.phase(p.id) ? *m.phase(p.id) : p; }
MapInfo currentOf(const JourneyMap &m, const MapInfo &) { return m.info; }

// Membership stays where it is: only the move commands change it.
void keepPlace(const Touchpoint &old, Touchpoint &t) { t.stage = old.stage, t.lane = old.lane; }
void keepPlace(const Stage &old, Stage &s) { s.phase = old.phase; }
void keepPlace(const Link &old, Link &l) { l.from = old.from, l.to = old.to; }
void keepPlace(const MapInfo &old, MapInfo &i) { i.created = old.created, i.modified = old.modified; }
template <typename T>
void keepPlace(const T &, T &)
{
}

bool sameElement(const MapInfo &, const MapInfo &) { return true; }
template <typename T>
bool sameElement(const T &a, const T &b)
{
    return a.id == b.id;
}

void write(DocumentEdit &e, const Touchpoint &t) { e.updateTouchpoint(t); }
void write(DocumentEdit &e, const Link &l) { e.updateLink(l); }
void write(DocumentEdit &e, const Owner &o) { e.updateOwner(o); }
void write(DocumentEdit &e, const Stage &s) { e.updateStage(s); }
void write(DocumentEdit &e, const Lane &l) { e.updateLane(l); }
void write(DocumentEdit &e, const Phase &p) { e.updatePhase(p); }
void write(DocumentEdit &e, const MapInfo &i)
{
    MapInfo kept = i;
    kept.modified = e.map().info.modified;
    e.setInfo(kept);
}
} // namespace

template <typename T>
ChangeElement<T>::ChangeElement(JourneyDocument *document, const T &newValue, const QString &text, bool typing)
    : DocumentCommand(document, text), m_old(currentOf(document->map(), newValue)), m_new(newValue), m_typing(typing)
{
    keepPlace(m_old, m_new);
}

template <typename T>
bool ChangeElement<T>::mergeWith(const QUndoCommand *other)
{
    const auto *change = dynamic_cast<const ChangeElement<T> *>(other);
    if (!change || !change->m_typing || !sameElement(m_new, change->m_new) || change->text() != text())
        return false;
    m_new = change->m_new;
    return true;
}

template <typename T>
void ChangeElement<T>::redoEdit(DocumentEdit &edit)
{
    write(edit, m_new);
}

template <typename T>
void ChangeElement<T>::undoEdit(DocumentEdit &edit)
{
    write(edit, m_old);
}

template class ChangeElement<Touchpoint>;
template class ChangeElement<Link>;
template class ChangeElement<Owner>;
template class ChangeElement<Stage>;
template class ChangeElement<Lane>;
template class ChangeElement<Phase>;
template class ChangeElement<MapInfo>;

} // namespace stagecraft
