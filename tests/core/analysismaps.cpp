#include "analysismaps.h"

#include <stdexcept>

namespace stagecraft::test {

AnalysisMap::AnalysisMap()
{
    map.info.title = QStringLiteral("Analysis test map");
    map.info.settings.staleAfterMonths = 18;
    map.phases = {{PhaseId(1), QStringLiteral("p1"), QStringLiteral("Buy")}};
    for (int s = 1; s <= 3; ++s)
        map.stages.push_back({StageId(s), QStringLiteral("s%1").arg(s), PhaseId(1), QStringLiteral("Stage %1").arg(s)});
    int l = 0;
    for (LaneKind k : {LaneKind::Customer, LaneKind::FrontStage, LaneKind::OnStage, LaneKind::BackStage,
                       LaneKind::Support, LaneKind::Evidence, LaneKind::Notes}) {
        ++l;
        map.lanes.push_back({LaneId(l), QStringLiteral("l%1").arg(l), laneKindName(k), k});
    }
    int o = 0;
    for (const char *name : {"Sales", "Operations", "Logistics", "Billing"}) {
        ++o;
        map.owners.push_back({OwnerId(o), QStringLiteral("o%1").arg(o), QLatin1String(name), QColor(Qt::gray),
                              QStringLiteral("Person %1").arg(o)});
    }
}

TouchpointId AnalysisMap::card(const QString &key, const QString &laneKind, const QString &owner, const QString &stage)
{
    Touchpoint t;
    t.id = map.nextTouchpointId();
    t.key = key;
    t.title = QStringLiteral("Card ") + key;
    const auto kind = laneKindFromName(laneKind);
    const auto lane = std::find_if(map.lanes.begin(), map.lanes.end(), [&](const Lane &l) { return l.kind == kind; });
    const auto st = std::find_if(map.stages.begin(), map.stages.end(), [&](const Stage &s) { return s.key == stage; });
    if (lane == map.lanes.end() || st == map.stages.end())
        throw std::invalid_argument("no such lane or stage");
    t.lane = lane->id;
    t.stage = st->id;
    if (!owner.isEmpty()) {
        const auto ow = std::find_if(map.owners.begin(), map.owners.end(), [&](const Owner &x) { return x.name == owner; });
        if (ow == map.owners.end())
            throw std::invalid_argument("no such owner");
        t.owner = ow->id;
    }
    map.touchpoints.push_back(t);
    return t.id;
}

Touchpoint &AnalysisMap::operator[](const QString &key)
{
    for (Touchpoint &t : map.touchpoints)
        if (t.key == key)
            return t;
    throw std::invalid_argument("no such card");
}

LinkId AnalysisMap::link(const QString &from, const QString &to, LinkKind kind, std::optional<Duration> agreed,
                         std::optional<Duration> wait)
{
    Link l;
    l.id = map.nextLinkId();
    l.key = QStringLiteral("k%1").arg(l.id.value);
    l.from = (*this)[from].id;
    l.to = (*this)[to].id;
    l.kind = kind;
    l.agreedTime = agreed;
    l.waitTime = wait;
    map.links.push_back(l);
    return l.id;
}

AnalysisResult AnalysisMap::analyze(QDate today) const
{
    AnalysisOptions options;
    options.today = today;
    return stagecraft::analyze(map, options);
}

std::vector<Finding> AnalysisMap::findings(const QString &rule, QDate today) const
{
    std::vector<Finding> out;
    for (const Finding &f : analyze(today).findings)
        if (f.rule == rule)
            out.push_back(f);
    return out;
}

Duration days(double d) { return Duration::fromDays(d); }
Duration hours(qint64 h) { return Duration{h * Duration::MinutesPerHour}; }

} // namespace stagecraft::test
