#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace stagecraft {

enum class Severity { Error, Warning, Info };
QString severityName(Severity s); // "error", "warning", "info"
std::optional<Severity> severityFromName(const QString &name);

// What a finding's sentence is made of: names copied from the map (cheap:
// Qt strings are shared) and numbers, put together only when the sentence
// is read. A map of 10,000 cards can have tens of thousands of findings
// after every edit, and only the few a person looks at need their words.
struct MessageParts {
    std::array<QString, 4> names;   // titles, owner and stage names, as the rule chose them
    std::array<qint64, 2> numbers{}; // counts, minutes, days
    quint32 flags = 0;               // what the rule's formatter needs to know besides

    bool operator==(const MessageParts &) const = default;
};

// A finding's sentence: either written out already (rare rules) or a
// formatter of the rule with its parts. Equal when the same formatter has
// the same parts, so comparing two results never formats a sentence.
class FindingMessage {
public:
    using Formatter = QString (*)(const MessageParts &);

    FindingMessage() = default;
    FindingMessage(QString text) { m_parts.names[0] = std::move(text); } // NOLINT: a written sentence converts
    FindingMessage(Formatter formatter, MessageParts parts) : m_formatter(formatter), m_parts(std::move(parts)) {}

    QString text() const { return m_formatter ? m_formatter(m_parts) : m_parts.names[0]; }

    bool operator==(const FindingMessage &) const = default;

private:
    Formatter m_formatter = nullptr;
    MessageParts m_parts;
};

// One thing the analysis found that breaks the customer's experience.
struct Finding {
    QString rule;     // stable id: "unowned-touchpoint", "loop", …
    Severity severity = Severity::Warning;
    FindingMessage sentence;          // see message()
    QStringList elements;             // keys of the elements involved
    QList<TouchpointId> touchpoints;  // the cards it concerns, for badges
    QList<LinkId> links;              // the links it concerns
    QStringList departments;          // owner names it belongs to (for focus)
    std::optional<OwnerId> suggestedOwner; // a suggestion only, never applied
    QString suggestedOwnerName;

    // One plain sentence a department head understands, written on each call.
    QString message() const { return sentence.text(); }

    // Who the finding is about, without its words: the rule, the severity
    // and the cards and links involved, hashed. Equal findings have equal
    // keys; the canvas compares keys to know which card badges changed.
    quint64 key() const;

    bool operator==(const Finding &) const = default;
};

} // namespace stagecraft
