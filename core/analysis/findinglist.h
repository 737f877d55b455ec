#pragma once

#include "analysis.h"
#include "finding.h"
#include "journeygraph.h"

#include <QHash>
#include <span>
#include <vector>

namespace stagecraft {

// Where a finding sorts on the map: its severity and the card it is placed
// at (a vertex), or a stage, or neither (the whole map, after the stages).
// Looked up when the findings are put in order (inMapOrder), so a finding
// kept from an earlier run sorts by where its card is now.
struct FindingAnchor {
    Severity severity = Severity::Warning;
    int card = -1;
    int stage = -1; // when there is no card
};

// The findings of one rule in the order the rule found them.
struct RuleFindings {
    std::vector<Finding> findings;
    std::vector<FindingAnchor> anchors; // one per finding
    std::vector<quint64> keys;          // Finding::key() of each, when kept between runs

    bool operator==(const RuleFindings &other) const { return findings == other.findings; }
};

// Every rule's findings (in the order the rules run) as one list sorted by
// severity, then left to right and top to bottom (stage, lane, card), then
// in the order they were found. Copies from `rules`, or moves from them;
// with `keys`, also the findings' keys (RuleFindings::keys) as findingKeys()
// gives them.
std::vector<Finding> inMapOrder(const JourneyGraph &graph, std::span<const RuleFindings> rules,
                                FindingKeys *keys = nullptr);
std::vector<Finding> inMapOrder(const JourneyGraph &graph, std::span<RuleFindings> rules, bool move);

// Collects the findings of the rules and fills in what every finding needs
// (keys, ids, departments), so each rule only says what it found.
class FindingList {
public:
    using Vertex = JourneyGraph::Vertex;

    explicit FindingList(const JourneyGraph &graph) : m_graph(graph) {}

    // A finding about `cards` (the first one places it on the map) and
    // `links` (indexes in map.links). Departments are `owners` (indexes,
    // sorted) when given, else those of the cards (JourneyGraph::departments).
    Finding &add(const char *rule, Severity severity, FindingMessage message, std::span<const Vertex> cards,
                 std::span<const int> links = {}, const std::vector<int> *owners = nullptr);
    // A finding about a stage: the stage's key, the departments of `cards`
    // (what is in the stage), and no card badges.
    Finding &addForStage(const char *rule, Severity severity, FindingMessage message, int stage,
                         const std::vector<Vertex> &cards);

    void suggest(Finding &finding, int owner) const;
    void setDepartments(Finding &finding, const std::vector<int> &owners);

    // What was added since the last take(), in the order it was added.
    RuleFindings take();

    // Text pieces the messages share.
    QString title(Vertex v) const;                 // 'Online checkout'
    QString titleWithOwner(Vertex v) const;        // 'Online checkout' (Sales)
    QString stageName(Vertex v) const;
    QString departmentList(const std::vector<int> &owners) const; // "A, B and C"
    static QString joined(const QStringList &items);

    // The same pieces for a sentence written later (FindingMessage): a card
    // takes two names (title, owner) and one flag bit (it has an owner).
    void putCard(MessageParts &parts, int slot, Vertex v) const;
    static QString card(const MessageParts &parts, int slot); // 'Online checkout' (Sales)
    static QString quoted(const QString &title);              // 'Online checkout'

private:
    QString ruleName(const char *rule);
    // Findings of one owner or a pair share one list (Qt's lists are
    // shared on copy) instead of allocating their own.
    QStringList departmentNames(const std::vector<int> &owners);

    const JourneyGraph &m_graph;
    std::vector<std::pair<const char *, QString>> m_ruleNames;
    QHash<quint64, QStringList> m_departmentNames;
    RuleFindings m_found;
    std::vector<int> m_owners; // scratch, reused
};

} // namespace stagecraft
