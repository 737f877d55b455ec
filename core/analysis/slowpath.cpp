// slow-path
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dag_shortest_paths.hpp>
#include <functional>

namespace stagecraft::rules {

namespace {

using Vertex = JourneyGraph::Vertex;

// The condensed work graph: one vertex per strong component (a loop counts
// as one step, its cards and waits taken once round), plus a start vertex
// with an edge to every component. An edge weighs its wait plus the time of
// the component it enters, so a path's length is the time spent along it.
struct DagEdge {
    qint64 weight = 0;
    int link = -1; // -1 for the edges from the start vertex
};
using Dag = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, DagEdge>;

// What costs the most time on a path: a card's processing or a link's wait.
struct Step {
    qint64 minutes;
    QString what;
    Vertex card; // the card the time is spent at (or waited for)
};

} // namespace

void slowPath(const JourneyGraph &graph, const WorkComponents &scc, FindingList &out)
{
    const size_t n = size_t(graph.vertexCount());
    if (n == 0)
        return;
    const auto work = graph.linksOfKind({LinkKind::Flow, LinkKind::Handoff});
    const std::vector<int> &component = scc.of();
    const int count = scc.count();

    std::vector<qint64> weight(size_t(count), 0);
    for (size_t v = 0; v < n; ++v)
        weight[size_t(component[v])] += graph[Vertex(v)].minutes;
    const size_t start = size_t(count);
    // Only cards on the way count: one linked by nothing is not a path.
    std::vector<bool> onTheWay(size_t(count), false);
    for (const auto e : boost::make_iterator_range(boost::edges(work))) {
        const int from = component[boost::source(e, work)];
        const int to = component[boost::target(e, work)];
        onTheWay[size_t(from)] = onTheWay[size_t(to)] = true;
        if (from == to)
            weight[size_t(from)] += graph[e].waitMinutes;
    }
    std::vector<std::pair<size_t, size_t>> ends;
    std::vector<DagEdge> dagEdges;
    for (const auto e : boost::make_iterator_range(boost::edges(work))) {
        const int from = component[boost::source(e, work)];
        const int to = component[boost::target(e, work)];
        if (from == to)
            continue;
        ends.emplace_back(size_t(from), size_t(to));
        dagEdges.push_back(DagEdge{graph[e].waitMinutes + weight[size_t(to)], graph[e].link});
    }
    for (int c = 0; c < count; ++c) {
        if (!onTheWay[size_t(c)])
            continue;
        ends.emplace_back(start, size_t(c));
        dagEdges.push_back(DagEdge{weight[size_t(c)], -1});
    }
    const Dag dag(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), dagEdges.begin(), size_t(count) + 1);

    // Longest path on a DAG: shortest paths with the comparison reversed.
    // Every distance reached is >= 0, so -1 serves as "not reached".
    const size_t m = size_t(count) + 1;
    std::vector<qint64> distance(m);
    std::vector<Dag::vertex_descriptor> pred(m);
    std::vector<Dag::edge_descriptor> predEdge(m);
    std::vector<boost::default_color_type> colors(m);
    const auto dagIndex = boost::get(boost::vertex_index, dag);
    boost::dag_shortest_paths(
        dag, start, boost::make_iterator_property_map(distance.begin(), dagIndex), boost::get(&DagEdge::weight, dag),
        boost::make_iterator_property_map(colors.begin(), dagIndex), boost::make_iterator_property_map(pred.begin(), dagIndex),
        boost::make_dijkstra_visitor(boost::record_edge_predecessors(
            boost::make_iterator_property_map(predEdge.begin(), dagIndex), boost::on_edge_relaxed())),
        std::greater<qint64>(), std::plus<qint64>(), qint64(-1), qint64(0));

    const auto end = size_t(std::max_element(distance.begin(), distance.begin() + count) - distance.begin());
    const qint64 total = distance[end];
    if (total <= 0)
        return; // nothing on the map is timed

    // Back from the end to the start vertex, then forwards.
    std::vector<size_t> components;
    std::vector<int> links;
    for (size_t c = end; c != start; c = pred[c]) {
        components.push_back(c);
        if (dag[predEdge[c]].link >= 0)
            links.push_back(dag[predEdge[c]].link);
    }
    std::reverse(components.begin(), components.end());
    std::reverse(links.begin(), links.end());

    std::vector<Vertex> cards;
    std::vector<Step> steps;
    for (size_t c : components)
        for (Vertex v : scc.members(int(c))) {
            cards.push_back(v);
            if (graph[v].minutes > 0)
                steps.push_back({graph[v].minutes, out.title(v), v});
        }
    for (int l : links)
        if (const auto &wait = graph.link(l).waitTime; wait && wait->minutes > 0)
            steps.push_back({wait->minutes,
                             QCoreApplication::translate("Analysis", "the wait before %1")
                                 .arg(out.title(*graph.vertex(graph.link(l).to))),
                             *graph.vertex(graph.link(l).to)});
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.minutes > b.minutes; });

    const Duration length{total};
    const auto target = graph.map().info.settings.targetTime;
    const bool over = target && total > target->minutes;
    QString verdict;
    if (!target)
        verdict = QCoreApplication::translate("Analysis", "The slowest path through the journey takes %1")
                      .arg(length.toDisplay());
    else if (over)
        verdict = QCoreApplication::translate("Analysis", "The slowest path through the journey takes %1, %2 over "
                                                          "the %3 target")
                      .arg(length.toDisplay(), Duration{total - target->minutes}.toDisplay(), target->toDisplay());
    else
        verdict = QCoreApplication::translate("Analysis", "The slowest path through the journey takes %1, within "
                                                          "the %2 target")
                      .arg(length.toDisplay(), target->toDisplay());
    const QString route =
        cards.size() == 1
            ? QCoreApplication::translate("Analysis", "all of it at %1").arg(out.title(cards.front()))
            : QCoreApplication::translate("Analysis", "%n steps from %1 to %2", nullptr, int(cards.size()))
                  .arg(out.title(cards.front()), out.title(cards.back()));
    QStringList longest;
    for (size_t k = 0; k < steps.size() && k < 2; ++k)
        longest.append(QStringLiteral("%1 (%2)").arg(steps[k].what, Duration{steps[k].minutes}.toDisplay()));
    QString message = verdict + QLatin1String(": ") + route;
    if (!longest.isEmpty() && cards.size() > 1)
        message += QCoreApplication::translate("Analysis", "; the longest: %1").arg(FindingList::joined(longest));
    Finding &finding = out.add(rule::SlowPath, over ? Severity::Warning : Severity::Info, message, cards, links);
    // The whole path is in `elements`; badges go only on where the time goes,
    // or every card of the customer's path would carry one.
    finding.touchpoints.clear();
    for (size_t k = 0; k < steps.size() && k < 2; ++k)
        if (const TouchpointId id = graph.touchpoint(steps[k].card).id; !finding.touchpoints.contains(id))
            finding.touchpoints.append(id);
}

} // namespace stagecraft::rules
