#include "mapbuilder.h"

#include "ownerpalette.h"

#include <QSet>

namespace stagecraft {

PhaseId MapBuilder::phase(const QString &name)
{
    if (const auto it = m_phases.constFind(name); it != m_phases.constEnd())
        return *it;
    const Phase p{m_map.nextPhaseId(), m_map.freshPhaseKey(), name};
    m_map.insertPhase(p, int(m_map.phases.size()));
    m_phases.insert(name, p.id);
    return p.id;
}

StageId MapBuilder::stage(PhaseId phase, const QString &name)
{
    const QPair<qint64, QString> key{phase.value, name};
    if (const auto it = m_stages.constFind(key); it != m_stages.constEnd())
        return *it;
    const Stage s{m_map.nextStageId(), m_map.freshStageKey(), phase, name};
    m_map.insertStage(s, int(m_map.stages.size())); // clamped: the end of its phase
    m_stages.insert(key, s.id);
    return s.id;
}

const Lane *MapBuilder::lane(const QString &name) const
{
    for (const Lane &l : m_map.lanes)
        if (l.name == name)
            return &l;
    return nullptr;
}

LaneId MapBuilder::addLane(const QString &name, LaneKind kind)
{
    const Lane l{m_map.nextLaneId(), m_map.freshLaneKey(), name, kind};
    m_map.insertLane(l, int(m_map.lanes.size()));
    return l.id;
}

OwnerId MapBuilder::owner(const QString &name)
{
    if (const auto it = m_owners.constFind(name); it != m_owners.constEnd())
        return *it;
    const int index = int(m_map.owners.size());
    const Owner o{m_map.nextOwnerId(), m_map.freshOwnerKey(), name, ownerPaletteColor(index), QString()};
    m_map.insertOwner(o, index);
    m_owners.insert(name, o.id);
    return o.id;
}

Owner &MapBuilder::ownerById(OwnerId id)
{
    return m_map.owners[size_t(m_map.ownerIndex(id))];
}

TouchpointId MapBuilder::addTouchpoint(Touchpoint tp)
{
    tp.id = TouchpointId(qint64(m_map.touchpoints.size()) + 1);
    m_map.touchpoints.push_back(tp); // appended: last in its cell
    return tp.id;
}

void MapBuilder::addLink(TouchpointId from, TouchpointId to, LinkKind kind)
{
    Link l;
    l.id = LinkId(qint64(m_map.links.size()) + 1);
    l.key = QStringLiteral("k%1").arg(l.id.value);
    l.from = from;
    l.to = to;
    l.kind = kind;
    m_map.links.push_back(l);
}

JourneyMap MapBuilder::finish()
{
    QSet<QString> used;
    for (const Touchpoint &t : m_map.touchpoints)
        used.insert(t.key);
    int n = 0;
    for (Touchpoint &t : m_map.touchpoints) {
        while (t.key.isEmpty()) {
            const QString key = QStringLiteral("t%1").arg(++n);
            if (!used.contains(key))
                t.key = key;
        }
    }
    return std::move(m_map);
}

} // namespace stagecraft
