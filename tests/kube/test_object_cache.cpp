// ObjectCache keeps objects as compact text and decodes them when read: what comes out must be
// what went in, signals must fire exactly when an object is new, changed or gone, and the byte
// count must follow every write.

#include "kube/ObjectCache.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::kube::ObjectCache;

namespace {

QJsonObject pod(const QString &name, const QString &phase, double weight = 0.5)
{
    return QJsonObject{
        {u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name},
                     {u"namespace"_s, u"shop"_s},
                     {u"uid"_s, QString(u"uid-"_s + name)},
                     {u"generation"_s, QJsonValue(qint64(9007199254740993LL))},
                     {u"labels"_s, QJsonObject{{u"app"_s, u"shop \u00e9\u6f22"_s}}},
                     {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"uid"_s, u"rs"_s}}}}}},
        {u"status"_s, QJsonObject{{u"phase"_s, phase},
                                  {u"weight"_s, weight},
                                  {u"ready"_s, true},
                                  {u"nothing"_s, QJsonValue(QJsonValue::Null)}}}};
}

} // namespace

class TestObjectCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBackWhatWasWritten()
    {
        // Integers beyond 2^53, doubles, non-ASCII text, null, nesting: all survive packing.
        const QJsonObject o = pod(u"a"_s, u"Running"_s, 0.1);
        QCOMPARE(ObjectCache::unpack(ObjectCache::pack(o)), o);
        QVERIFY(ObjectCache::pack(o).size() < 400);

        ObjectCache store(u"Pod"_s);
        store.upsert(o);
        store.upsert(pod(u"b"_s, u"Pending"_s));
        QCOMPARE(store.size(), 2);
        // Read back the last written (decoded copy at hand) and an older one (decoded from text).
        QCOMPARE(store.value(u"shop/b"_s), pod(u"b"_s, u"Pending"_s));
        QCOMPARE(store.value(u"shop/a"_s), o);
        QCOMPARE(store.value(u"shop/none"_s), QJsonObject());
        QCOMPARE(store.values().size(), 2);
        QVERIFY(store.values().contains(o));
    }

    void signalsOnlyForChanges()
    {
        ObjectCache store(u"Pod"_s);
        QSignalSpy added(&store, &ObjectCache::objectAdded);
        QSignalSpy modified(&store, &ObjectCache::objectModified);
        QSignalSpy removed(&store, &ObjectCache::objectRemoved);
        store.upsert(pod(u"a"_s, u"Pending"_s));
        store.upsert(pod(u"a"_s, u"Pending"_s)); // the same again: nothing to tell
        QCOMPARE(added.size(), 1);
        QCOMPARE(modified.size(), 0);
        store.upsert(pod(u"a"_s, u"Running"_s));
        QCOMPARE(modified.size(), 1);
        QCOMPARE(modified.at(0).at(1).value<QJsonObject>(), pod(u"a"_s, u"Pending"_s));
        QCOMPARE(store.value(u"shop/a"_s), pod(u"a"_s, u"Running"_s));
        store.remove(pod(u"a"_s, u"whatever"_s));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).value<QJsonObject>(), pod(u"a"_s, u"Running"_s));
        QVERIFY(!store.contains(u"shop/a"_s));
        // The decoded copy of the last write went with it.
        QCOMPARE(store.value(u"shop/a"_s), QJsonObject());
        QCOMPARE(store.packedBytes(), 0);
    }

    void replaceAllFromPackedList()
    {
        ObjectCache store(u"Pod"_s);
        store.upsert(pod(u"gone"_s, u"Running"_s));
        store.upsert(pod(u"kept"_s, u"Running"_s));
        store.upsert(pod(u"changed"_s, u"Pending"_s));
        QSignalSpy added(&store, &ObjectCache::objectAdded);
        QSignalSpy modified(&store, &ObjectCache::objectModified);
        QSignalSpy removed(&store, &ObjectCache::objectRemoved);
        const QList<ObjectCache::Packed> list = {
            ObjectCache::packWithKey(pod(u"kept"_s, u"Running"_s)),
            ObjectCache::packWithKey(pod(u"changed"_s, u"Running"_s)),
            ObjectCache::packWithKey(pod(u"new"_s, u"Pending"_s))};
        QCOMPARE(list.at(0).key, u"shop/kept"_s);
        store.replaceAll(list);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), u"shop/gone"_s);
        QCOMPARE(modified.size(), 1);
        QCOMPARE(modified.at(0).at(0).toString(), u"shop/changed"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(store.value(u"shop/changed"_s), pod(u"changed"_s, u"Running"_s));
        QCOMPARE(store.value(u"shop/new"_s), pod(u"new"_s, u"Pending"_s));
        qsizetype bytes = 0;
        for (const auto &p : list)
            bytes += p.text.size();
        QCOMPARE(store.packedBytes(), bytes);
    }

    // A receiver reads the object while its signal is delivered (as the cluster source does).
    void receiversReadTheNewObject()
    {
        ObjectCache store(u"Pod"_s);
        QList<QJsonObject> seen;
        connect(&store, &ObjectCache::objectAdded, this,
                [&](const QString &key) { seen << store.value(key); });
        connect(&store, &ObjectCache::objectModified, this,
                [&](const QString &key, const QJsonObject &) { seen << store.value(key); });
        store.upsert(pod(u"a"_s, u"Pending"_s));
        store.upsert(pod(u"a"_s, u"Running"_s));
        store.replaceAll(QList<QJsonObject>{pod(u"a"_s, u"Failed"_s), pod(u"b"_s, u"Pending"_s)});
        QCOMPARE(seen, (QList<QJsonObject>{pod(u"a"_s, u"Pending"_s), pod(u"a"_s, u"Running"_s),
                                           pod(u"a"_s, u"Failed"_s), pod(u"b"_s, u"Pending"_s)}));
    }

    // What the ownership index needs comes with the object, computed where it was packed: a
    // receiver reads it during the signal without decoding, for packed and decoded writes alike.
    void refsComeWithTheObject()
    {
        QJsonObject owned = pod(u"a"_s, u"Running"_s);
        QJsonObject meta = owned[u"metadata"_s].toObject();
        meta[u"ownerReferences"_s] =
            QJsonArray{QJsonObject{{u"uid"_s, u"rs-1"_s}}, QJsonObject{{u"uid"_s, u""_s}},
                       QJsonObject{{u"uid"_s, u"rs-1"_s}}, QJsonObject{{u"uid"_s, u"rs-2"_s}}};
        owned[u"metadata"_s] = meta;
        const ObjectCache::Packed packed = ObjectCache::packWithKey(owned);
        QCOMPARE(packed.refs.uid, u"uid-a"_s);
        QCOMPARE(packed.refs.ownerUids, (QStringList{u"rs-1"_s, u"rs-2"_s})); // no empty, no twice
        QVERIFY(packed.refs.involvedKind.isEmpty());

        const QJsonObject event{
            {u"kind"_s, u"Event"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, u"e1"_s}, {u"namespace"_s, u"shop"_s}}},
            {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s},
                                              {u"namespace"_s, u"shop"_s},
                                              {u"name"_s, u"cart"_s}}}};
        const ObjectCache::Refs er = ObjectCache::refsOf(event);
        QCOMPARE(er.involvedKind, u"Rollout"_s);
        QCOMPARE(er.involvedNamespace, u"shop"_s);
        QCOMPARE(er.involvedName, u"cart"_s);
        const QJsonObject rollout{
            {u"kind"_s, u"Rollout"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, u"cart"_s}, {u"namespace"_s, u"shop"_s}}},
            {u"spec"_s, QJsonObject{{u"workloadRef"_s, QJsonObject{{u"name"_s, u"cart-dep"_s}}}}}};
        QCOMPARE(ObjectCache::refsOf(rollout).workloadRef, u"cart-dep"_s);
        QCOMPARE(ObjectCache::refsOf(rollout).replicas, -1); // no status.replicas
        // A ReplicaSet's status.replicas: how many pods a first load waits for.
        const auto replicaSet = [](const QJsonValue &replicas) {
            return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"cart-1"_s}}},
                               {u"status"_s, QJsonObject{{u"replicas"_s, replicas}}}};
        };
        QCOMPARE(ObjectCache::refsOf(replicaSet(3)).replicas, 3);
        QCOMPARE(ObjectCache::refsOf(replicaSet(2.0)).replicas, 2);
        QCOMPARE(ObjectCache::refsOf(replicaSet(2.5)).replicas, -1);
        QCOMPARE(ObjectCache::refsOf(replicaSet(u"3"_s)).replicas, -1);

        ObjectCache store(u"Pod"_s);
        QList<ObjectCache::Refs> seen;
        int replaced = 0;
        connect(&store, &ObjectCache::objectAdded, this,
                [&](const QString &key) { seen << store.refs(key); });
        connect(&store, &ObjectCache::objectReplaced, this, [&](const QString &key) {
            ++replaced;
            seen << store.refs(key);
        });
        store.upsert(packed);                    // packed: refs from packWithKey
        store.upsert(pod(u"a"_s, u"Pending"_s)); // decoded: refs computed from it
        store.upsert(pod(u"a"_s, u"Pending"_s)); // equal: no signal
        QCOMPARE(replaced, 1);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).ownerUids, (QStringList{u"rs-1"_s, u"rs-2"_s}));
        QCOMPARE(seen.at(1).ownerUids, QStringList{u"rs"_s});
        // The text is handed out shared, and refs of an older write are decoded on demand.
        QCOMPARE(ObjectCache::unpack(store.packed(u"shop/a"_s)), pod(u"a"_s, u"Pending"_s));
        QVERIFY(store.packed(u"shop/none"_s).isNull());
        store.upsert(pod(u"b"_s, u"Pending"_s));
        QCOMPARE(store.refs(u"shop/a"_s).uid, u"uid-a"_s);
        QCOMPARE(store.refs(u"shop/none"_s).uid, QString());
        // A Packed made by hand, without refs: they are read when it is stored.
        const qint64 unpacks = ObjectCache::unpacksOnThisThread();
        store.upsert(
            ObjectCache::Packed{u"shop/c"_s, ObjectCache::pack(pod(u"c"_s, u"Pending"_s)), {}});
        QCOMPARE(ObjectCache::unpacksOnThisThread(), unpacks + 1);
        QCOMPARE(seen.last().uid, u"uid-c"_s);
        QCOMPARE(seen.last().ownerUids, QStringList{u"rs"_s});
        // One from packWithKey is not decoded again.
        store.upsert(ObjectCache::packWithKey(pod(u"d"_s, u"Pending"_s)));
        QCOMPARE(ObjectCache::unpacksOnThisThread(), unpacks + 1);
    }
};

QTEST_GUILESS_MAIN(TestObjectCache)
#include "test_object_cache.moc"
