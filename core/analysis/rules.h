#pragma once

#include "analysis.h"
#include "findinglist.h"
#include "journeygraph.h"
#include "workcomponents.h"

#include <optional>
#include <span>

// One function per finding (docs/analysis.md explains each). Each reads the
// graph and adds what it finds; none changes the map.
namespace stagecraft::rules {

// What the two support rules read: what back-office work holds up
// (following supports links) and what leads to something the customer
// sees (any link, backwards). Links and lane kinds only, so a move keeps it.
struct SupportReach {
    std::vector<bool> supported; // by vertex
    std::vector<bool> useful;    // by vertex
    explicit SupportReach(const JourneyGraph &graph);
};

// Rules whose findings are each about one card, found from that card alone
// (and what the whole map shares, like SupportReach): run for `cards` only.
using Cards = std::span<const JourneyGraph::Vertex>;
void unownedTouchpoints(const JourneyGraph &graph, Cards cards, FindingList &out); // and unowned pain points
void unsupportedFrontStage(const JourneyGraph &graph, const SupportReach &reach, Cards cards, FindingList &out);
void orphanBackStage(const JourneyGraph &graph, const SupportReach &reach, Cards cards, FindingList &out);
void staleReviews(const JourneyGraph &graph, const AnalysisOptions &options, Cards cards, FindingList &out);

void noAccountablePerson(const JourneyGraph &graph, FindingList &out);
void brokenAccountabilityChain(const JourneyGraph &graph, FindingList &out);
void handoffs(const JourneyGraph &graph, FindingList &out); // without agreed time, and slow
void loops(const JourneyGraph &graph, const WorkComponents &work, FindingList &out);
void slowPath(const JourneyGraph &graph, const WorkComponents &work, FindingList &out);
void stageCoverage(const JourneyGraph &graph, FindingList &out); // unmeasured, without a customer step

// What the rules read: the graph, the strong components of the work (for
// loops and the slow path) and the options.
struct RuleInputs {
    const JourneyGraph &graph;
    const WorkComponents &work;
    const SupportReach &reach;
    const AnalysisOptions &options;
    Cards all; // every vertex, in order
};

// One rule (or a pair that share their work) as a step of a run.
struct RuleStep {
    void (*run)(const RuleInputs &inputs, FindingList &out);
    // For a rule of one finding per card: the findings of `cards` only.
    void (*runFor)(const RuleInputs &inputs, Cards cards, FindingList &out) = nullptr;
    // Whether its findings change when a card moves, beyond where they sort:
    // a stage's name in a sentence, a list in map order, a loop's first card.
    // Rules that read only links, owners, times and lane kinds do not.
    bool readsPlaces;
};

// Every rule in the order a run goes through them: findings at the same
// place on the map keep that order.
std::span<const RuleStep> allRules();

// The owner most linked with a card (ties: supports, then handoff, then
// flow links, then the owners' order), or nothing when no linked card has one.
std::optional<int> suggestedOwner(const JourneyGraph &graph, JourneyGraph::Vertex v);

} // namespace stagecraft::rules
