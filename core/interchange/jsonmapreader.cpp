#include "jsonmapreader.h"

#include "isodate.h"
#include "ownerpalette.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <set>
#include <tuple>

namespace stagecraft {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("JourneyJson", text); }
} // namespace

ImportResult JsonMapReader::read()
{
    if (m_json.size() > importlimits::MaxBytes)
        return {std::nullopt, tr("the file is %1 MB; Stagecraft imports files of up to %2 MB")
                                  .arg(double(m_json.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(importlimits::MaxBytes / (1024 * 1024))};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's parser reads numbers too large for a double, NaN and Infinity
        // as errors too; saying where they are is the useful part.
        const JsonLocator partial(m_json.left(parseError.offset));
        return {std::nullopt, tr("line %1: %2: not valid JSON: %3")
                                  .arg(JsonLocator::lineAt(m_json, parseError.offset))
                                  .arg(describePath(partial.lastPath()), parseError.errorString())};
    }
    if (!doc.isObject())
        return {std::nullopt, tr("line 1: the map: the top level must be a JSON object")};
    locate(m_json);
    try {
        if (JsonLocator(m_json, JsonLocator::Record::DuplicatesOnly).duplicateKey()) {
            const auto &dup = *locator().duplicateKey(); // now with the object's path
            throw Rejected{tr("line %1: %2: key %3 appears twice")
                               .arg(dup.line)
                               .arg(describePath(dup.objectPath), quoted(dup.key))};
        }
        const QJsonObject root = doc.object();
        readHeader(root);
        readOwners(root);
        readPhases(root);
        readLanes(root);
        readTouchpoints(root);
        readLinks(root);
    } catch (const Rejected &rejected) {
        return {std::nullopt, rejected.message};
    }
    if (const QStringList problems = m_map.problems(); !problems.isEmpty())
        return {std::nullopt, problems.first()}; // a rule this reader missed; never write such a map
    return {std::move(m_map), QString()};
}

void JsonMapReader::readHeader(const QJsonObject &root)
{
    const Where map{tr("the map"), QString()};
    const QString format = string(root, map, QStringLiteral("format"), true);
    if (format != QLatin1String("stagecraft-journey"))
        reject(map, QStringLiteral("format"), tr("must be \"stagecraft-journey\", not %1").arg(quoted(format)));
    const auto version = integer(root, map, QStringLiteral("version"));
    if (!version)
        reject(map, QStringLiteral("version"), tr("is missing"));
    if (*version != 1)
        reject(map, QStringLiteral("version"), tr("version %1 is not one this Stagecraft reads (1)").arg(*version));
    m_map.info.title = string(root, map, QStringLiteral("title"), true);
    m_map.info.description = string(root, map, QStringLiteral("description"), false);

    const QJsonValue settingsValue = root.value(QStringLiteral("settings"));
    if (settingsValue.isUndefined() || settingsValue.isNull())
        return;
    const Where settings{tr("settings"), QStringLiteral("/settings")};
    const QJsonObject s = object(settingsValue, map, QStringLiteral("settings"));
    if (const auto months = integer(s, settings, QStringLiteral("stale_after_months"))) {
        if (*months < 1 || *months > 1200)
            reject(settings, QStringLiteral("stale_after_months"), tr("%1 is outside 1..1200").arg(*months));
        m_map.info.settings.staleAfterMonths = int(*months);
    }
    m_map.info.settings.targetTime = duration(s, settings, QStringLiteral("target_time"));
}

void JsonMapReader::readOwners(const QJsonObject &root)
{
    const QJsonArray owners = array(root, {tr("the map"), QString()}, QStringLiteral("owners"), false);
    QSet<QString> used;
    for (qsizetype i = 0; i < owners.size(); ++i) {
        Where where{tr("owner %1").arg(i + 1), QStringLiteral("/owners/%1").arg(i)};
        const QJsonObject obj = object(owners.at(i), where, QString());
        Owner owner;
        owner.id = OwnerId(i + 1);
        owner.key = id(obj, where, tr("owner"), used);
        owner.name = string(obj, where, QStringLiteral("name"), false);
        owner.accountable = string(obj, where, QStringLiteral("accountable"), false);
        const QString color = string(obj, where, QStringLiteral("color"), false);
        owner.color = color.isNull() ? ownerPaletteColor(int(i)) : QColor(color);
        if (!owner.color.isValid())
            reject(where, QStringLiteral("color"), tr("%1 is not a colour such as #3b7dd8").arg(quoted(color)));
        m_owners.insert(owner.key, owner.id);
        m_map.owners.push_back(owner);
    }
}

void JsonMapReader::readPhases(const QJsonObject &root)
{
    const Where map{tr("the map"), QString()};
    const QJsonArray phases = array(root, map, QStringLiteral("phases"), true);
    if (phases.isEmpty())
        reject(map, QStringLiteral("phases"), tr("must hold at least one phase"));
    QSet<QString> usedPhases, usedStages;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        Where where{tr("phase %1").arg(i + 1), QStringLiteral("/phases/%1").arg(i)};
        const QJsonObject obj = object(phases.at(i), where, QString());
        Phase phase;
        phase.id = PhaseId(i + 1);
        phase.key = id(obj, where, tr("phase"), usedPhases);
        phase.name = string(obj, where, QStringLiteral("name"), false);
        m_map.phases.push_back(phase);
        const QJsonArray stages = array(obj, where, QStringLiteral("stages"), true);
        if (stages.isEmpty())
            reject(where, QStringLiteral("stages"), tr("must hold at least one stage"));
        for (qsizetype j = 0; j < stages.size(); ++j) {
            Where stageWhere{tr("stage %1 of %2").arg(j + 1).arg(where.element),
                             where.path + QStringLiteral("/stages/%1").arg(j)};
            const QJsonObject s = object(stages.at(j), stageWhere, QString());
            Stage stage;
            stage.id = StageId(qint64(m_map.stages.size()) + 1);
            stage.key = id(s, stageWhere, tr("stage"), usedStages);
            stage.phase = phase.id;
            stage.name = string(s, stageWhere, QStringLiteral("name"), false);
            m_stages.insert(stage.key, stage.id);
            m_map.stages.push_back(stage);
        }
    }
}

