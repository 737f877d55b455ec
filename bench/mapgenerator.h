#pragma once

#include "model/journeymap.h"

namespace stagecraft::bench {

// Deterministic maps far larger than a workshop makes, for benchmarks and
// stress tests: 8 phases of 5 stages, 10 lanes of every kind, 12 owners
// (one in 30 cards unowned), and about three links per card.
JourneyMap generateMap(int touchpoints, unsigned seed = 20261122);

} // namespace stagecraft::bench
