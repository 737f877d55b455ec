#include "elements.h"

#include <QCoreApplication>
#include <array>

namespace stagecraft {

namespace {
struct LaneKindNames {
    LaneKind kind;
    const char *name;
    const char *title;
};
constexpr std::array laneKinds{
    LaneKindNames{LaneKind::Customer, "customer", QT_TRANSLATE_NOOP("LaneKind", "Customer")},
    LaneKindNames{LaneKind::FrontStage, "front-stage", QT_TRANSLATE_NOOP("LaneKind", "Front-stage")},
    LaneKindNames{LaneKind::OnStage, "on-stage", QT_TRANSLATE_NOOP("LaneKind", "On-stage")},
    LaneKindNames{LaneKind::BackStage, "back-stage", QT_TRANSLATE_NOOP("LaneKind", "Back-stage")},
    LaneKindNames{LaneKind::Support, "support", QT_TRANSLATE_NOOP("LaneKind", "Support processes")},
    LaneKindNames{LaneKind::Evidence, "evidence", QT_TRANSLATE_NOOP("LaneKind", "Evidence")},
    LaneKindNames{LaneKind::Notes, "notes", QT_TRANSLATE_NOOP("LaneKind", "Notes")},
};
constexpr std::array linkKinds{
    std::pair{LinkKind::Flow, "flow"},
    std::pair{LinkKind::Supports, "supports"},
    std::pair{LinkKind::Handoff, "handoff"},
};
} // namespace

QString laneKindName(LaneKind kind)
{
    for (const auto &k : laneKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

std::optional<LaneKind> laneKindFromName(const QString &name)
{
    for (const auto &k : laneKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString laneKindTitle(LaneKind kind)
{
    for (const auto &k : laneKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("LaneKind", k.title);
    return {};
}

QString linkKindName(LinkKind kind)
{
    for (const auto &[k, name] : linkKinds)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<LinkKind> linkKindFromName(const QString &name)
{
    for (const auto &[k, n] : linkKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

bool laneNeedsOwner(LaneKind kind)
{
    return kind != LaneKind::Customer && kind != LaneKind::Notes;
}

bool laneIsCustomerVisible(LaneKind kind)
{
    return kind == LaneKind::Customer || kind == LaneKind::FrontStage;
}

} // namespace stagecraft
