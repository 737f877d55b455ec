#pragma once

#include "duration.h"
#include "ids.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace stagecraft {

// The kinds of swimlane, top to bottom as a service blueprint draws them.
enum class LaneKind { Customer, FrontStage, OnStage, BackStage, Support, Evidence, Notes };

// How one touchpoint leads to another.
enum class LinkKind { Flow, Supports, Handoff };

// Stable names used in the file, the interchange JSON and the CLI.
QString laneKindName(LaneKind kind);
std::optional<LaneKind> laneKindFromName(const QString &name);
QString laneKindTitle(LaneKind kind); // "Front-stage", for people
QString linkKindName(LinkKind kind);
std::optional<LinkKind> linkKindFromName(const QString &name);

// Lanes whose cards are the customer's own steps or annotations: they need no owner.
bool laneNeedsOwner(LaneKind kind);
// Lanes the customer sees: front-stage and the customer's own lane.
bool laneIsCustomerVisible(LaneKind kind);

struct MapSettings {
    int staleAfterMonths = 18;
    std::optional<Duration> targetTime;

    bool operator==(const MapSettings &) const = default;
};

struct MapInfo {
    QString title;
    QString description;
    MapSettings settings;
    QDateTime created;
    QDateTime modified;

    bool operator==(const MapInfo &) const = default;
};

struct Phase {
    PhaseId id;
    QString key;
    QString name;

    bool operator==(const Phase &) const = default;
};

struct Stage {
    StageId id;
    QString key;
    PhaseId phase;
    QString name;

    bool operator==(const Stage &) const = default;
};

struct Lane {
    LaneId id;
    QString key;
    QString name;
    LaneKind kind = LaneKind::FrontStage;

    bool operator==(const Lane &) const = default;
};

// A department that owns touchpoints, ideally with one accountable person.
struct Owner {
    OwnerId id;
    QString key;
    QString name;
    QColor color;
    QString accountable; // empty: nobody named

    bool operator==(const Owner &) const = default;
};

struct Touchpoint {
    TouchpointId id;
    QString key;
    StageId stage;
    LaneId lane;
    QString title;
    QString description;
    QString channel;
    std::optional<OwnerId> owner;
    std::optional<Duration> processingTime;
    std::optional<int> emotion; // -2 .. +2
    bool pain = false;
    std::optional<QDate> lastReviewed;
    QStringList evidence; // voice-of-the-customer quotes

    static constexpr int MinEmotion = -2;
    static constexpr int MaxEmotion = 2;

    bool operator==(const Touchpoint &) const = default;
};

struct Link {
    LinkId id;
    QString key;
    TouchpointId from;
    TouchpointId to;
    LinkKind kind = LinkKind::Flow;
    std::optional<Duration> agreedTime;
    std::optional<Duration> waitTime;
    QString note;

    bool operator==(const Link &) const = default;
};

} // namespace stagecraft
