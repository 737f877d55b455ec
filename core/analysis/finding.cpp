#include "finding.h"

#include <QHashFunctions>

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

namespace stagecraft {

quint64 Finding::key() const
{
    size_t h = qHashMulti(0, rule, int(severity));
    for (TouchpointId id : touchpoints)
        h = qHashMulti(h, id.value);
    h = qHashMulti(h, touchpoints.size()); // so that cards and links cannot trade places
    for (LinkId id : links)
        h = qHashMulti(h, id.value);
    return quint64(h);
}

} // namespace stagecraft
