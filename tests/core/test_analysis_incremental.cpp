// The runner re-runs only what an edit can change (AnalysisCache): after
// every kind of edit its result must equal a fresh analyze() exactly.
#include "analysis/analysisrunner.h"
#include "commands/edit.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <numeric>
#include <random>

using namespace stagecraft;

namespace {

const QDate Today(2026, 11, 1);

// 90 cards on a 5 × 6 grid with every lane kind, ids not in map order,
// owners (some without an accountable person, some cards unowned), pain,
// times, reviews, and many links of every kind: chains with ties, loops.
JourneyMap tangledMap(std::mt19937 &rng)
{
    JourneyMap m;
    m.info.title = QStringLiteral("Tangled");
    m.info.settings.targetTime = Duration{600};
    m.phases = {{PhaseId(1), QStringLiteral("p1"), QStringLiteral("One")},
                {PhaseId(2), QStringLiteral("p2"), QStringLiteral("Two")}};
    for (int s = 1; s <= 5; ++s)
        m.stages.push_back({StageId(s), QStringLiteral("s%1").arg(s), PhaseId(s <= 2 ? 1 : 2),
                            QStringLiteral("Stage %1").arg(s)});
    const LaneKind kinds[] = {LaneKind::Customer,  LaneKind::FrontStage, LaneKind::OnStage,
                              LaneKind::BackStage, LaneKind::Support,    LaneKind::Notes};
    for (int l = 1; l <= 6; ++l)
        m.lanes.push_back({LaneId(l), QStringLiteral("l%1").arg(l), QStringLiteral("Lane %1").arg(l), kinds[l - 1]});
    for (int o = 1; o <= 4; ++o)
        m.owners.push_back({OwnerId(o), QStringLiteral("o%1").arg(o), QStringLiteral("Dept %1").arg(o), QColor(Qt::blue),
                            o % 2 ? QStringLiteral("Person %1").arg(o) : QString()});
    auto pick = [&](int n) { return int(rng() % unsigned(n)); };
    std::vector<int> ids(90);
    std::iota(ids.begin(), ids.end(), 1);
    std::shuffle(ids.begin(), ids.end(), rng);
    for (int id : ids) {
        Touchpoint t;
        t.id = TouchpointId(id);
        t.key = QStringLiteral("t%1").arg(id);
        t.stage = StageId(1 + pick(5));
        t.lane = LaneId(1 + pick(6));
        t.title = QStringLiteral("Card %1").arg(id % 40); // repeated titles: words alone do not tell cards apart
        if (pick(5) != 0)
            t.owner = OwnerId(1 + pick(4));
        t.pain = pick(6) == 0;
        if (pick(3) == 0)
            t.processingTime = Duration{qint64(30 * (1 + pick(4)))};
        if (pick(3) == 0)
            t.lastReviewed = QDate(2023 + pick(4), 1 + pick(12), 1 + pick(28));
        m.insertTouchpoint(t, pick(3));
    }
    for (int i = 0; i < 220; ++i) {
        const int from = 1 + pick(90), to = 1 + pick(90);
        const auto kind = LinkKind(pick(3));
        if (from == to || std::any_of(m.links.begin(), m.links.end(), [&](const Link &l) {
                return l.from.value == from && l.to.value == to && l.kind == kind;
            }))
            continue;
        Link l{LinkId(qint64(m.links.size()) + 1), QStringLiteral("k%1").arg(m.links.size() + 1), TouchpointId(from),
               TouchpointId(to), kind, {}, {}, {}};
        if (pick(3) == 0)
            l.agreedTime = Duration{qint64(60 * (1 + pick(3)))};
        if (pick(3) == 0)
            l.waitTime = Duration{qint64(45 * (1 + pick(4)))};
        m.links.push_back(l);
    }
    return m;
}

// One random edit through the facade, of any kind the editor offers.
void randomEdit(JourneyDocument &doc, std::mt19937 &rng)
{
    const JourneyMap &map = doc.map();
    auto pick = [&](int n) { return n <= 0 ? 0 : int(rng() % unsigned(n)); };
    auto anyCard = [&] { return map.touchpoints[size_t(pick(int(map.touchpoints.size())))]; };
    auto anyStage = [&] { return map.stages[size_t(pick(int(map.stages.size())))]; };
    auto anyLane = [&] { return map.lanes[size_t(pick(int(map.lanes.size())))]; };
    auto anyOwner = [&]() -> std::optional<OwnerId> {
        if (map.owners.empty() || pick(5) == 0)
            return std::nullopt;
        return map.owners[size_t(pick(int(map.owners.size())))].id;
    };
    const int kind = pick(100);
    if (map.touchpoints.size() < 3 || kind < 35) { // moves are what a workshop does most
        if (map.touchpoints.empty()) {
            edit::addTouchpoint(doc, anyStage().id, anyLane().id, 0, QStringLiteral("Fresh"));
            return;
        }
        const Touchpoint t = anyCard();
        const int where = pick(4);
        const StageId stage = where == 0 ? t.stage : anyStage().id;
        const LaneId lane = where == 1 ? t.lane : anyLane().id;
        QList<TouchpointId> ids{t.id};
        if (pick(5) == 0)
            ids.append(anyCard().id);
        if (ids.size() == 2 && ids[0] == ids[1])
            ids.removeLast();
        edit::moveTouchpoints(doc, ids, stage, lane, pick(4));
    } else if (kind < 42) {
        Touchpoint t;
        t.stage = anyStage().id;
        t.lane = anyLane().id;
        t.title = QStringLiteral("New %1").arg(pick(5));
        t.owner = anyOwner();
        t.pain = pick(3) == 0;
        edit::addTouchpoint(doc, t, pick(3));
    } else if (kind < 47) {
        edit::removeTouchpoints(doc, {anyCard().id});
    } else if (kind < 57) {
        Touchpoint t = anyCard();
        switch (pick(7)) {
        case 0: t.title = QStringLiteral("Renamed %1").arg(pick(9)); break;
        case 1: t.description = QStringLiteral("Said %1").arg(pick(9)); break;
        case 2: t.pain = !t.pain; break;
        case 3: t.processingTime = pick(2) ? std::optional(Duration{qint64(20 * (1 + pick(5)))}) : std::nullopt; break;
        case 4: t.lastReviewed = pick(2) ? std::optional(QDate(2022 + pick(5), 1 + pick(12), 1)) : std::nullopt; break;
        case 5: t.emotion = pick(5) - 2; break;
        default: t.evidence.append(QStringLiteral("Quote")); break;
        }
        edit::changeTouchpoint(doc, t, pick(2) == 0);
    } else if (kind < 64) {
        edit::assignOwner(doc, {anyCard().id}, anyOwner());
    } else if (kind < 71) {
        edit::addLink(doc, anyCard().id, anyCard().id, LinkKind(pick(3)));
    } else if (kind < 75) {
        if (!map.links.empty())
            edit::removeLinks(doc, {map.links[size_t(pick(int(map.links.size())))].id});
    } else if (kind < 80) {
        if (!map.links.empty()) {
            Link l = map.links[size_t(pick(int(map.links.size())))];
            if (pick(2))
                l.agreedTime = pick(2) ? std::optional(Duration{qint64(30 * (1 + pick(4)))}) : std::nullopt;
            else
                l.waitTime = pick(2) ? std::optional(Duration{qint64(30 * (1 + pick(4)))}) : std::nullopt;
            edit::changeLink(doc, l);
        }
    } else if (kind < 85) {
        switch (pick(3)) {
        case 0: edit::addOwner(doc, QStringLiteral("Dept %1").arg(10 + pick(50)), QColor(Qt::red), pick(2) ? QStringLiteral("Someone") : QString()); break;
        case 1:
            if (!map.owners.empty())
                edit::removeOwner(doc, map.owners[size_t(pick(int(map.owners.size())))].id);
            break;
        default:
            if (!map.owners.empty()) {
                Owner o = map.owners[size_t(pick(int(map.owners.size())))];
                o.accountable = o.accountable.isEmpty() ? QStringLiteral("Named") : QString();
                edit::changeOwner(doc, o);
            }
        }
    } else if (kind < 95) {
        switch (pick(8)) {
        case 0: edit::addStage(doc, map.phases.front().id, pick(3), QStringLiteral("Added stage")); break;
        case 1: edit::removeStage(doc, anyStage().id); break;
        case 2: edit::moveStage(doc, anyStage().id, map.phases[size_t(pick(int(map.phases.size())))].id, pick(3)); break;
        case 3: edit::addLane(doc, QStringLiteral("Added lane"), LaneKind(pick(7)), pick(6)); break;
        case 4: edit::removeLane(doc, anyLane().id); break;
        case 5: edit::moveLane(doc, anyLane().id, pick(6)); break;
        case 6: {
            Lane l = anyLane();
            l.kind = LaneKind(pick(7));
            edit::changeLane(doc, l);
            break;
        }
        default: {
            Stage s = anyStage();
            s.name = QStringLiteral("Stage renamed %1").arg(pick(9));
            edit::changeStage(doc, s);
        }
        }
    } else {
        MapInfo info = map.info;
        switch (pick(3)) {
        case 0: info.settings.staleAfterMonths = pick(4) * 12; break;
        case 1: info.settings.targetTime = pick(2) ? std::optional(Duration{qint64(100 * pick(10))}) : std::nullopt; break;
        default: info.description = QStringLiteral("About %1").arg(pick(9));
        }
        edit::changeMapInfo(doc, info, pick(2) == 0);
    }
}

} // namespace

