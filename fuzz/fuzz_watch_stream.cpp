// libFuzzer target: any bytes as a watch response body. The decoder must cut the same events
// whatever the chunk boundaries (the first byte picks them); each event then goes through a store
// and the object decoders as a Reflector would feed them.

#include "FuzzSupport.h"
#include "core/ObjectSet.h"
#include "kube/ObjectCache.h"
#include "kube/WatchDecoder.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // 1 to 4065 bytes, mostly small: every boundary is tried without making each run slow.
    const qsizetype chunk = 1 + data[0] * data[0] / 16;
    const QByteArray body = rd::fuzz::bytes(data + 1, size - 1);

    rd::kube::WatchDecoder whole;
    const QList<QByteArray> events = whole.feed(body);

    rd::kube::WatchDecoder pieces;
    QList<QByteArray> chunked;
    for (qsizetype i = 0; i < body.size(); i += chunk)
        chunked += pieces.feed(
            QByteArray::fromRawData(body.constData() + i, qMin(chunk, body.size() - i)));
    FUZZ_CHECK(chunked == events);
    FUZZ_CHECK(pieces.pending() == whole.pending());
    FUZZ_CHECK(whole.pending() <= body.size());

    rd::kube::ObjectCache store(u"Rollout"_s);
    for (const QByteArray &event : events) {
        const QJsonObject ev = QJsonDocument::fromJson(event).object();
        QJsonObject object = ev.value(u"object"_s).toObject();
        if (!object.contains(u"kind"_s))
            object.insert(u"kind"_s, u"Rollout"_s);
        const QString type = ev.value(u"type"_s).toString();
        if (type == u"ADDED"_s || type == u"MODIFIED"_s)
            store.upsert(object);
        else if (type == u"DELETED"_s)
            store.remove(object);
    }
    rd::core::ObjectSet objects;
    for (const QJsonObject &object : store.values())
        (void)objects.add(object);
    return 0;
}