void JsonMapReader::readLanes(const QJsonObject &root)
{
    const Where map{tr("the map"), QString()};
    const QJsonArray lanes = array(root, map, QStringLiteral("lanes"), true);
    if (lanes.isEmpty())
        reject(map, QStringLiteral("lanes"), tr("must hold at least one lane"));
    QSet<QString> used;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        Where where{tr("lane %1").arg(i + 1), QStringLiteral("/lanes/%1").arg(i)};
        const QJsonObject obj = object(lanes.at(i), where, QString());
        Lane lane;
        lane.id = LaneId(i + 1);
        lane.key = id(obj, where, tr("lane"), used);
        lane.name = string(obj, where, QStringLiteral("name"), false);
        const QString kind = string(obj, where, QStringLiteral("kind"), false);
        if (!kind.isNull()) {
            const auto k = laneKindFromName(kind);
            if (!k)
                reject(where, QStringLiteral("kind"),
                       tr("%1 is not a lane kind (customer, front-stage, on-stage, back-stage, support, "
                          "evidence, notes)").arg(quoted(kind)));
            lane.kind = *k;
        }
        m_lanes.insert(lane.key, lane.id);
        m_map.lanes.push_back(lane);
    }
}

void JsonMapReader::readTouchpoints(const QJsonObject &root)
{
    const QJsonArray touchpoints = array(root, {tr("the map"), QString()}, QStringLiteral("touchpoints"), false);
    QSet<QString> used;
    for (qsizetype i = 0; i < touchpoints.size(); ++i) {
        Where where{tr("touchpoint %1").arg(i + 1), QStringLiteral("/touchpoints/%1").arg(i)};
        readTouchpoint(object(touchpoints.at(i), where, QString()), where, used);
    }
}

