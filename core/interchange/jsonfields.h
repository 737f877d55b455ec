#pragma once

#include "importresult.h"
#include "jsonlocator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace stagecraft {

// Checked access to the fields of an interchange JSON document: each getter
// returns a value of the right type, within the import limits, or throws
// Rejected with one message naming the line, the element and the field.
class JsonFields {
public:
    // Where in the document a value sits: the element for the message, the
    // path for its line.
    struct Where {
        QString element;
        QString path;
    };
    // Carries the one message out of the nested readers.
    struct Rejected {
        QString message;
    };

    // Messages name their line from then on.
    void locate(const QByteArray &json)
    {
        m_located = json;
        m_locator.reset();
    }
    // The lines of the located text, found the first time they are asked for.
    const JsonLocator &locator() const;

    [[noreturn]] void reject(const Where &where, const QString &field, const QString &problem) const;
    // The field's value; nothing when it is absent or null, which is an error when required.
    std::optional<QJsonValue> valueOf(const QJsonObject &obj, const Where &where, const QString &field,
                                      bool required) const;
    QJsonObject object(const QJsonValue &value, const Where &where, const QString &field) const;
    QJsonArray array(const QJsonObject &obj, const Where &where, const QString &field, bool required) const;
    QString string(const QJsonObject &obj, const Where &where, const QString &field, bool required) const;
    std::optional<qint64> integer(const QJsonObject &obj, const Where &where, const QString &field) const;
    std::optional<Duration> duration(const QJsonObject &obj, const Where &where, const QString &field) const;
    // An element's "id": present, not empty, not used by another of `kind`;
    // names the element in `where` from then on.
    QString id(const QJsonObject &obj, Where &where, const QString &kind, QSet<QString> &used) const;
    // The element of `kind` that `field` names by id, among those read so far.
    template <typename IdT>
    IdT reference(const QJsonObject &obj, const Where &where, const QString &field, const QString &kind,
                  const QHash<QString, IdT> &known, bool required) const;

    static QString quoted(const QString &key); // 'key'
    // "/phases/1/stages/0/name" as a person reads it: "stage 1 of phase 2, field 'name'".
    static QString describePath(const QString &path);

private:
    QByteArray m_located; // shared with the caller's, not copied
    mutable std::optional<JsonLocator> m_locator;
};

template <typename IdT>
IdT JsonFields::reference(const QJsonObject &obj, const Where &where, const QString &field, const QString &kind,
                             const QHash<QString, IdT> &known, bool required) const
{
    const QString key = string(obj, where, field, required);
    if (key.isNull())
        return IdT();
    const auto it = known.find(key);
    if (it == known.end())
        reject(where, field, QCoreApplication::translate("JourneyJson", "refers to %1 %2, which is not in the file").arg(kind, quoted(key)));
    return *it;
}

} // namespace stagecraft
