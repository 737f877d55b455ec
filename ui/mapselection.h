#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>

namespace stagecraft {

// What the user has selected on the map: cards, one link, or one header.
// The canvas writes it, the properties dock and the findings dock read it.
class MapSelection : public QObject {
    Q_OBJECT

public:
    enum class Kind { None, Touchpoints, Link, Phase, Stage, Lane };

    explicit MapSelection(QObject *parent = nullptr) : QObject(parent) {}

    Kind kind() const { return m_kind; }
    const QList<TouchpointId> &touchpoints() const { return m_touchpoints; }
    LinkId link() const { return m_link; }
    PhaseId phase() const { return m_phase; }
    StageId stage() const { return m_stage; }
    LaneId lane() const { return m_lane; }

    void clear();
    void setTouchpoints(const QList<TouchpointId> &ids);
    void setLink(LinkId id);
    void setPhase(PhaseId id);
    void setStage(StageId id);
    void setLane(LaneId id);

Q_SIGNALS:
    void changed();

private:
    void set(Kind kind, QList<TouchpointId> touchpoints, LinkId link, PhaseId phase, StageId stage, LaneId lane);

    Kind m_kind = Kind::None;
    QList<TouchpointId> m_touchpoints;
    LinkId m_link;
    PhaseId m_phase;
    StageId m_stage;
    LaneId m_lane;
};

} // namespace stagecraft
