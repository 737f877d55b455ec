#include "journeyjson.h"

#include "jsonmapreader.h"
#include "jsonwriter.h"

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

// Members in the order of the spec: id first, then the fields people look at.
void writeTouchpoint(JsonWriter &json, const JourneyMap &map, const Touchpoint &t)
{
    json.beginObject();
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
    json.end();
}

void writeOwners(JsonWriter &json, const JourneyMap &map)
{
    json.key("owners");
    json.beginArray();
    for (const Owner &o : map.owners) {
        json.beginObject();
        json.member("id", o.key);
        json.member("name", o.name);
        addText(json, "accountable", o.accountable);
        if (o.color.isValid())
            json.member("color", o.color.name());
        json.end();
    }
    json.end();
}

void writePhases(JsonWriter &json, const JourneyMap &map)
{
    json.key("phases");
    json.beginArray();
    for (const Phase &p : map.phases) {
        json.beginObject();
        json.member("id", p.key);
        json.member("name", p.name);
        json.key("stages");
        json.beginArray();
        for (const Stage &s : map.stages) {
            if (s.phase != p.id)
                continue;
            json.beginObject();
            json.member("id", s.key);
            json.member("name", s.name);
            json.end();
        }
        json.end();
        json.end();
    }
    json.end();
}

void writeLanes(JsonWriter &json, const JourneyMap &map)
{
    json.key("lanes");
    json.beginArray();
    for (const Lane &l : map.lanes) {
        json.beginObject();
        json.member("id", l.key);
        json.member("name", l.name);
        json.member("kind", laneKindName(l.kind));
        json.end();
    }
    json.end();
}

void writeLinks(JsonWriter &json, const JourneyMap &map)
{
    json.key("links");
    json.beginArray();
    for (const Link &l : map.links) {
        json.beginObject();
        json.member("id", l.key);
        json.member("from", map.touchpoint(l.from)->key);
        json.member("to", map.touchpoint(l.to)->key);
        json.member("kind", linkKindName(l.kind));
        addDuration(json, "agreed_time", l.agreedTime);
        addDuration(json, "wait_time", l.waitTime);
        addText(json, "note", l.note);
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
    writeOwners(json, map);
    writePhases(json, map);
    writeLanes(json, map);
    json.key("touchpoints");
    json.beginArray();
    for (const Touchpoint &t : map.touchpoints)
        writeTouchpoint(json, map, t);
    json.end();
    writeLinks(json, map);
    json.end();
    return json.finish();
}

} // namespace stagecraft
