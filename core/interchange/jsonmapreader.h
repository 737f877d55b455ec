#pragma once

#include "jsonfields.h"

#include <QHash>
#include <QJsonObject>

namespace stagecraft {

// Reads one interchange JSON document into a JourneyMap, checking every rule
// of the format before anything is returned.
class JsonMapReader : private JsonFields {
public:
    explicit JsonMapReader(const QByteArray &json) : m_json(json) {}
    ImportResult read();

private:
    void readHeader(const QJsonObject &root);
    void readOwners(const QJsonObject &root);
    void readPhases(const QJsonObject &root);
    void readLanes(const QJsonObject &root);
    void readTouchpoints(const QJsonObject &root);
    void readTouchpoint(const QJsonObject &obj, Where &where, QSet<QString> &used);
    void readLinks(const QJsonObject &root);

    const QByteArray &m_json;
    JourneyMap m_map;
    QHash<QString, OwnerId> m_owners;
    QHash<QString, StageId> m_stages;
    QHash<QString, LaneId> m_lanes;
    QHash<QString, TouchpointId> m_touchpoints;
};

} // namespace stagecraft
