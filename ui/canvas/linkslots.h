#pragma once

#include "model/journeymap.h"

#include <QHash>
#include <algorithm>
#include <optional>
#include <vector>

namespace stagecraft {

// What a canvas layer remembers of each link (its line as last painted,
// where its label went), kept by the link's index in map.links rather than
// hashed by id. When a row grows, tens of thousands of links move at once,
// and hash look-ups by id were most of the time the scene took to follow.
// The ids beside the values say which link each slot is for; follow()
// re-keys the slots when links were added, removed or reordered.
template <typename T>
class LinkSlots {
public:
    // Brings the slots in step with map.links, keeping each value of a link
    // still on the map and handing the others, gone, to `dropped(value)`.
    template <typename Dropped>
    void follow(const JourneyMap &map, Dropped dropped)
    {
        if (follows(map))
            return;
        QHash<LinkId, qsizetype> was;
        was.reserve(qsizetype(m_ids.size()));
        for (size_t i = 0; i < m_ids.size(); ++i)
            was.insert(m_ids[i], qsizetype(i));
        std::vector<LinkId> ids(map.links.size());
        std::vector<std::optional<T>> values(map.links.size());
        for (size_t i = 0; i < map.links.size(); ++i) {
            ids[i] = map.links[i].id;
            if (const auto at = was.constFind(ids[i]); at != was.cend()) {
                values[i] = std::move(m_values[size_t(*at)]);
                was.erase(at);
            }
        }
        for (const qsizetype at : std::as_const(was))
            if (m_values[size_t(at)])
                dropped(*m_values[size_t(at)]);
        m_ids = std::move(ids);
        m_values = std::move(values);
    }

    bool follows(const JourneyMap &map) const
    {
        if (map.links.size() != m_ids.size())
            return false;
        for (size_t i = 0; i < m_ids.size(); ++i)
            if (map.links[i].id != m_ids[i])
                return false;
        return true;
    }

    // The slot of the link at `index` in map.links, as of the last follow();
    // null when that index holds another link.
    std::optional<T> *at(qsizetype index, LinkId id)
    {
        return index >= 0 && size_t(index) < m_ids.size() && m_ids[size_t(index)] == id ? &m_values[size_t(index)]
                                                                                          : nullptr;
    }
    const std::optional<T> *at(qsizetype index, LinkId id) const { return const_cast<LinkSlots *>(this)->at(index, id); }

    // For the odd look-up by id alone (a selection): a pass over the ids.
    qsizetype indexOf(LinkId id) const
    {
        const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
        return it == m_ids.cend() ? -1 : qsizetype(it - m_ids.cbegin());
    }

private:
    std::vector<LinkId> m_ids;
    std::vector<std::optional<T>> m_values;
};

} // namespace stagecraft
