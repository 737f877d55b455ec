#pragma once

#include "journeygraph.h"

#include <span>
#include <vector>

namespace stagecraft {

// The strong components of the work (flow and hand-off links), found once
// per run for the two rules that need them: a component of two or more
// cards is a loop, and the slow path condenses each to one step.
class WorkComponents {
public:
    using Vertex = JourneyGraph::Vertex;

    explicit WorkComponents(const JourneyGraph &graph);

    int count() const { return int(m_start.size()) - 1; }
    const std::vector<int> &of() const { return m_of; } // the component of each card
    // The cards of component `c`, in map order.
    std::span<const Vertex> members(int c) const
    {
        return {m_members.data() + m_start[size_t(c)], m_members.data() + m_start[size_t(c) + 1]};
    }

private:
    std::vector<int> m_of;
    // All cards grouped by component (one array, not one vector per
    // component: most of 10,000 components are single cards).
    std::vector<Vertex> m_members;
    std::vector<int> m_start; // where each component begins in m_members; one past the end last
};

} // namespace stagecraft
