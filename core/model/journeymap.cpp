#include "journeymap.h"

#include <QSet>
#include <algorithm>
#include <set>
#include <tuple>

namespace stagecraft {

namespace {

template <typename T, typename IdT>
int indexById(const std::vector<T> &items, IdT id, const JourneyMap::Index &index)
{
    const int cached = index.positions.value(id.value, -1);
    if (cached >= 0 && cached < int(items.size()) && items[size_t(cached)].id == id)
        return cached;
    // A miss: either the id is not on the map (rare: broken references) or
    // the vectors changed since the index was built. Scan, then re-index.
    auto it = std::find_if(items.begin(), items.end(), [id](const T &t) { return t.id == id; });
    if (it == items.end())
        return -1;
    index.positions.clear();
    index.positions.reserve(qsizetype(items.size()));
    for (int i = 0; i < int(items.size()); ++i)
        index.positions.insert(items[size_t(i)].id.value, i);
    return int(it - items.begin());
}

template <typename T, typename IdT>
const T *findById(const std::vector<T> &items, IdT id, const JourneyMap::Index &index)
{
    const int at = indexById(items, id, index);
    return at < 0 ? nullptr : &items[size_t(at)];
}

// Unindexed, for the edits that change the vectors right after.
template <typename T, typename IdT>
int indexById(const std::vector<T> &items, IdT id)
{
    auto it = std::find_if(items.begin(), items.end(), [id](const T &t) { return t.id == id; });
    return it == items.end() ? -1 : int(it - items.begin());
}

template <typename T, typename IdT>
void eraseById(std::vector<T> &items, IdT id)
{
    std::erase_if(items, [id](const T &t) { return t.id == id; });
}

template <typename T>
void replaceById(std::vector<T> &items, const T &value)
{
    for (T &t : items)
        if (t.id == value.id)
            t = value;
}

template <typename T>
void insertClamped(std::vector<T> &items, const T &value, int index)
{
    index = std::clamp(index, 0, int(items.size()));
    items.insert(items.begin() + index, value);
}

template <typename T, typename IdT>
void moveTo(std::vector<T> &items, IdT id, int index)
{
    const int from = indexById(items, id);
    if (from < 0)
        return;
    T value = items[from];
    items.erase(items.begin() + from);
    insertClamped(items, value, index);
}

template <typename T>
auto maxId(const std::vector<T> &items)
{
    qint64 m = 0;
    for (const T &t : items)
        m = std::max(m, t.id.value);
    return decltype(T::id)(m + 1);
}

template <typename T>
QString freshKeyFor(const std::vector<T> &items, QChar prefix)
{
    QSet<QString> used;
    used.reserve(qsizetype(items.size()));
    for (const T &t : items)
        used.insert(t.key);
    for (qint64 n = qint64(items.size()) + 1;; ++n) {
        QString key = prefix + QString::number(n);
        if (!used.contains(key))
            return key;
    }
}

// Position in `items` where an element that should become the `index`-th of
// its group goes; the group is the elements for which `inGroup` holds.
template <typename T, typename Pred>
int groupInsertPosition(const std::vector<T> &items, Pred inGroup, int index, int fallback)
{
    int seen = 0;
    int afterLast = -1;
    for (int i = 0; i < int(items.size()); ++i) {
        if (!inGroup(items[i]))
            continue;
        if (seen == index)
            return i;
        ++seen;
        afterLast = i + 1;
    }
    return afterLast >= 0 ? afterLast : fallback;
}

} // namespace

const Phase *JourneyMap::phase(PhaseId id) const { return findById(phases, id, phaseIndexCache); }
const Stage *JourneyMap::stage(StageId id) const { return findById(stages, id, stageIndexCache); }
const Lane *JourneyMap::lane(LaneId id) const { return findById(lanes, id, laneIndexCache); }
const Owner *JourneyMap::owner(OwnerId id) const { return findById(owners, id, ownerIndexCache); }
const Touchpoint *JourneyMap::touchpoint(TouchpointId id) const { return findById(touchpoints, id, touchpointIndexCache); }
const Link *JourneyMap::link(LinkId id) const { return findById(links, id, linkIndexCache); }

const Touchpoint *JourneyMap::touchpointByKey(const QString &key) const
{
    auto it = std::find_if(touchpoints.begin(), touchpoints.end(),
                           [&](const Touchpoint &t) { return t.key == key; });
    return it == touchpoints.end() ? nullptr : &*it;
}

int JourneyMap::phaseIndex(PhaseId id) const { return indexById(phases, id, phaseIndexCache); }
int JourneyMap::stageIndex(StageId id) const { return indexById(stages, id, stageIndexCache); }
int JourneyMap::laneIndex(LaneId id) const { return indexById(lanes, id, laneIndexCache); }
int JourneyMap::ownerIndex(OwnerId id) const { return indexById(owners, id, ownerIndexCache); }
int JourneyMap::touchpointIndex(TouchpointId id) const { return indexById(touchpoints, id, touchpointIndexCache); }
int JourneyMap::linkIndex(LinkId id) const { return indexById(links, id, linkIndexCache); }

QList<StageId> JourneyMap::stagesOf(PhaseId phase) const
{
    QList<StageId> out;
    for (const Stage &s : stages)
        if (s.phase == phase)
            out.append(s.id);
    return out;
}

int JourneyMap::stageIndexInPhase(StageId id) const
{
    const Stage *s = stage(id);
    return s ? int(stagesOf(s->phase).indexOf(id)) : -1;
}

QList<TouchpointId> JourneyMap::cell(StageId stage, LaneId lane) const
{
    QList<TouchpointId> out;
    for (const Touchpoint &t : touchpoints)
        if (t.stage == stage && t.lane == lane)
            out.append(t.id);
    return out;
}

int JourneyMap::indexInCell(TouchpointId id) const
{
    const Touchpoint *t = touchpoint(id);
    return t ? int(cell(t->stage, t->lane).indexOf(id)) : -1;
}

QList<LinkId> JourneyMap::linksOf(TouchpointId id) const
{
    QList<LinkId> out;
    for (const Link &l : links)
        if (l.from == id || l.to == id)
            out.append(l.id);
    return out;
}

void JourneyMap::insertPhase(const Phase &p, int index) { insertClamped(phases, p, index); }

void JourneyMap::movePhase(PhaseId id, int index)
{
    moveTo(phases, id, index);
    // Stages follow their phase: keep them grouped in the new phase order.
    std::stable_sort(stages.begin(), stages.end(), [this](const Stage &a, const Stage &b) {
        return phaseIndex(a.phase) < phaseIndex(b.phase);
    });
}

void JourneyMap::insertStage(const Stage &s, int indexInPhase)
{
    // With no stage of its own yet, the phase's stages start after those of
    // every earlier phase.
    int fallback = 0;
    const int pi = phaseIndex(s.phase);
    for (int i = 0; i < int(stages.size()); ++i)
        if (phaseIndex(stages[i].phase) < pi)
            fallback = i + 1;
    const int pos = groupInsertPosition(
        stages, [&](const Stage &x) { return x.phase == s.phase; }, std::max(0, indexInPhase), fallback);
    stages.insert(stages.begin() + pos, s);
}

void JourneyMap::moveStage(StageId id, PhaseId phase, int indexInPhase)
{
    const Stage *s = stage(id);
    if (!s)
        return;
    Stage moved = *s;
    moved.phase = phase;
    removeStage(id);
    insertStage(moved, indexInPhase);
}

void JourneyMap::insertLane(const Lane &l, int index) { insertClamped(lanes, l, index); }
void JourneyMap::moveLane(LaneId id, int index) { moveTo(lanes, id, index); }
void JourneyMap::insertOwner(const Owner &o, int index) { insertClamped(owners, o, index); }

void JourneyMap::insertTouchpoint(const Touchpoint &tp, int indexInCell)
{
    const int pos = groupInsertPosition(
        touchpoints, [&](const Touchpoint &t) { return t.stage == tp.stage && t.lane == tp.lane; },
        std::max(0, indexInCell), int(touchpoints.size()));
    touchpoints.insert(touchpoints.begin() + pos, tp);
}

void JourneyMap::moveTouchpoint(TouchpointId id, StageId stage, LaneId lane, int indexInCell)
{
    const int from = touchpointIndex(id);
    if (from < 0)
        return;
    // Where insertTouchpoint would put it once removed, counted in the vector
    // as it is (the card itself skipped), then shifted past its old place.
    int to = groupInsertPosition(
        touchpoints, [&](const Touchpoint &t) { return t.id != id && t.stage == stage && t.lane == lane; },
        std::max(0, indexInCell), int(touchpoints.size()));
    if (to > from)
        --to;
    touchpoints[size_t(from)].stage = stage;
    touchpoints[size_t(from)].lane = lane;
    // Only the cards between the two places shift by one: rotate those and
    // re-index them, instead of moving and re-indexing all 10,000 cards.
    const auto at = [this](int i) { return touchpoints.begin() + i; };
    if (to > from)
        std::rotate(at(from), at(from + 1), at(to + 1));
    else if (to < from)
        std::rotate(at(to), at(from), at(from + 1));
    for (int i = std::min(from, to); i <= std::max(from, to); ++i)
        touchpointIndexCache.positions.insert(touchpoints[size_t(i)].id.value, i);
}

void JourneyMap::arrangeCell(StageId stage, LaneId lane, const QList<TouchpointId> &order)
{
    // As moving each card to the cell's end in turn would: the cell's other
    // cards, then `order`'s, end up where its last card was (a new cell's at
    // the vector's end), so cells stay in one piece and exports list them so.
    // Only the stretch of the vector between the cards involved moves.
    QSet<TouchpointId> ordered;
    std::vector<int> arriving, staying;
    for (TouchpointId id : order)
        if (const int i = touchpointIndex(id); i >= 0 && !ordered.contains(id))
            ordered.insert(id), arriving.push_back(i);
    int last = -1;
    bool others = false; // cards besides the first to move: else that one starts a new cell
    for (int i = 0; i < int(touchpoints.size()); ++i) {
        const Touchpoint &t = touchpoints[size_t(i)];
        if (t.stage != stage || t.lane != lane)
            continue;
        last = i;
        others = others || arriving.empty() || i != arriving.front();
        if (!ordered.contains(t.id))
            staying.push_back(i);
    }
    if (!others)
        last = -1;
    if (arriving.empty() && staying.empty())
        return;
    const int end = int(touchpoints.size()) - 1;
    int lo = last < 0 ? end : last, hi = last < 0 ? end : last;
    for (const std::vector<int> *group : {&staying, &arriving})
        for (int i : *group)
            lo = std::min(lo, i), hi = std::max(hi, i);
    std::vector<bool> inBlock(size_t(hi - lo + 1));
    for (const std::vector<int> *group : {&staying, &arriving})
        for (int i : *group)
            inBlock[size_t(i - lo)] = true;
    std::vector<Touchpoint> stretch;
    stretch.reserve(inBlock.size());
    const auto placeBlock = [&] {
        for (const std::vector<int> *group : {&staying, &arriving})
            for (int i : *group) {
                Touchpoint &t = stretch.emplace_back(std::move(touchpoints[size_t(i)]));
                t.stage = stage;
                t.lane = lane;
            }
    };
    for (int i = lo; i <= hi; ++i) {
        if (!inBlock[size_t(i - lo)])
            stretch.push_back(std::move(touchpoints[size_t(i)]));
        if (i == last)
            placeBlock();
    }
    if (last < 0)
        placeBlock();
    for (int i = lo; i <= hi; ++i) {
        touchpoints[size_t(i)] = std::move(stretch[size_t(i - lo)]);
        touchpointIndexCache.positions.insert(touchpoints[size_t(i)].id.value, i);
    }
}

void JourneyMap::removePhase(PhaseId id) { eraseById(phases, id); }
void JourneyMap::removeStage(StageId id) { eraseById(stages, id); }
void JourneyMap::removeLane(LaneId id) { eraseById(lanes, id); }
void JourneyMap::removeOwner(OwnerId id) { eraseById(owners, id); }
void JourneyMap::removeTouchpoint(TouchpointId id) { eraseById(touchpoints, id); }
void JourneyMap::removeLink(LinkId id) { eraseById(links, id); }

void JourneyMap::replace(const Phase &p) { replaceById(phases, p); }
void JourneyMap::replace(const Stage &s) { replaceById(stages, s); }
void JourneyMap::replace(const Lane &l) { replaceById(lanes, l); }
void JourneyMap::replace(const Owner &o) { replaceById(owners, o); }
void JourneyMap::replace(const Touchpoint &t) { replaceById(touchpoints, t); }
void JourneyMap::replace(const Link &l) { replaceById(links, l); }
void JourneyMap::addLink(const Link &l)
{
    // Links are kept in id order, as the file returns them.
    auto at = std::lower_bound(links.begin(), links.end(), l.id, [](const Link &x, LinkId id) { return x.id < id; });
    links.insert(at, l);
}

PhaseId JourneyMap::nextPhaseId() const { return maxId(phases); }
StageId JourneyMap::nextStageId() const { return maxId(stages); }
LaneId JourneyMap::nextLaneId() const { return maxId(lanes); }
OwnerId JourneyMap::nextOwnerId() const { return maxId(owners); }
TouchpointId JourneyMap::nextTouchpointId() const { return maxId(touchpoints); }
LinkId JourneyMap::nextLinkId() const { return maxId(links); }

QString JourneyMap::freshPhaseKey() const { return freshKeyFor(phases, QLatin1Char('p')); }
QString JourneyMap::freshStageKey() const { return freshKeyFor(stages, QLatin1Char('s')); }
QString JourneyMap::freshLaneKey() const { return freshKeyFor(lanes, QLatin1Char('l')); }
QString JourneyMap::freshOwnerKey() const { return freshKeyFor(owners, QLatin1Char('o')); }
QString JourneyMap::freshTouchpointKey() const { return freshKeyFor(touchpoints, QLatin1Char('t')); }
QString JourneyMap::freshLinkKey() const { return freshKeyFor(links, QLatin1Char('k')); }

namespace {
template <typename T>
void checkIdsAndKeys(const std::vector<T> &items, const char *what, QStringList &out)
{
    QSet<qint64> ids;
    QSet<QString> keys;
    for (const T &t : items) {
        if (!t.id.isValid())
            out << QStringLiteral("%1 with invalid id").arg(QLatin1String(what));
        if (ids.contains(t.id.value))
            out << QStringLiteral("duplicate %1 id %2").arg(QLatin1String(what)).arg(t.id.value);
        if (t.key.isEmpty())
            out << QStringLiteral("%1 %2 has no key").arg(QLatin1String(what)).arg(t.id.value);
        else if (keys.contains(t.key))
            out << QStringLiteral("duplicate %1 key '%2'").arg(QLatin1String(what), t.key);
        ids.insert(t.id.value);
        keys.insert(t.key);
    }
}
} // namespace

QStringList JourneyMap::problems() const
{
    QStringList out;
    checkIdsAndKeys(phases, "phase", out);
    checkIdsAndKeys(stages, "stage", out);
    checkIdsAndKeys(lanes, "lane", out);
    checkIdsAndKeys(owners, "owner", out);
    checkIdsAndKeys(touchpoints, "touchpoint", out);
    checkIdsAndKeys(links, "link", out);

    int lastPhase = -1;
    for (const Stage &s : stages) {
        const int pi = phaseIndex(s.phase);
        if (pi < 0)
            out << QStringLiteral("stage '%1' refers to a missing phase").arg(s.key);
        else if (pi < lastPhase)
            out << QStringLiteral("stage '%1' is out of phase order").arg(s.key);
        lastPhase = std::max(lastPhase, pi);
    }
    for (const Touchpoint &t : touchpoints) {
        if (!stage(t.stage))
            out << QStringLiteral("touchpoint '%1' refers to a missing stage").arg(t.key);
        if (!lane(t.lane))
            out << QStringLiteral("touchpoint '%1' refers to a missing lane").arg(t.key);
        if (t.owner && !owner(*t.owner))
            out << QStringLiteral("touchpoint '%1' refers to a missing owner").arg(t.key);
        if (t.emotion && (*t.emotion < Touchpoint::MinEmotion || *t.emotion > Touchpoint::MaxEmotion))
            out << QStringLiteral("touchpoint '%1' has emotion %2 outside -2..+2").arg(t.key).arg(*t.emotion);
    }
    std::set<std::tuple<qint64, qint64, int>> seenLinks;
    for (const Link &l : links) {
        if (!touchpoint(l.from) || !touchpoint(l.to))
            out << QStringLiteral("link '%1' refers to a missing touchpoint").arg(l.key);
        if (l.from == l.to)
            out << QStringLiteral("link '%1' goes from a touchpoint to itself").arg(l.key);
        const auto sig = std::make_tuple(l.from.value, l.to.value, int(l.kind));
        if (seenLinks.count(sig))
            out << QStringLiteral("link '%1' repeats another link of the same kind").arg(l.key);
        seenLinks.insert(sig);
    }
    return out;
}

} // namespace stagecraft
