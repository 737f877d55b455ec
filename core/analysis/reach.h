#pragma once

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/pending/queue.hpp>
#include <vector>

namespace stagecraft {

// What the sources reach in `g` (any BGL graph with a vertex index: the
// journey graph, a filtered or a reversed view of it), in one multi-source
// breadth-first search. With `predecessors` and `predecessorEdges`, each
// reached vertex also gets the vertex and the edge it was first reached by
// (sources keep themselves as predecessor), so the shortest chain back to
// its nearest source can be read off.
template <typename Graph>
std::vector<bool> reachedFrom(const Graph &g,
                              const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor> &sources,
                              std::vector<typename boost::graph_traits<Graph>::vertex_descriptor> *predecessors = nullptr,
                              std::vector<typename boost::graph_traits<Graph>::edge_descriptor> *predecessorEdges = nullptr)
{
    using Vertex = typename boost::graph_traits<Graph>::vertex_descriptor;
    const auto n = num_vertices(g); // unqualified: found by ADL for any graph type
    const auto index = get(boost::vertex_index, g);
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    auto colorMap = boost::make_iterator_property_map(colors.begin(), index);
    boost::queue<Vertex> queue;
    if (predecessors && predecessorEdges) {
        predecessors->resize(n);
        predecessorEdges->resize(n);
        for (Vertex v : boost::make_iterator_range(vertices(g)))
            (*predecessors)[get(index, v)] = v;
        auto predMap = boost::make_iterator_property_map(predecessors->begin(), index);
        auto edgeMap = boost::make_iterator_property_map(predecessorEdges->begin(), index);
        boost::breadth_first_visit(g, sources.begin(), sources.end(), queue,
                                   boost::make_bfs_visitor(std::make_pair(
                                       boost::record_predecessors(predMap, boost::on_tree_edge()),
                                       boost::record_edge_predecessors(edgeMap, boost::on_tree_edge()))),
                                   colorMap);
    } else {
        boost::breadth_first_visit(g, sources.begin(), sources.end(), queue, boost::default_bfs_visitor(), colorMap);
    }
    std::vector<bool> reached(n);
    for (size_t i = 0; i < n; ++i)
        reached[i] = colors[i] != boost::white_color;
    return reached;
}

} // namespace stagecraft
