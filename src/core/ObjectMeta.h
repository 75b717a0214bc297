#pragma once

#include "JsonReader.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QString>

namespace rd::core {

struct OwnerReference
{
    QString apiVersion;
    QString kind;
    QString name;
    QString uid;
    bool controller = false;
};

// The part of `metadata` a client reads.
struct ObjectMeta
{
    QString name;
    QString namespace_;
    QString uid;
    QString resourceVersion;
    qint64 generation = 0;
    QDateTime creationTimestamp;
    QDateTime deletionTimestamp;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QList<OwnerReference> ownerReferences;

    // Ownership is by uid alone, as the plugin matches children: any owner reference whose uid
    // equals `ownerUid`, so in hand-written snapshots an empty uid matches an empty uid.
    bool isOwnedBy(const QString &ownerUid) const;
    // The `controller: true` owner reference's uid, if any.
    QString controllerUid() const;
    QString key() const { return namespace_ + u'/' + name; }
    // `rollout.argoproj.io/revision` as the plugin's info package reads it (strconv.Atoi): 0 when
    // missing or not a plain integer (" 3", "3.0" and "0x3" are all 0).
    qint64 revision() const;

    static ObjectMeta read(const JsonReader &metadata);
};

// Names an object for error messages: `Rollout "jesse-test/canary-demo"`.
QString describeObject(const QString &kind, const QJsonObject &object);

// Reads `metadata`, failing when the object has none or no name.
Result<ObjectMeta> readObjectMeta(const QString &kind, const JsonReader &object);

// T::fromText for a typed view T: T::read over the text parsed by ParsedJson; a text simdjson
// refuses goes to T::fromJson as QJsonDocument reads it, so the two always agree.
template <typename T> Result<T> readObjectText(QByteArrayView text, const QString &kind)
{
    const ParsedJson parsed(text);
    if (!parsed.isObject())
        return T::fromJson(QJsonDocument::fromJson(text.toByteArray()).object());
    return T::read(JsonReader(parsed, parsed.describe(kind)));
}

// Annotation and label keys the model reads.
namespace keys {
inline constexpr char16_t podTemplateHash[] = u"rollouts-pod-template-hash";
inline constexpr char16_t revision[] = u"rollout.argoproj.io/revision";
inline constexpr char16_t revisionHistory[] = u"rollout.argoproj.io/revision-history";
inline constexpr char16_t desiredReplicas[] = u"rollout.argoproj.io/desired-replicas";
inline constexpr char16_t scaleDownDeadline[] = u"scale-down-deadline";
inline constexpr char16_t experimentTemplateName[] = u"experiment.argoproj.io/template-name";
inline constexpr char16_t workloadGeneration[] = u"rollout.argoproj.io/workload-generation";
} // namespace keys

} // namespace rd::core
