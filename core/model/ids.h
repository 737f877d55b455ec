#pragma once

#include <QHashFunctions>
#include <QtGlobal>
#include <compare>
#include <functional>

namespace stagecraft {

// A typed row id: a TouchpointId cannot be passed where a StageId is meant.
// Values are the SQLite rowids of the element, stable across undo and reopen.
template <typename Tag>
struct Id {
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template <typename Tag>
inline size_t qHash(Id<Tag> id, size_t seed = 0) { return ::qHash(id.value, seed); }

using PhaseId = Id<struct PhaseTag>;
using StageId = Id<struct StageTag>;
using LaneId = Id<struct LaneTag>;
using OwnerId = Id<struct OwnerTag>;
using TouchpointId = Id<struct TouchpointTag>;
using LinkId = Id<struct LinkTag>;

} // namespace stagecraft

template <typename Tag>
struct std::hash<stagecraft::Id<Tag>> {
    size_t operator()(stagecraft::Id<Tag> id) const noexcept { return std::hash<qint64>{}(id.value); }
};
