#include "findinglist.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace stagecraft {

Finding &FindingList::add(const char *rule, Severity severity, const QString &message,
                          const std::vector<Vertex> &cards, const std::vector<int> &links,
                          const std::vector<int> *owners)
{
    const JourneyMap &map = m_graph.map();
    Finding f;
    f.rule = QLatin1String(rule);
    f.severity = severity;
    f.message = message;
    f.elements.reserve(qsizetype(cards.size() + links.size()));
    f.touchpoints.reserve(qsizetype(cards.size()));
    for (Vertex v : cards) {
        const Touchpoint &t = m_graph.touchpoint(v);
        f.elements.append(t.key);
        f.touchpoints.append(t.id);
    }
    for (int l : links) {
        f.elements.append(map.links[size_t(l)].key);
        f.links.append(map.links[size_t(l)].id);
    }
    if (!owners) {
        m_graph.departments(cards, m_owners);
        owners = &m_owners;
    }
    setDepartments(f, *owners);
    m_positions.push_back(positionOf(severity, cards));
    m_findings.push_back(std::move(f));
    return m_findings.back();
}

Finding &FindingList::addForStage(const char *rule, Severity severity, const QString &message, int stage,
                                  const std::vector<Vertex> &cards)
{
    Finding f;
    f.rule = QLatin1String(rule);
    f.severity = severity;
    f.message = message;
    f.elements.append(m_graph.map().stages[size_t(stage)].key);
    std::vector<int> owners;
    for (Vertex v : cards)
        if (m_graph[v].owner >= 0)
            owners.push_back(m_graph[v].owner);
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    setDepartments(f, owners);
    m_positions.push_back({place(severity, stage, -1, -1), quint32(m_positions.size())});
    m_findings.push_back(std::move(f));
    return m_findings.back();
}

void FindingList::suggest(Finding &finding, int owner) const
{
    const Owner &o = m_graph.map().owners[size_t(owner)];
    finding.suggestedOwner = o.id;
    finding.suggestedOwnerName = o.name;
}

void FindingList::setDepartments(Finding &finding, const std::vector<int> &owners) const
{
    finding.departments.clear();
    finding.departments.reserve(qsizetype(owners.size()));
    for (int o : owners)
        finding.departments.append(m_graph.map().owners[size_t(o)].name);
}

std::vector<Finding> FindingList::take()
{
    std::vector<size_t> order(m_findings.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_positions[a] < m_positions[b]; });
    std::vector<Finding> sorted;
    sorted.reserve(order.size());
    for (size_t i : order)
        sorted.push_back(std::move(m_findings[i]));
    m_findings.clear();
    m_positions.clear();
    return sorted;
}

quint64 FindingList::place(Severity severity, int stage, int lane, int card)
{
    // -1 (none) sorts first, a missing stage last; each field is clamped to its bits.
    auto field = [](int value, int bits) {
        return quint64(std::clamp<qint64>(qint64(value) + 1, 0, (qint64(1) << bits) - 1));
    };
    return quint64(severity) << 60 | field(stage, 16) << 44 | field(lane, 12) << 32 | field(card, 31);
}

FindingList::Position FindingList::positionOf(Severity severity, const std::vector<Vertex> &cards) const
{
    const auto sequence = quint32(m_positions.size());
    if (cards.empty())
        return {place(severity, (1 << 16), -1, -1), sequence};
    const TouchpointVertex &v = m_graph[cards.front()];
    return {place(severity, v.stage, v.lane, v.touchpoint), sequence};
}

QString FindingList::title(Vertex v) const
{
    return QLatin1Char('\'') + m_graph.touchpoint(v).title + QLatin1Char('\'');
}

QString FindingList::titleWithOwner(Vertex v) const
{
    const Owner *o = m_graph.owner(v);
    return o ? title(v) + QLatin1String(" (") + o->name + QLatin1Char(')') : title(v);
}

QString FindingList::stageName(Vertex v) const
{
    return m_graph[v].stage >= 0 ? m_graph.stage(v).name : QString();
}

QString FindingList::departmentList(const std::vector<int> &owners) const
{
    QStringList names;
    for (int o : owners)
        names.append(m_graph.map().owners[size_t(o)].name);
    return joined(names);
}

QString FindingList::joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString head = QStringList(items.mid(0, items.size() - 1)).join(QLatin1String(", "));
    return QCoreApplication::translate("Analysis", "%1 and %2", "the last two items of a list").arg(head, items.last());
}

} // namespace stagecraft
