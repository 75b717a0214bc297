// libFuzzer target: any bytes as a list page body. The scan that lets the reflector ask for the
// next page early must end on every input, and whenever the full decode (QJsonDocument) reads a
// page it must read the same continue token and resourceVersion from it.

#include "FuzzSupport.h"
#include "kube/ListMetadataScanner.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = rd::fuzz::bytes(data, size);
    const auto scanned = rd::kube::ListMetadataScanner::scan(body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0; // the page's decode refuses it, whatever the scan said
    const QJsonObject meta = doc.object().value(u"metadata"_s).toObject();
    const QString resourceVersion = meta.value(u"resourceVersion"_s).toString();
    if (resourceVersion.isEmpty()) {
        FUZZ_CHECK(!scanned);
        return 0;
    }
    FUZZ_CHECK(scanned);
    FUZZ_CHECK(scanned->resourceVersion == resourceVersion);
    FUZZ_CHECK(scanned->continueToken == meta.value(u"continue"_s).toString());
    return 0;
}
