#include "finding.h"

namespace stagecraft {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (name == severityName(s))
            return s;
    return std::nullopt;
}

} // namespace stagecraft
