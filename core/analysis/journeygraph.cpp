#include "journeygraph.h"

#include <algorithm>
#include <numeric>

namespace stagecraft {

namespace {

// Id → position in `items` for the few stages, lanes and owners (or any
// elements): a vector when the ids are dense, as SQLite rowids are, else a hash.
class Positions {
public:
    template <typename T>
    explicit Positions(const std::vector<T> &items)
    {
        qint64 minId = 1, maxId = 0;
        for (const T &item : items) {
            minId = std::min(minId, item.id.value);
            maxId = std::max(maxId, item.id.value);
        }
        if (minId > 0 && maxId <= 4 * qint64(items.size()) + 64) {
            m_dense.assign(size_t(maxId) + 1, -1);
            for (size_t i = items.size(); i-- > 0;) // the first of equal ids wins, as in a hash below
                m_dense[size_t(items[i].id.value)] = int(i);
        } else {
            for (size_t i = items.size(); i-- > 0;)
                m_sparse.insert(items[i].id.value, int(i));
        }
    }

    int operator()(qint64 id) const
    {
        if (m_dense.empty())
            return m_sparse.value(id, -1);
        return id >= 0 && id < qint64(m_dense.size()) ? m_dense[size_t(id)] : -1;
    }

private:
    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

} // namespace

JourneyGraph::JourneyGraph(const JourneyMap &map) : m_map(map)
{
    const size_t n = map.touchpoints.size();
    // Vertex v is the card of the v-th smallest id (a map with a duplicate
    // id, which JourneyMap::problems() reports, still gets a vertex per card).
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return map.touchpoints[size_t(a)].id < map.touchpoints[size_t(b)].id; });
    m_ids.resize(n);
    m_vertexAt.resize(n);
    for (size_t v = 0; v < n; ++v) {
        m_ids[v] = map.touchpoints[size_t(order[v])].id.value;
        m_vertexAt[size_t(order[v])] = Vertex(v);
    }
    m_uniqueIds = std::adjacent_find(m_ids.begin(), m_ids.end()) == m_ids.end();
    if (!m_ids.empty() && m_ids.front() > 0 && m_ids.back() <= 4 * qint64(n) + 64) {
        m_denseVertex.assign(size_t(m_ids.back()) + 1, -1);
        for (size_t v = n; v-- > 0;) // the first of equal ids wins
            m_denseVertex[size_t(m_ids[v])] = int(v);
    }

    std::vector<std::pair<size_t, size_t>> ends;
    std::vector<LinkEdge> properties;
    ends.reserve(map.links.size());
    properties.reserve(map.links.size());
    for (size_t i = 0; i < map.links.size(); ++i) {
        const Link &l = map.links[i];
        const int from = vertexOfId(l.from.value);
        const int to = vertexOfId(l.to.value);
        if (from < 0 || to < 0 || from == to)
            continue; // a broken reference: JourneyMap::problems() reports it, not the analysis
        ends.emplace_back(size_t(from), size_t(to));
        properties.push_back(LinkEdge{int(i), l.kind, l.waitTime ? l.waitTime->minutes : 0});
    }
    // Edges keep their input order per card, so each card's links are in
    // map order, whatever the vertex numbering.
    m_graph = Graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), properties.begin(), n);

    const Positions owners(map.owners);
    for (size_t i = 0; i < n; ++i) {
        const Touchpoint &t = map.touchpoints[i];
        TouchpointVertex &v = m_graph[m_vertexAt[i]];
        v.owner = t.owner ? owners(t.owner->value) : -1;
        v.minutes = t.processingTime ? t.processingTime->minutes : 0;
    }
    readPlaces();
}

void JourneyGraph::refreshPlaces()
{
    Q_ASSERT(m_uniqueIds && m_map.touchpoints.size() == m_ids.size());
    for (size_t i = 0; i < m_map.touchpoints.size(); ++i)
        m_vertexAt[i] = Vertex(vertexOfId(m_map.touchpoints[i].id.value));
    readPlaces();
}

void JourneyGraph::readPlaces()
{
    // Stages and lanes are few: positions by id, looked up once each.
    const Positions stages(m_map.stages), lanes(m_map.lanes);
    for (size_t i = 0; i < m_map.touchpoints.size(); ++i) {
        const Touchpoint &t = m_map.touchpoints[i];
        TouchpointVertex &v = m_graph[m_vertexAt[i]];
        v.touchpoint = int(i);
        v.stage = stages(t.stage.value);
        v.lane = lanes(t.lane.value);
        v.laneKind = v.lane >= 0 ? m_map.lanes[size_t(v.lane)].kind : LaneKind::FrontStage;
    }
}

int JourneyGraph::vertexOfId(qint64 id) const
{
    if (!m_denseVertex.empty())
        return id > 0 && id < qint64(m_denseVertex.size()) ? m_denseVertex[size_t(id)] : -1;
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? int(it - m_ids.begin()) : -1;
}

JourneyGraph::Filtered JourneyGraph::linksOfKind(std::initializer_list<LinkKind> kinds) const
{
    unsigned mask = 0;
    for (LinkKind k : kinds)
        mask |= 1u << int(k);
    return Filtered(m_graph, LinkKindFilter{&m_graph, mask});
}

std::vector<JourneyGraph::Vertex> JourneyGraph::allVertices() const
{
    std::vector<Vertex> all(static_cast<size_t>(vertexCount()));
    std::iota(all.begin(), all.end(), Vertex(0));
    return all;
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
    const int v = vertexOfId(id.value);
    return v < 0 ? std::nullopt : std::optional<Vertex>(Vertex(v));
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
