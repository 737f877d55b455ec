#pragma once

#include "finding.h"
#include "journeygraph.h"

#include <QHash>
#include <span>
#include <vector>

namespace stagecraft {

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

    // Sorted by severity, then left to right and top to bottom, then by rule.
    std::vector<Finding> take();

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
    // Severity, stage, lane and card packed into one number (in that order
    // of weight) and the order of adding: sorting thousands of findings
    // compares two integers each time.
    struct Position {
        quint64 place;
        quint32 sequence;
        auto operator<=>(const Position &) const = default;
    };
    static quint64 place(Severity severity, int stage, int lane, int card);
    Position positionOf(Severity severity, std::span<const Vertex> cards) const;

    QString ruleName(const char *rule);
    // Findings of one owner or a pair share one list (Qt's lists are
    // shared on copy) instead of allocating their own.
    QStringList departmentNames(const std::vector<int> &owners);

    const JourneyGraph &m_graph;
    std::vector<std::pair<const char *, QString>> m_ruleNames;
    QHash<quint64, QStringList> m_departmentNames;
    std::vector<Finding> m_findings;
    std::vector<Position> m_positions;
    std::vector<int> m_owners; // scratch, reused
};

} // namespace stagecraft
