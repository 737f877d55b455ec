#include "journeygraph.h"

#include <algorithm>

namespace stagecraft {

namespace {

// Touchpoint id → vertex. Ids are SQLite rowids, nearly dense, so a vector
// beats hashing for the two look-ups per link; sparse ids fall back to the
// map's own hashed index.
class VertexLookup {
public:
    explicit VertexLookup(const JourneyMap &map) : m_map(map)
    {
        qint64 maxId = 0;
        for (const Touchpoint &t : map.touchpoints)
            maxId = std::max(maxId, t.id.value);
        if (maxId > 4 * qint64(map.touchpoints.size()) + 64)
            return;
        m_dense.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < map.touchpoints.size(); ++i)
            if (map.touchpoints[i].id.value > 0)
                m_dense[size_t(map.touchpoints[i].id.value)] = int(i);
    }

    int operator()(TouchpointId id) const
    {
        if (m_dense.empty())
            return m_map.touchpointIndex(id);
        return id.value > 0 && id.value < qint64(m_dense.size()) ? m_dense[size_t(id.value)] : -1;
    }

private:
    const JourneyMap &m_map;
    std::vector<int> m_dense;
};

} // namespace

namespace {

JourneyGraphType buildGraph(const JourneyMap &map)
{
    const VertexLookup lookup(map);
    std::vector<std::pair<size_t, size_t>> ends;
    std::vector<LinkEdge> properties;
    ends.reserve(map.links.size());
    properties.reserve(map.links.size());
    for (size_t i = 0; i < map.links.size(); ++i) {
        const Link &l = map.links[i];
        const int from = lookup(l.from);
        const int to = lookup(l.to);
        if (from < 0 || to < 0 || from == to)
            continue; // a broken reference: JourneyMap::problems() reports it, not the analysis
        ends.emplace_back(size_t(from), size_t(to));
        properties.push_back(LinkEdge{int(i), l.kind, l.waitTime ? l.waitTime->minutes : 0});
    }
    return JourneyGraphType(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), properties.begin(),
                            map.touchpoints.size());
}

} // namespace

JourneyGraph::JourneyGraph(const JourneyMap &map)
    : m_map(map), m_graph(buildGraph(map))
{
    // Owners, stages and lanes are few: positions by id, looked up once each.
    QHash<qint64, int> owners, stages, lanes;
    for (size_t i = 0; i < map.owners.size(); ++i)
        owners.insert(map.owners[i].id.value, int(i));
    for (size_t i = 0; i < map.stages.size(); ++i)
        stages.insert(map.stages[i].id.value, int(i));
    for (size_t i = 0; i < map.lanes.size(); ++i)
        lanes.insert(map.lanes[i].id.value, int(i));
    for (size_t i = 0; i < map.touchpoints.size(); ++i) {
        const Touchpoint &t = map.touchpoints[i];
        TouchpointVertex &v = m_graph[i];
        v.touchpoint = int(i);
        v.owner = t.owner ? owners.value(t.owner->value, -1) : -1;
        v.stage = stages.value(t.stage.value, -1);
        v.lane = lanes.value(t.lane.value, -1);
        if (v.lane >= 0)
            v.laneKind = map.lanes[size_t(v.lane)].kind;
        v.minutes = t.processingTime ? t.processingTime->minutes : 0;
    }
}

JourneyGraph::Filtered JourneyGraph::linksOfKind(std::initializer_list<LinkKind> kinds) const
{
    unsigned mask = 0;
    for (LinkKind k : kinds)
        mask |= 1u << int(k);
    return Filtered(m_graph, LinkKindFilter{&m_graph, mask});
}

const Owner *JourneyGraph::owner(Vertex v) const
{
    const int o = m_graph[v].owner;
    return o < 0 ? nullptr : &m_map.owners[size_t(o)];
}

QString JourneyGraph::ownerName(Vertex v) const
{
    const Owner *o = owner(v);
    return o ? o->name : QString();
}

std::optional<JourneyGraph::Vertex> JourneyGraph::vertex(TouchpointId id) const
{
    const int i = m_map.touchpointIndex(id);
    return i < 0 ? std::nullopt : std::optional<Vertex>(Vertex(i));
}

bool JourneyGraph::isUnowned(Vertex v) const
{
    return m_graph[v].owner < 0 && laneNeedsOwner(m_graph[v].laneKind);
}

std::vector<int> JourneyGraph::departments(std::span<const Vertex> cards) const
{
    std::vector<int> owners;
    departments(cards, owners);
    return owners;
}

void JourneyGraph::departments(std::span<const Vertex> cards, std::vector<int> &owners) const
{
    owners.clear();
    for (Vertex v : cards) {
        if (m_graph[v].owner >= 0) {
            owners.push_back(m_graph[v].owner);
            continue;
        }
        for (const Edge e : boost::make_iterator_range(boost::out_edges(v, m_graph)))
            owners.push_back(m_graph[boost::target(e, m_graph)].owner);
        for (const Edge e : boost::make_iterator_range(boost::in_edges(v, m_graph)))
            owners.push_back(m_graph[boost::source(e, m_graph)].owner);
    }
    std::erase(owners, -1);
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
}

} // namespace stagecraft
