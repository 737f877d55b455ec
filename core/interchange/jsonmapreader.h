#pragma once

#include "importresult.h"
#include "jsonlocator.h"

#include <QHash>
#include <QJsonObject>

namespace stagecraft {

// Reads one interchange JSON document into a JourneyMap, checking every rule
// of the format before anything is returned.
class JsonMapReader {
public:
    explicit JsonMapReader(const QByteArray &json) : m_json(json) {}
    ImportResult read();

private:
    // Where in the document a value sits: the element for the message, the
    // path for its line.
    struct Where {
        QString element;
        QString path;
    };
    [[noreturn]] void reject(const Where &where, const QString &field, const QString &problem) const;

    QJsonObject object(const QJsonValue &value, const Where &where, const QString &field) const;
    QJsonArray array(const QJsonObject &obj, const Where &where, const QString &field, bool required) const;
    QString string(const QJsonObject &obj, const Where &where, const QString &field, bool required) const;
    std::optional<qint64> integer(const QJsonObject &obj, const Where &where, const QString &field) const;
    std::optional<Duration> duration(const QJsonObject &obj, const Where &where, const QString &field) const;
    QString id(const QJsonObject &obj, Where &where, const QString &kind, QSet<QString> &used) const;
    template <typename IdT>
    IdT reference(const QJsonObject &obj, const Where &where, const QString &field, const QString &kind,
                  const QHash<QString, IdT> &known, bool required) const;

    void readHeader(const QJsonObject &root);
    void readOwners(const QJsonObject &root);
    void readPhases(const QJsonObject &root);
    void readLanes(const QJsonObject &root);
    void readTouchpoints(const QJsonObject &root);
    void readTouchpoint(const QJsonObject &obj, Where &where, QSet<QString> &used);
    void readLinks(const QJsonObject &root);

    const QByteArray &m_json;
    std::optional<JsonLocator> m_locator;
    JourneyMap m_map;
    QHash<QString, OwnerId> m_owners;
    QHash<QString, StageId> m_stages;
    QHash<QString, LaneId> m_lanes;
    QHash<QString, TouchpointId> m_touchpoints;
};

} // namespace stagecraft
