#include "mapgenerator.h"

#include <random>
#include <set>
#include <tuple>

namespace stagecraft::bench {

namespace {
constexpr int Phases = 8;
constexpr int StagesPerPhase = 5;
constexpr int Stages = Phases * StagesPerPhase;
constexpr int Owners = 12;
constexpr LaneKind LaneKinds[] = {LaneKind::Customer,  LaneKind::FrontStage, LaneKind::FrontStage, LaneKind::OnStage,
                                  LaneKind::OnStage,   LaneKind::BackStage,  LaneKind::BackStage,  LaneKind::Support,
                                  LaneKind::Support,   LaneKind::Notes};
constexpr int Lanes = int(std::size(LaneKinds));

bool isBackOffice(LaneKind kind) { return kind == LaneKind::BackStage || kind == LaneKind::Support; }

// Draws the same sequence on every machine (the distributions of <random>
// are not specified bit for bit; mt19937 is).
class Dice {
public:
    explicit Dice(unsigned seed) : m_rng(seed) {}
    int pick(int n) { return n <= 1 ? 0 : int(m_rng() % unsigned(n)); }
    bool chance(int percent) { return pick(100) < percent; }

private:
    std::mt19937 m_rng;
};

void addGrid(JourneyMap &m, int touchpoints)
{
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
}

} // namespace

JourneyMap generateMap(int touchpoints, unsigned seed, MapShape shape)
{
    Dice dice(seed);
    const bool realistic = shape == MapShape::Realistic;
    JourneyMap m;
    addGrid(m, touchpoints);

    // Card i sits in stage i * 40 / n and lane i % 10: cells fill evenly.
    m.touchpoints.reserve(size_t(touchpoints));
    for (int i = 0; i < touchpoints; ++i) {
        Touchpoint t;
        t.id = TouchpointId(i + 1);
        t.key = QStringLiteral("t%1").arg(i + 1);
        const int stage = int(qint64(i) * Stages / touchpoints);
        const int lane = i % Lanes;
        t.stage = StageId(stage + 1);
        t.lane = LaneId(lane + 1);
        t.title = QStringLiteral("Touchpoint %1").arg(i + 1);
        t.channel = QStringLiteral("web");
        if (realistic) {
            // A department owns a lane through a phase; one card in 10 is
            // someone else's, one in 50 nobody's.
            const int home = (lane * 5 + stage / StagesPerPhase) % Owners;
            if (laneNeedsOwner(LaneKinds[lane]) && dice.pick(50) != 0)
                t.owner = OwnerId((dice.chance(90) ? home : dice.pick(Owners)) + 1);
            // 9 reviews in 10 within the last year (of the bench's 2026-11-01), the rest long ago.
            t.lastReviewed = dice.chance(90) ? QDate(2025, 12, 1).addDays(dice.pick(330))
                                             : QDate(2022, 1, 1).addDays(dice.pick(900));
        } else {
            if (laneNeedsOwner(LaneKinds[lane]) && i % 30 != 7)
                t.owner = OwnerId(dice.pick(Owners) + 1);
            t.lastReviewed = QDate(2023, 1, 1).addDays(dice.pick(1300));
        }
        if (i % 3 == 0)
            t.processingTime = Duration{qint64(30 + dice.pick(3000))};
        if (LaneKinds[lane] == LaneKind::Customer)
            t.emotion = dice.pick(5) - 2;
        t.pain = i % 17 == 0;
        m.touchpoints.push_back(t);
    }
    // Cards of one cell must be contiguous in cell order; sorting by cell keeps
    // the generator simple and the map valid.
    std::stable_sort(m.touchpoints.begin(), m.touchpoints.end(), [](const Touchpoint &a, const Touchpoint &b) {
        return std::pair(a.stage.value, a.lane.value) < std::pair(b.stage.value, b.lane.value);
    });
    auto ownerOf = [&m](int id) { return m.touchpoint(TouchpointId(id))->owner; };

    // Three links per card: a flow onwards, a hand-off, a supports.
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
        const auto a = ownerOf(from), b = ownerOf(to);
        const bool crossing = a && b && *a != *b;
        // Realistic: 9 in 10 department-crossing links have an agreed time;
        // random: 3 hand-offs in 4, whatever they cross.
        if (realistic ? crossing && dice.chance(90) : kind == LinkKind::Handoff && dice.pick(4) != 0)
            l.agreedTime = Duration{qint64(60 * (1 + dice.pick(48)))};
        if (kind != LinkKind::Supports)
            l.waitTime = Duration{qint64(dice.pick(realistic && l.agreedTime ? int(l.agreedTime->minutes * 5 / 4) : 600))};
        m.links.push_back(l);
    };
    // Ids by cell position: card i is at stage i * 40 / n, lane i % 10.
    const int perStage = std::max(1, touchpoints / Stages);
    auto near = [&](int i, int stagesAhead, int laneShift) {
        // The card `laneShift` lanes down and about `stagesAhead` stages on.
        const int j = i + laneShift + Lanes * dice.pick(std::max(1, stagesAhead * perStage / Lanes + 1));
        return std::clamp(j, 1, touchpoints);
    };
    for (int i = 1; i <= touchpoints; ++i) {
        if (realistic) {
            const int lane = (i - 1) % Lanes;
            link(i, near(i, 1, Lanes), LinkKind::Flow);            // the same lane, this or the next stage
            link(i, near(i, 2, dice.pick(3) - 1), LinkKind::Handoff); // a neighbouring lane, up to 2 stages on
            if (!isBackOffice(LaneKinds[lane])) {
                // Supported from the back office of the same stage.
                const int back = 5 + dice.pick(4) - lane;
                link(std::clamp(i + back, 1, touchpoints), i, LinkKind::Supports);
            } else {
                link(i, std::clamp(i - lane + 1 + dice.pick(4), 1, touchpoints), LinkKind::Supports);
            }
        } else {
            link(i, std::min(touchpoints, i + 1 + dice.pick(perStage)), LinkKind::Flow);
            link(i, std::min(touchpoints, i + 1 + dice.pick(2 * perStage)), LinkKind::Handoff);
            link(1 + dice.pick(touchpoints), i, LinkKind::Supports);
        }
    }
    return m;
}

} // namespace stagecraft::bench
