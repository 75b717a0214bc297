// libFuzzer target: any bytes as a list page body, read as a list of the kind the first byte
// picks. The simdjson decoder must never accept a page that the QJsonDocument reading it replaced
// refused, nor read an accepted page differently (key, refs, packed text).

#include "../tests/kube/ListPageReference.h"
#include "FuzzSupport.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString kinds[] = {u"Pod"_s, u"ReplicaSet"_s, u"Rollout"_s, u"Event"_s};
    const QString &kind = kinds[data[0] % 4];
    const QByteArray body = rd::fuzz::bytes(data + 1, size - 1);
    const auto page = rd::kube::ListPageDecoder::decode(body, kind);
    if (!page.readable)
        return 0;
    const QString difference = rd::test::pageDifference(page, rd::test::referencePage(body, kind));
    if (!difference.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(difference));
    FUZZ_CHECK(difference.isEmpty());
    return 0;
}
