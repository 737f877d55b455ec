#pragma once

#include "analysis.h"
#include "findinglist.h"
#include "journeygraph.h"
#include "workcomponents.h"

#include <optional>

// One function per finding (docs/analysis.md explains each). Each reads the
// graph and adds what it finds; none changes the map.
namespace stagecraft::rules {

void unownedTouchpoints(const JourneyGraph &graph, FindingList &out); // and unowned pain points
void noAccountablePerson(const JourneyGraph &graph, FindingList &out);
void unsupportedFrontStage(const JourneyGraph &graph, FindingList &out);
void orphanBackStage(const JourneyGraph &graph, FindingList &out);
void brokenAccountabilityChain(const JourneyGraph &graph, FindingList &out);
void handoffs(const JourneyGraph &graph, FindingList &out); // without agreed time, and slow
void loops(const JourneyGraph &graph, const WorkComponents &work, FindingList &out);
void slowPath(const JourneyGraph &graph, const WorkComponents &work, FindingList &out);
void staleReviews(const JourneyGraph &graph, const AnalysisOptions &options, FindingList &out);
void stageCoverage(const JourneyGraph &graph, FindingList &out); // unmeasured, without a customer step

// The owner most linked with a card (ties: supports, then handoff, then
// flow links, then the owners' order), or nothing when no linked card has one.
std::optional<int> suggestedOwner(const JourneyGraph &graph, JourneyGraph::Vertex v);

} // namespace stagecraft::rules
