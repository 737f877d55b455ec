#pragma once

#include <QHash>
#include <QRectF>
#include <vector>

namespace stagecraft {

// The link labels placed so far on a map, bucketed by area so that checking a
// new label against them stays cheap on maps with thousands of labels.
class LabelSpace {
public:
    explicit LabelSpace(qreal bucket = 120) : m_bucket(bucket) {}

    void add(const QRectF &r)
    {
        forBuckets(r, [&](quint64 key) { m_buckets[key].push_back(r); return false; });
    }
    bool intersects(const QRectF &r) const
    {
        return forBuckets(r, [&](quint64 key) {
            const auto it = m_buckets.constFind(key);
            if (it != m_buckets.cend())
                for (const QRectF &other : *it)
                    if (other.intersects(r))
                        return true;
            return false;
        });
    }

private:
    template <typename F>
    bool forBuckets(const QRectF &r, F f) const
    {
        for (qint64 x = qint64(r.left() / m_bucket); x <= qint64(r.right() / m_bucket); ++x)
            for (qint64 y = qint64(r.top() / m_bucket); y <= qint64(r.bottom() / m_bucket); ++y)
                if (f((quint64(quint32(x)) << 32) | quint32(y)))
                    return true;
        return false;
    }

    qreal m_bucket;
    QHash<quint64, std::vector<QRectF>> m_buckets;
};

} // namespace stagecraft
