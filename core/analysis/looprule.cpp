// loop
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>
#include <boost/graph/depth_first_search.hpp>

namespace stagecraft::rules {

namespace {

using Vertex = JourneyGraph::Vertex;

struct InComponent {
    const std::vector<int> *component = nullptr;
    int id = -1;
    bool operator()(Vertex v) const { return (*component)[v] == id; }
};

struct RecordDiscovery : boost::default_dfs_visitor {
    std::vector<Vertex> *order;
    template <typename G>
    void discover_vertex(Vertex v, const G &) const { order->push_back(v); }
};

// The cards of a loop in the order the work goes round, starting from the
// one furthest left on the map: a depth-first search inside the loop.
std::vector<Vertex> roundTheLoop(const JourneyGraph &graph, const JourneyGraph::Filtered &work,
                                 const std::vector<int> &component, int id, Vertex start,
                                 std::vector<boost::default_color_type> &colors)
{
    const boost::filtered_graph<JourneyGraph::Filtered, boost::keep_all, InComponent> inside(
        work, boost::keep_all(), InComponent{&component, id});
    std::vector<Vertex> order;
    boost::depth_first_visit(inside, start, RecordDiscovery{{}, &order},
                             boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph.graph())));
    for (Vertex v : order)
        colors[v] = boost::white_color; // ready for the next loop
    return order;
}

} // namespace

void loops(const JourneyGraph &graph, const WorkComponents &components, FindingList &out)
{
    // Rework and ping-pong follow the work: flow and hand-off links. A
    // supports link is a standing dependency, and two processes that feed
    // each other are not work going round.
    const auto work = graph.linksOfKind({LinkKind::Flow, LinkKind::Handoff});
    const std::vector<int> &component = components.of();
    std::vector<boost::default_color_type> colors;
    for (int c = 0; c < components.count(); ++c) {
        const auto cards = components.members(c);
        if (cards.size() < 2)
            continue; // links to self are refused by the model, so one card is no loop
        const Vertex start = *std::min_element(cards.begin(), cards.end(), [&](Vertex a, Vertex b) {
            return std::tuple(graph[a].stage, graph[a].lane, graph[a].touchpoint) <
                   std::tuple(graph[b].stage, graph[b].lane, graph[b].touchpoint);
        });
        colors.resize(component.size(), boost::white_color);
        const std::vector<Vertex> order = roundTheLoop(graph, work, component, c, start, colors);

        std::vector<int> links, owners; // owners in the order the work meets them
        for (Vertex v : order) {
            if (graph[v].owner >= 0 && std::find(owners.begin(), owners.end(), graph[v].owner) == owners.end())
                owners.push_back(graph[v].owner);
            for (const auto e : boost::make_iterator_range(boost::out_edges(v, work)))
                if (component[boost::target(e, work)] == c)
                    links.push_back(graph[e].link);
        }
        constexpr int Named = 6; // a long loop is named by its first cards
        QStringList steps;
        for (size_t k = 0; k < order.size() && k < Named; ++k)
            steps.append(out.title(order[k]));
        QString path = steps.join(QStringLiteral(" → "));
        if (order.size() > Named)
            path += QCoreApplication::translate("Analysis", " → and %n more", nullptr, int(order.size()) - Named);
        path += QCoreApplication::translate("Analysis", " → back to %1").arg(out.title(order.front()));

        QString message;
        if (owners.size() > 1)
            message = QCoreApplication::translate("Analysis", "Work goes round in a loop between %1: %2")
                          .arg(out.departmentList(owners), path);
        else if (owners.size() == 1)
            message = QCoreApplication::translate("Analysis", "Work goes round in a loop within %1: %2")
                          .arg(out.departmentList(owners), path);
        else
            message = QCoreApplication::translate("Analysis", "Work goes round in a loop: %1").arg(path);
        out.add(rule::Loop, Severity::Warning, message, order, links);
    }
}

} // namespace stagecraft::rules
