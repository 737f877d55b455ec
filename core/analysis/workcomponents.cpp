#include "workcomponents.h"

#include <boost/graph/strong_components.hpp>

namespace stagecraft {

WorkComponents::WorkComponents(const JourneyGraph &graph) : m_of(size_t(graph.vertexCount()))
{
    const auto work = graph.linksOfKind({LinkKind::Flow, LinkKind::Handoff});
    const int count = int(boost::strong_components(
        work, boost::make_iterator_property_map(m_of.begin(), boost::get(boost::vertex_index, graph.graph()))));
    // A counting sort by component keeps each component's cards in map order.
    m_start.assign(size_t(count) + 1, 0);
    for (int c : m_of)
        ++m_start[size_t(c) + 1];
    for (size_t c = 1; c < m_start.size(); ++c)
        m_start[c] += m_start[c - 1];
    m_members.resize(m_of.size());
    std::vector<int> next(m_start.begin(), m_start.end() - 1);
    for (size_t v = 0; v < m_of.size(); ++v)
        m_members[size_t(next[size_t(m_of[v])]++)] = Vertex(v);
}

} // namespace stagecraft
