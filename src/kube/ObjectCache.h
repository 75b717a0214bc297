#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace rd::kube {

// The objects of one kind (in one namespace or all), keyed "namespace/name", fed by a Reflector.
//
// Objects are kept as compact JSON text and decoded when read: a decoded QJsonObject tree takes
// five to seven times the bytes of its text (every nested object and array is a container of its
// own), and at 10,000 rollouts the trees were most of the program's memory. Readers take what
// they need once per change, so decoding on read costs less than holding every tree.
class ObjectCache : public QObject
{
    Q_OBJECT
public:
    explicit ObjectCache(QString kind, QObject *parent = nullptr);
    ~ObjectCache() override;

    QString kind() const { return m_kind; }
    static QString keyOf(const QJsonObject &object);
    // The stored form of an object (also usable off the GUI thread, to pack before storing).
    static QByteArray pack(const QJsonObject &object);
    static QJsonObject unpack(const QByteArray &packed);
    // unpack() and pack() calls made on the calling thread so far (tests: what the GUI thread
    // decodes and encodes).
    static qint64 unpacksOnThisThread();
    static qint64 packsOnThisThread();
    // What readers index an object by, read where it is decoded anyway (a list page is decoded
    // on a pool thread), so that indexing it on the owner's thread needs no second decode.
    struct Refs
    {
        QString uid;
        QStringList ownerUids; // metadata.ownerReferences[].uid, without empty or repeated ones
        // An Event's involvedObject (empty for other objects).
        QString involvedKind;
        QString involvedNamespace;
        QString involvedName;
        QString workloadRef; // spec.workloadRef.name (a Rollout running a Deployment's pods)
        // status.replicas (-1 when absent): the pods a ReplicaSet counts as its own. A first load
        // computes a rollout before the pods list ends once each ReplicaSet has that many.
        qint32 replicas = -1;
        bool read = false; // set by refsOf(): a Packed made without them is read on store
    };
    static Refs refsOf(const QJsonObject &object);
    // An object packed with its key and refs, as a list collects them before replaceAll().
    struct Packed
    {
        QString key;
        QByteArray text;
        Refs refs;
    };
    static Packed packWithKey(const QJsonObject &object);

    bool contains(const QString &key) const { return m_objects.contains(key); }
    QJsonObject value(const QString &key) const;
    // The stored text (implicitly shared, no copy; null when absent): to decode elsewhere.
    QByteArray packed(const QString &key) const { return m_objects.value(key); }
    // The refs of the object written last (what the receivers of its signal ask for) without
    // decoding it; of any other object by decoding it. Empty when absent.
    Refs refs(const QString &key) const;
    QList<QString> keys() const { return m_objects.keys(); }
    QList<QJsonObject> values() const;
    qsizetype size() const { return m_objects.size(); }
    // Bytes of the stored objects' text (diagnostics).
    qsizetype packedBytes() const { return m_packedBytes; }

    void upsert(const QJsonObject &object);
    void upsert(const Packed &packed);
    // `packed` made by packWithKey(decoded) elsewhere (a watch event on the pool): nothing to
    // pack or read here, and the receivers of the signal read `decoded` without decoding.
    void upsert(const Packed &packed, const QJsonObject &decoded);
    void remove(const QJsonObject &object);
    // After a (re)list: the list is the whole truth; objects missing from it are deleted.
    void replaceAll(const QList<QJsonObject> &objects);
    void replaceAll(const QList<Packed> &objects);

Q_SIGNALS:
    void objectAdded(const QString &key);
    // For receivers that need no previous state: emitted with objectModified, which decodes
    // the previous text only when something is connected to it.
    void objectReplaced(const QString &key);
    void objectModified(const QString &key, const QJsonObject &previous);
    void objectRemoved(const QString &key, const QJsonObject &last);

private:
    void store(const QString &key, QByteArray packed, const QJsonObject &decoded, Refs refs);

    QString m_kind;
    QHash<QString, QByteArray> m_objects;
    qsizetype m_packedBytes = 0;
    // The object written last, decoded: the receivers of its signal read it at once.
    QString m_recentKey;
    QJsonObject m_recent;
    // The refs of the object written last, also when it came packed.
    QString m_recentRefsKey;
    Refs m_recentRefs;
};

} // namespace rd::kube
