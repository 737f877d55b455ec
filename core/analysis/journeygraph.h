#pragma once

#include "model/journeymap.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <initializer_list>
#include <optional>
#include <span>
#include <vector>

namespace stagecraft {

// A card as a vertex: what the rules ask of it, looked up once.
struct TouchpointVertex {
    int touchpoint = -1; // index in JourneyMap::touchpoints (where it is now: see JourneyGraph::refreshPlaces)
    int owner = -1;      // index in JourneyMap::owners, -1 when it has none
    int stage = -1;      // left-to-right index of its stage
    int lane = -1;       // top-to-bottom index of its lane
    LaneKind laneKind = LaneKind::FrontStage;
    qint64 minutes = 0;  // processing time; 0 when not measured
};

// A link as an edge.
struct LinkEdge {
    int link = -1; // index in JourneyMap::links
    LinkKind kind = LinkKind::Flow;
    qint64 waitMinutes = 0; // observed wait; 0 when not measured
};

// Bidirectional so that "what depends on this" and "what this depends on"
// are both one out_edges/in_edges (or reverse_graph) away; compressed
// because the graph is built once per run and only read: two arrays instead
// of a list node per link.
using JourneyGraphType = boost::compressed_sparse_row_graph<boost::bidirectionalS, TouchpointVertex, LinkEdge>;

// Keeps the edges of some link kinds, for rules that follow only those.
struct LinkKindFilter {
    const JourneyGraphType *graph = nullptr;
    unsigned kinds = 0; // bit (1 << int(LinkKind))

    bool operator()(JourneyGraphType::edge_descriptor e) const { return kinds & (1u << int((*graph)[e].kind)); }
};

// The Boost.Graph model of one map: touchpoints are vertices, links are
// edges, owners and lanes are properties. It refers to the map, which must
// outlive it.
//
// Vertices are numbered by card id (vertex 0 is the card with the smallest
// id), not by the cards' order in the map: moving a card then renumbers
// nothing, so every tie a search breaks by vertex order (which unowned card
// is nearest, which of two equally slow paths) is the same before and after
// a move, and a graph kept from an earlier run stays valid after one
// (refreshPlaces).
class JourneyGraph {
public:
    using Graph = JourneyGraphType;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;
    using Filtered = boost::filtered_graph<Graph, LinkKindFilter>;

    explicit JourneyGraph(const JourneyMap &map);

    // After an edit that moved cards and changed nothing else the graph is
    // made of (the same cards, links and owners): re-reads each card's
    // stage, lane, lane kind and place in the map. Needs unique card ids.
    void refreshPlaces();
    bool hasUniqueIds() const { return m_uniqueIds; }

    const JourneyMap &map() const { return m_map; }
    const Graph &graph() const { return m_graph; }
    // Only the links of these kinds; the vertices are all the cards.
    Filtered linksOfKind(std::initializer_list<LinkKind> kinds) const;

    int vertexCount() const { return int(boost::num_vertices(m_graph)); }
    std::vector<Vertex> allVertices() const; // 0, 1, … for rules that take a list of cards
    const TouchpointVertex &operator[](Vertex v) const { return m_graph[v]; }
    const LinkEdge &operator[](Edge e) const { return m_graph[e]; }
    const Touchpoint &touchpoint(Vertex v) const { return m_map.touchpoints[size_t(m_graph[v].touchpoint)]; }
    // The card at `index` in map.touchpoints.
    Vertex vertexAt(int index) const { return m_vertexAt[size_t(index)]; }
    const Link &link(int index) const { return m_map.links[size_t(index)]; }
    const Owner *owner(Vertex v) const;
    QString ownerName(Vertex v) const; // empty when it has none
    const Stage &stage(Vertex v) const { return m_map.stages[size_t(m_graph[v].stage)]; }
    std::optional<Vertex> vertex(TouchpointId id) const;

    // A card in a lane of the organisation (not the customer's own steps or
    // notes) that has no owner.
    bool isUnowned(Vertex v) const;

    // The owners (indexes) a finding about these cards belongs to: their
    // own, or for a card without one, those of the cards linked with it.
    std::vector<int> departments(std::span<const Vertex> cards) const;
    void departments(std::span<const Vertex> cards, std::vector<int> &owners) const; // into a reused vector

private:
    // Card id → vertex. Ids are SQLite rowids, nearly dense, so a vector
    // beats hashing; sparse ids fall back to a binary search of m_ids.
    int vertexOfId(qint64 id) const;
    void readPlaces();

    const JourneyMap &m_map;
    std::vector<qint64> m_ids; // of each vertex, ascending
    std::vector<int> m_denseVertex; // by id; empty when ids are sparse
    std::vector<Vertex> m_vertexAt; // by index in map.touchpoints
    bool m_uniqueIds = true;
    Graph m_graph;
};

} // namespace stagecraft