TEST_CASE("the runner's result equals a full analysis after every kind of edit", "[analysis][runner][incremental]")
{
    for (const unsigned seed : {20261123u, 7u, 99u}) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        test::Scratch scratch;
        auto doc = test::createDocument(scratch, tangledMap(rng));
        AnalysisRunner runner(doc.get());
        runner.setToday(Today);
        AnalysisOptions options;
        options.today = Today;
        AnalysisResult before = runner.result();
        int kept = 0;
        for (int step = 0; step < 400; ++step) {
            CAPTURE(step);
            // Sometimes a burst of edits (one run for all), sometimes undo and redo.
            const int burst = rng() % 4 == 0 ? 2 + int(rng() % 3) : 1;
            for (int k = 0; k < burst; ++k) {
                const unsigned what = rng() % 10;
                if (what == 0 && doc->undoStack()->canUndo())
                    doc->undoStack()->undo();
                else if (what == 1 && doc->undoStack()->canRedo())
                    doc->undoStack()->redo();
                else
                    randomEdit(*doc, rng);
            }
            if (step % 2)
                QCoreApplication::processEvents(); // the coalesced run, as in the editor
            else
                runner.runNow();
            kept += runner.cache().keptRules();
            const AnalysisResult fresh = analyze(doc->map(), options);
            REQUIRE(runner.result().findings.size() == fresh.findings.size());
            for (size_t i = 0; i < fresh.findings.size(); ++i) {
                CAPTURE(i, fresh.findings[i].rule, fresh.findings[i].message(), runner.result().findings[i].message());
                REQUIRE(runner.result().findings[i] == fresh.findings[i]);
            }
            // And the badges to repaint are those of findings that came or went.
            if (!(before.findings == fresh.findings))
                REQUIRE(runner.changedCards() == cardsWithChangedFindings(before, fresh));
            before = fresh;
        }
        // Both ways were compared: runs that kept rules' findings, and full ones.
        CHECK(kept > 50);
        CHECK(kept < 350);
    }
}
