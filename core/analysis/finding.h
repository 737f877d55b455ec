#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stagecraft {

enum class Severity { Error, Warning, Info };
QString severityName(Severity s); // "error", "warning", "info"
std::optional<Severity> severityFromName(const QString &name);

// One thing the analysis found that breaks the customer's experience.
struct Finding {
    QString rule;     // stable id: "unowned-touchpoint", "loop", …
    Severity severity = Severity::Warning;
    QString message;  // one plain sentence a department head understands
    QStringList elements;             // keys of the elements involved
    QList<TouchpointId> touchpoints;  // the cards it concerns, for badges
    QList<LinkId> links;              // the links it concerns
    QStringList departments;          // owner names it belongs to (for focus)
    std::optional<OwnerId> suggestedOwner; // a suggestion only, never applied
    QString suggestedOwnerName;

    bool operator==(const Finding &) const = default;
};

} // namespace stagecraft