void JsonMapReader::readTouchpoint(const QJsonObject &obj, Where &where, QSet<QString> &used)
{
    Touchpoint tp;
    tp.id = TouchpointId(qint64(m_map.touchpoints.size()) + 1);
    tp.key = id(obj, where, tr("touchpoint"), used);
    tp.stage = reference(obj, where, QStringLiteral("stage"), tr("stage"), m_stages, true);
    tp.lane = reference(obj, where, QStringLiteral("lane"), tr("lane"), m_lanes, true);
    tp.title = string(obj, where, QStringLiteral("title"), false);
    tp.description = string(obj, where, QStringLiteral("description"), false);
    tp.channel = string(obj, where, QStringLiteral("channel"), false);
    if (const OwnerId owner = reference(obj, where, QStringLiteral("owner"), tr("owner"), m_owners, false);
        owner.isValid())
        tp.owner = owner;
    tp.processingTime = duration(obj, where, QStringLiteral("processing_time"));
    if (const auto emotion = integer(obj, where, QStringLiteral("emotion"))) {
        if (*emotion < Touchpoint::MinEmotion || *emotion > Touchpoint::MaxEmotion)
            reject(where, QStringLiteral("emotion"), tr("%1 is outside -2..+2").arg(*emotion));
        tp.emotion = int(*emotion);
    }
    const QJsonValue pain = obj.value(QStringLiteral("pain"));
    if (!pain.isUndefined() && !pain.isNull() && !pain.isBool())
        reject(where, QStringLiteral("pain"), tr("must be true or false"));
    tp.pain = pain.toBool();
    const QString reviewed = string(obj, where, QStringLiteral("last_reviewed"), false);
    if (!reviewed.isNull()) {
        tp.lastReviewed = parseIsoDate(reviewed);
        if (!tp.lastReviewed)
            reject(where, QStringLiteral("last_reviewed"), tr("%1 is not a date YYYY-MM-DD").arg(quoted(reviewed)));
    }
    const QJsonArray evidence = array(obj, where, QStringLiteral("evidence"), false);
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (!evidence.at(i).isString())
            reject(where, QStringLiteral("evidence/%1").arg(i), tr("must be a string"));
        if (evidence.at(i).toString().size() > importlimits::MaxTextLength)
            reject(where, QStringLiteral("evidence/%1").arg(i),
                   tr("is longer than the %1 characters a text in a map holds").arg(importlimits::MaxTextLength));
        tp.evidence << evidence.at(i).toString();
    }
    m_touchpoints.insert(tp.key, tp.id);
    m_map.touchpoints.push_back(tp);
}

void JsonMapReader::readLinks(const QJsonObject &root)
{
    const QJsonArray links = array(root, {tr("the map"), QString()}, QStringLiteral("links"), false);
    QSet<QString> used;
    std::set<std::tuple<qint64, qint64, int>> seen;
    for (qsizetype i = 0; i < links.size(); ++i) {
        Where where{tr("link %1").arg(i + 1), QStringLiteral("/links/%1").arg(i)};
        const QJsonObject obj = object(links.at(i), where, QString());
        Link link;
        link.id = LinkId(i + 1);
        if (!obj.value(QStringLiteral("id")).isUndefined() && !obj.value(QStringLiteral("id")).isNull())
            link.key = id(obj, where, tr("link"), used);
        link.from = reference(obj, where, QStringLiteral("from"), tr("touchpoint"), m_touchpoints, true);
        link.to = reference(obj, where, QStringLiteral("to"), tr("touchpoint"), m_touchpoints, true);
        if (link.from == link.to)
            reject(where, QStringLiteral("to"), tr("links the touchpoint to itself"));
        const QString kind = string(obj, where, QStringLiteral("kind"), false);
        if (!kind.isNull()) {
            const auto k = linkKindFromName(kind);
            if (!k)
                reject(where, QStringLiteral("kind"),
                       tr("%1 is not a link kind (flow, supports, handoff)").arg(quoted(kind)));
            link.kind = *k;
        }
        if (!seen.insert({link.from.value, link.to.value, int(link.kind)}).second)
            reject(where, QString(), tr("repeats an earlier %1 link between the same touchpoints")
                                         .arg(linkKindName(link.kind)));
        link.agreedTime = duration(obj, where, QStringLiteral("agreed_time"));
        link.waitTime = duration(obj, where, QStringLiteral("wait_time"));
        link.note = string(obj, where, QStringLiteral("note"), false);
        m_map.links.push_back(link);
    }
    // Links without an id get fresh keys that none of the given ones use.
    int n = 0;
    for (Link &link : m_map.links) {
        while (link.key.isEmpty()) {
            const QString key = QStringLiteral("k%1").arg(++n);
            if (!used.contains(key))
                link.key = key;
        }
    }
}

} // namespace stagecraft
