#include "mapselection.h"

namespace stagecraft {

void MapSelection::clear() { set(Kind::None, {}, {}, {}, {}, {}); }

void MapSelection::setTouchpoints(const QList<TouchpointId> &ids)
{
    set(ids.isEmpty() ? Kind::None : Kind::Touchpoints, ids, {}, {}, {}, {});
}

void MapSelection::setLink(LinkId id) { set(Kind::Link, {}, id, {}, {}, {}); }
void MapSelection::setPhase(PhaseId id) { set(Kind::Phase, {}, {}, id, {}, {}); }
void MapSelection::setStage(StageId id) { set(Kind::Stage, {}, {}, {}, id, {}); }
void MapSelection::setLane(LaneId id) { set(Kind::Lane, {}, {}, {}, {}, id); }

void MapSelection::set(Kind kind, QList<TouchpointId> touchpoints, LinkId link, PhaseId phase, StageId stage,
                       LaneId lane)
{
    if (kind == m_kind && touchpoints == m_touchpoints && link == m_link && phase == m_phase && stage == m_stage
        && lane == m_lane)
        return;
    m_kind = kind;
    m_touchpoints = std::move(touchpoints);
    m_link = link;
    m_phase = phase;
    m_stage = stage;
    m_lane = lane;
    Q_EMIT changed();
}

} // namespace stagecraft
