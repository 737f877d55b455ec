#include "journeyjson.h"

#include "jsonmapreader.h"

#include <utility>
#include <vector>

namespace stagecraft {

namespace {

// An ordered JSON value: QJsonObject sorts its keys, and the file should read
// in the order of the spec (id first, then the fields people look at).
struct Node {
    QByteArray scalar; // set for strings, numbers and booleans
    // Keys and values side by side: a pair<QByteArray, Node> inside Node
    // needs Node complete, which clang (rightly) refuses.
    std::vector<QByteArray> keys;
    std::vector<Node> members;
    std::vector<Node> items;
    bool isArray = false;

    static Node text(const QString &s);
    static Node number(qint64 n) { return Node{QByteArray::number(n), {}, {}, {}, false}; }
    static Node boolean(bool b) { return Node{b ? "true" : "false", {}, {}, {}, false}; }
    static Node list() { return Node{{}, {}, {}, {}, true}; }
    Node &add(const char *key, Node value) { keys.emplace_back(key); members.push_back(std::move(value)); return *this; }
    void render(QByteArray &out, int depth) const;
};

Node Node::text(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    // Qt's parser drops a raw U+FEFF inside a string (a CSV cell can hold
    // one): escaped, it survives export and import.
    out.replace("\xEF\xBB\xBF", "\\ufeff");
    return Node{out + '"', {}, {}, {}, false};
}

void Node::render(QByteArray &out, int depth) const
{
    if (!scalar.isEmpty()) {
        out += scalar;
        return;
    }
    const QByteArray inner(2 * (depth + 1), ' ');
    if (isArray ? items.empty() : members.empty()) {
        out += isArray ? "[]" : "{}";
        return;
    }
    out += isArray ? "[\n" : "{\n";
    const size_t count = isArray ? items.size() : members.size();
    for (size_t i = 0; i < count; ++i) {
        out += inner;
        if (isArray) {
            items[i].render(out, depth + 1);
        } else {
            out += '"' + keys[i] + "\": ";
            members[i].render(out, depth + 1);
        }
        out += i + 1 < count ? ",\n" : "\n";
    }
    out += QByteArray(2 * depth, ' ') + (isArray ? ']' : '}');
}

// Optional fields are written only when set, so a map with little in it stays short.
void addText(Node &node, const char *key, const QString &value)
{
    if (!value.isEmpty())
        node.add(key, Node::text(value));
}

void addDuration(Node &node, const char *key, const std::optional<Duration> &value)
{
    if (value)
        node.add(key, Node::text(value->toIso()));
}

Node touchpointNode(const JourneyMap &map, const Touchpoint &t)
{
    Node node;
    node.add("id", Node::text(t.key));
    node.add("stage", Node::text(map.stage(t.stage)->key));
    node.add("lane", Node::text(map.lane(t.lane)->key));
    node.add("title", Node::text(t.title));
    addText(node, "description", t.description);
    if (t.owner)
        node.add("owner", Node::text(map.owner(*t.owner)->key));
    addText(node, "channel", t.channel);
    addDuration(node, "processing_time", t.processingTime);
    if (t.emotion)
        node.add("emotion", Node::number(*t.emotion));
    if (t.pain)
        node.add("pain", Node::boolean(true));
    if (t.lastReviewed)
        node.add("last_reviewed", Node::text(t.lastReviewed->toString(Qt::ISODate)));
    if (!t.evidence.isEmpty()) {
        Node evidence = Node::list();
        for (const QString &e : t.evidence)
            evidence.items.push_back(Node::text(e));
        node.add("evidence", std::move(evidence));
    }
    return node;
}

} // namespace

ImportResult readJourneyJson(const QByteArray &json)
{
    return JsonMapReader(json).read();
}

QByteArray writeJourneyJson(const JourneyMap &map)
{
    Node root;
    root.add("format", Node::text(QStringLiteral("stagecraft-journey")));
    root.add("version", Node::number(1));
    root.add("title", Node::text(map.info.title));
    addText(root, "description", map.info.description);
    Node settings;
    settings.add("stale_after_months", Node::number(map.info.settings.staleAfterMonths));
    addDuration(settings, "target_time", map.info.settings.targetTime);
    root.add("settings", std::move(settings));

    Node owners = Node::list();
    for (const Owner &o : map.owners) {
        Node node;
        node.add("id", Node::text(o.key));
        node.add("name", Node::text(o.name));
        addText(node, "accountable", o.accountable);
        if (o.color.isValid())
            node.add("color", Node::text(o.color.name()));
        owners.items.push_back(std::move(node));
    }
    root.add("owners", std::move(owners));

    Node phases = Node::list();
    for (const Phase &p : map.phases) {
        Node stages = Node::list();
        for (const Stage &s : map.stages)
            if (s.phase == p.id)
                stages.items.push_back(std::move(Node().add("id", Node::text(s.key)).add("name", Node::text(s.name))));
        phases.items.push_back(std::move(
            Node().add("id", Node::text(p.key)).add("name", Node::text(p.name)).add("stages", std::move(stages))));
    }
    root.add("phases", std::move(phases));

    Node lanes = Node::list();
    for (const Lane &l : map.lanes)
        lanes.items.push_back(std::move(Node()
                                            .add("id", Node::text(l.key))
                                            .add("name", Node::text(l.name))
                                            .add("kind", Node::text(laneKindName(l.kind)))));
    root.add("lanes", std::move(lanes));

    Node touchpoints = Node::list();
    for (const Touchpoint &t : map.touchpoints)
        touchpoints.items.push_back(touchpointNode(map, t));
    root.add("touchpoints", std::move(touchpoints));

    Node links = Node::list();
    for (const Link &l : map.links) {
        Node node;
        node.add("id", Node::text(l.key));
        node.add("from", Node::text(map.touchpoint(l.from)->key));
        node.add("to", Node::text(map.touchpoint(l.to)->key));
        node.add("kind", Node::text(linkKindName(l.kind)));
        addDuration(node, "agreed_time", l.agreedTime);
        addDuration(node, "wait_time", l.waitTime);
        addText(node, "note", l.note);
        links.items.push_back(std::move(node));
    }
    root.add("links", std::move(links));

    QByteArray out;
    root.render(out, 0);
    return out + '\n';
}

} // namespace stagecraft
