#pragma once

#include "importresult.h"

#include <QByteArray>

namespace stagecraft {

// Reads a Mermaid `journey` diagram: sections become stages of one phase,
// tasks become cards in one customer lane, joined by flow links in order.
ImportResult readMermaidJourney(const QByteArray &text);

// Whether the text's first statement is `journey`.
bool looksLikeMermaidJourney(const QByteArray &text);

} // namespace stagecraft
