#include "mapgenerator.h"

#include <random>
#include <set>
#include <tuple>

namespace stagecraft::bench {

namespace {
constexpr int Phases = 8;
constexpr int StagesPerPhase = 5;
constexpr int Owners = 12;
constexpr LaneKind LaneKinds[] = {LaneKind::Customer,  LaneKind::FrontStage, LaneKind::FrontStage, LaneKind::OnStage,
                                  LaneKind::OnStage,   LaneKind::BackStage,  LaneKind::BackStage,  LaneKind::Support,
                                  LaneKind::Support,   LaneKind::Notes};
constexpr int Lanes = int(std::size(LaneKinds));
} // namespace

JourneyMap generateMap(int touchpoints, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };

    JourneyMap m;
    m.info.title = QStringLiteral("Generated journey, %1 touchpoints").arg(touchpoints);
    m.info.settings.targetTime = Duration::fromDays(30);
    for (int p = 0; p < Phases; ++p) {
        m.phases.push_back({PhaseId(p + 1), QStringLiteral("p%1").arg(p + 1), QStringLiteral("Phase %1").arg(p + 1)});
        for (int s = 0; s < StagesPerPhase; ++s) {
            const int id = p * StagesPerPhase + s + 1;
            m.stages.push_back({StageId(id), QStringLiteral("s%1").arg(id), PhaseId(p + 1), QStringLiteral("Stage %1").arg(id)});
        }
    }
    for (int l = 0; l < Lanes; ++l)
        m.lanes.push_back({LaneId(l + 1), QStringLiteral("l%1").arg(l + 1),
                           QStringLiteral("%1 %2").arg(laneKindTitle(LaneKinds[l])).arg(l + 1), LaneKinds[l]});
    for (int o = 0; o < Owners; ++o)
        m.owners.push_back({OwnerId(o + 1), QStringLiteral("o%1").arg(o + 1), QStringLiteral("Department %1").arg(o + 1),
                            QColor::fromHsv((o * 360 / Owners) % 360, 150, 200),
                            o % 4 == 3 ? QString() : QStringLiteral("Person %1").arg(o + 1)});

    const int stages = Phases * StagesPerPhase;
    m.touchpoints.reserve(size_t(touchpoints));
    for (int i = 0; i < touchpoints; ++i) {
        Touchpoint t;
        t.id = TouchpointId(i + 1);
        t.key = QStringLiteral("t%1").arg(i + 1);
        const int stage = int(qint64(i) * stages / touchpoints);
        const int lane = i % Lanes;
        t.stage = StageId(stage + 1);
        t.lane = LaneId(lane + 1);
        t.title = QStringLiteral("Touchpoint %1").arg(i + 1);
        t.channel = QStringLiteral("web");
        if (laneNeedsOwner(LaneKinds[lane]) && i % 30 != 7)
            t.owner = OwnerId(pick(Owners) + 1);
        if (i % 3 == 0)
            t.processingTime = Duration{qint64(30 + pick(3000))};
        if (LaneKinds[lane] == LaneKind::Customer)
            t.emotion = pick(5) - 2;
        t.pain = i % 17 == 0;
        t.lastReviewed = QDate(2023, 1, 1).addDays(pick(1300));
        m.touchpoints.push_back(t);
    }
    // Cards of one cell must be contiguous in cell order; sorting by cell keeps
    // the generator simple and the map valid.
    std::stable_sort(m.touchpoints.begin(), m.touchpoints.end(), [](const Touchpoint &a, const Touchpoint &b) {
        return std::pair(a.stage.value, a.lane.value) < std::pair(b.stage.value, b.lane.value);
    });

    // Three links per card: a flow onwards, a supports from back-stage, a handoff.
    std::set<std::tuple<qint64, qint64, int>> seen;
    auto link = [&](int from, int to, LinkKind kind) {
        if (from == to || !seen.insert({from, to, int(kind)}).second)
            return;
        Link l;
        l.id = LinkId(qint64(m.links.size()) + 1);
        l.key = QStringLiteral("k%1").arg(l.id.value);
        l.from = TouchpointId(from);
        l.to = TouchpointId(to);
        l.kind = kind;
        if (kind == LinkKind::Handoff && pick(4) != 0)
            l.agreedTime = Duration{qint64(60 * (1 + pick(48)))};
        if (kind != LinkKind::Supports)
            l.waitTime = Duration{qint64(pick(600))};
        m.links.push_back(l);
    };
    for (int i = 1; i <= touchpoints; ++i) {
        const int span = std::max(1, touchpoints / stages);
        link(i, std::min(touchpoints, i + 1 + pick(span)), LinkKind::Flow);
        link(i, std::min(touchpoints, i + 1 + pick(2 * span)), LinkKind::Handoff);
        link(1 + pick(touchpoints), i, LinkKind::Supports);
    }
    return m;
}

} // namespace stagecraft::bench
