#include "journeyjson.h"

#include "jsonmapreader.h"
#include "jsonwriter.h"

#include <ranges>

namespace stagecraft {

namespace {

// Optional fields are written only when set, so a map with little in it stays short.
void addText(JsonWriter &json, const char *key, const QString &value)
{
    if (!value.isEmpty())
        json.member(key, value);
}

void addDuration(JsonWriter &json, const char *key, const std::optional<Duration> &value)
{
    if (value)
        json.member(key, value->toIso());
}

// A touchpoint's members, in the order of the spec: id first, then the
// fields people look at.
void writeTouchpoint(JsonWriter &json, const JourneyMap &map, const Touchpoint &t)
{
    json.member("id", t.key);
    json.member("stage", map.stage(t.stage)->key);
    json.member("lane", map.lane(t.lane)->key);
    json.member("title", t.title);
    addText(json, "description", t.description);
    if (t.owner)
        json.member("owner", map.owner(*t.owner)->key);
    addText(json, "channel", t.channel);
    addDuration(json, "processing_time", t.processingTime);
    if (t.emotion) {
        json.key("emotion");
        json.number(*t.emotion);
    }
    if (t.pain) {
        json.key("pain");
        json.boolean(true);
    }
    if (t.lastReviewed)
        json.member("last_reviewed", t.lastReviewed->toString(Qt::ISODate));
    if (!t.evidence.isEmpty()) {
        json.key("evidence");
        json.beginArray();
        for (const QString &e : t.evidence)
            json.text(e);
        json.end();
    }
}

// An array of objects, one per element, under `key`.
template <typename Range, typename WriteMembers>
void writeObjects(JsonWriter &json, const char *key, Range &&elements, WriteMembers writeMembers)
{
    json.key(key);
    json.beginArray();
    for (const auto &element : elements) {
        json.beginObject();
        writeMembers(element);
        json.end();
    }
    json.end();
}

} // namespace

ImportResult readJourneyJson(const QByteArray &json)
{
    return JsonMapReader(json).read();
}

QByteArray writeJourneyJson(const JourneyMap &map)
{
    JsonWriter json;
    json.beginObject();
    json.member("format", QStringLiteral("stagecraft-journey"));
    json.key("version");
    json.number(1);
    json.member("title", map.info.title);
    addText(json, "description", map.info.description);
    json.key("settings");
    json.beginObject();
    json.key("stale_after_months");
    json.number(map.info.settings.staleAfterMonths);
    addDuration(json, "target_time", map.info.settings.targetTime);
    json.end();
    writeObjects(json, "owners", map.owners, [&](const Owner &o) {
        json.member("id", o.key);
        json.member("name", o.name);
        addText(json, "accountable", o.accountable);
        if (o.color.isValid())
            json.member("color", o.color.name());
    });
    writeObjects(json, "phases", map.phases, [&](const Phase &p) {
        json.member("id", p.key);
        json.member("name", p.name);
        const auto inPhase = [&p](const Stage &s) { return s.phase == p.id; };
        writeObjects(json, "stages", map.stages | std::views::filter(inPhase), [&](const Stage &s) {
            json.member("id", s.key);
            json.member("name", s.name);
        });
    });
    writeObjects(json, "lanes", map.lanes, [&](const Lane &l) {
        json.member("id", l.key);
        json.member("name", l.name);
        json.member("kind", laneKindName(l.kind));
    });
    writeObjects(json, "touchpoints", map.touchpoints, [&](const Touchpoint &t) { writeTouchpoint(json, map, t); });
    writeObjects(json, "links", map.links, [&](const Link &l) {
        json.member("id", l.key);
        json.member("from", map.touchpoint(l.from)->key);
        json.member("to", map.touchpoint(l.to)->key);
        json.member("kind", linkKindName(l.kind));
        addDuration(json, "agreed_time", l.agreedTime);
        addDuration(json, "wait_time", l.waitTime);
        addText(json, "note", l.note);
    });
    json.end();
    return json.finish();
}

} // namespace stagecraft
