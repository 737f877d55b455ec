#include "findinglist.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace stagecraft {

Finding &FindingList::add(const char *rule, Severity severity, FindingMessage message,
                          std::span<const Vertex> cards, std::span<const int> links,
                          const std::vector<int> *owners)
{
    const JourneyMap &map = m_graph.map();
    Finding f;
    f.rule = ruleName(rule);
    f.severity = severity;
    f.sentence = std::move(message);
    f.elements.reserve(qsizetype(cards.size() + links.size()));
    f.touchpoints.reserve(qsizetype(cards.size()));
    f.links.reserve(qsizetype(links.size()));
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
    m_found.anchors.push_back({severity, cards.empty() ? -1 : int(cards.front()), -1});
    m_found.findings.push_back(std::move(f));
    return m_found.findings.back();
}

Finding &FindingList::addForStage(const char *rule, Severity severity, FindingMessage message, int stage,
                                  const std::vector<Vertex> &cards)
{
    Finding f;
    f.rule = ruleName(rule);
    f.severity = severity;
    f.sentence = std::move(message);
    f.elements.append(m_graph.map().stages[size_t(stage)].key);
    std::vector<int> owners;
    for (Vertex v : cards)
        if (m_graph[v].owner >= 0)
            owners.push_back(m_graph[v].owner);
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    setDepartments(f, owners);
    m_found.anchors.push_back({severity, -1, stage});
    m_found.findings.push_back(std::move(f));
    return m_found.findings.back();
}

void FindingList::suggest(Finding &finding, int owner) const
{
    const Owner &o = m_graph.map().owners[size_t(owner)];
    finding.suggestedOwner = o.id;
    finding.suggestedOwnerName = o.name;
}

void FindingList::setDepartments(Finding &finding, const std::vector<int> &owners)
{
    finding.departments = departmentNames(owners);
}

QStringList FindingList::departmentNames(const std::vector<int> &owners)
{
    if (owners.empty())
        return {};
    // One or two owners (nearly every finding) fit one key; -1 pads a single one.
    const bool shareable = owners.size() <= 2 && owners.back() < (1 << 30);
    const quint64 key = shareable ? quint64(quint32(owners.front())) << 32 | quint32(owners.size() == 2 ? owners[1] : -1)
                                  : 0;
    if (shareable)
        if (const auto it = m_departmentNames.constFind(key); it != m_departmentNames.cend())
            return *it;
    QStringList names;
    names.reserve(qsizetype(owners.size()));
    for (int o : owners)
        names.append(m_graph.map().owners[size_t(o)].name);
    if (shareable)
        m_departmentNames.insert(key, names);
    return names;
}

QString FindingList::ruleName(const char *rule)
{
    // Rule ids are the constants of ruleids.h: the same pointer each time.
    for (const auto &[id, name] : m_ruleNames)
        if (id == rule)
            return name;
    return m_ruleNames.emplace_back(rule, QString::fromLatin1(rule)).second;
}

RuleFindings FindingList::take()
{
    return std::exchange(m_found, {});
}

namespace {

// Severity, stage, lane and card packed into one number (in that order of
// weight) and the order of finding: sorting thousands of findings compares
// two integers each time.
struct Position {
    quint64 place;
    quint32 sequence;
    auto operator<=>(const Position &) const = default;
};

quint64 place(Severity severity, int stage, int lane, int card)
{
    // -1 (none) sorts first, a missing stage last; each field is clamped to its bits.
    auto field = [](int value, int bits) {
        return quint64(std::clamp<qint64>(qint64(value) + 1, 0, (qint64(1) << bits) - 1));
    };
    return quint64(severity) << 60 | field(stage, 16) << 44 | field(lane, 12) << 32 | field(card, 31);
}

quint64 placeOf(const JourneyGraph &graph, const FindingAnchor &a)
{
    if (a.card >= 0) {
        const TouchpointVertex &v = graph[JourneyGraph::Vertex(a.card)];
        return place(a.severity, v.stage, v.lane, v.touchpoint);
    }
    return a.stage >= 0 ? place(a.severity, a.stage, -1, -1) : place(a.severity, 1 << 16, -1, -1);
}

template <typename Rules>
std::vector<Finding> ordered(const JourneyGraph &graph, Rules &rules, bool move, FindingKeys *keys = nullptr)
{
    // A position's sequence is its finding's number over all rules: sorting
    // the positions themselves compares neighbours in memory, not findings
    // far apart.
    std::vector<Position> positions;
    std::vector<std::pair<quint32, quint32>> where; // by sequence: (rule, finding)
    for (size_t r = 0; r < rules.size(); ++r)
        for (size_t i = 0; i < rules[r].anchors.size(); ++i) {
            positions.push_back({placeOf(graph, rules[r].anchors[i]), quint32(where.size())});
            where.emplace_back(quint32(r), quint32(i));
        }
    std::sort(positions.begin(), positions.end());
    if (keys) {
        keys->clear();
        keys->reserve(positions.size());
        for (size_t j = 0; j < positions.size(); ++j)
            keys->emplace_back(rules[where[positions[j].sequence].first].keys[where[positions[j].sequence].second], j);
        std::sort(keys->begin(), keys->end());
    }
    std::vector<Finding> sorted;
    sorted.reserve(positions.size());
    for (const Position &p : positions) {
        auto &finding = rules[where[p.sequence].first].findings[where[p.sequence].second];
        if constexpr (std::is_const_v<std::remove_reference_t<decltype(finding)>>)
            sorted.push_back(finding);
        else if (move)
            sorted.push_back(std::move(finding));
        else
            sorted.push_back(finding);
    }
    return sorted;
}

} // namespace

std::vector<Finding> inMapOrder(const JourneyGraph &graph, std::span<const RuleFindings> rules, FindingKeys *keys)
{
    return ordered(graph, rules, false, keys);
}

std::vector<Finding> inMapOrder(const JourneyGraph &graph, std::span<RuleFindings> rules, bool move)
{
    return ordered(graph, rules, move);
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

void FindingList::putCard(MessageParts &parts, int slot, Vertex v) const
{
    parts.names[size_t(slot)] = m_graph.touchpoint(v).title;
    if (const Owner *o = m_graph.owner(v)) {
        parts.names[size_t(slot) + 1] = o->name;
        parts.flags |= 1u << slot;
    }
}

QString FindingList::card(const MessageParts &parts, int slot)
{
    if (!(parts.flags & (1u << slot)))
        return quoted(parts.names[size_t(slot)]);
    return QLatin1Char('\'') + parts.names[size_t(slot)] + QLatin1String("' (") + parts.names[size_t(slot) + 1] +
           QLatin1Char(')');
}

QString FindingList::quoted(const QString &title)
{
    return QLatin1Char('\'') + title + QLatin1Char('\'');
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
