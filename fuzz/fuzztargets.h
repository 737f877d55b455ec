#pragma once

#include <QStringList>
#include <cstddef>
#include <cstdint>

namespace stagecraft::fuzz {

// One fuzz target: takes any bytes, must never crash, and aborts (a crash
// libFuzzer keeps) when an invariant breaks. The libFuzzer programs and the
// corpus replay in ctest call the same functions.
using Target = int (*)(const uint8_t *data, size_t size);

Target target(const QString &name); // nullptr when unknown
QStringList targetNames();

int fuzzJourneyJson(const uint8_t *data, size_t size);
int fuzzMapFile(const uint8_t *data, size_t size);
int fuzzJourneyCsv(const uint8_t *data, size_t size);
int fuzzBlueprintSignal(const uint8_t *data, size_t size);
int fuzzMermaid(const uint8_t *data, size_t size);

} // namespace stagecraft::fuzz
