#pragma once

#include "model/journeymap.h"

namespace stagecraft::bench {

// How the generated cards are owned and linked (proportions in docs/performance.md).
enum class MapShape {
    Realistic, // departments own blocks of lanes, links go to nearby cards, most hand-offs agreed
    Random,    // owners and link targets drawn at random: the analysis's worst case
};

// Deterministic maps far larger than a workshop makes, for benchmarks and
// stress tests: 8 phases of 5 stages, 10 lanes of every kind, 12 owners,
// and about three links per card.
JourneyMap generateMap(int touchpoints, unsigned seed = 20261122, MapShape shape = MapShape::Realistic);
inline JourneyMap generateMap(int touchpoints, MapShape shape) { return generateMap(touchpoints, 20261122, shape); }

} // namespace stagecraft::bench
