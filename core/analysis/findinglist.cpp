#include "findinglist.h"

#include <QCoreApplication>
#include <algorithm>

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
    m_positions.push_back(positionOf(severity, cards));
    m_findings.push_back(std::move(f));
    return m_findings.back();
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

std::vector<Finding> FindingList::take()
{
    // A position's sequence is its finding's index: sorting the positions
    // themselves compares neighbours in memory, not findings far apart.
    std::sort(m_positions.begin(), m_positions.end());
    std::vector<Finding> sorted;
    sorted.reserve(m_findings.size());
    for (const Position &p : m_positions)
        sorted.push_back(std::move(m_findings[p.sequence]));
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

FindingList::Position FindingList::positionOf(Severity severity, std::span<const Vertex> cards) const
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
