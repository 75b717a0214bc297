#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rd::kube {

// Reads a list page's `metadata.continue` and `metadata.resourceVersion` without building the
// items' trees, so that the next page can be requested while this one is decoded elsewhere.
// It walks the top-level object once, skipping every other member's value by tracking strings,
// escapes and brackets, and decodes only `metadata`. Key order does not matter; a key repeated
// at the top level counts as its last occurrence, as in QJsonDocument (which decodes the items).
// Malformed structure (an unterminated string, unbalanced or too deeply nested brackets, a
// missing colon or comma, bytes after the object) and a page without a resourceVersion are
// refused. Scalars are not validated here: the full decode refuses what this lets through.
class ListMetadataScanner
{
public:
    struct Metadata
    {
        QString continueToken;
        QString resourceVersion;
    };
    // QJsonDocument's limit: a document nested deeper than this is refused by both.
    static constexpr int kMaxDepth = 1024;

    static std::optional<Metadata> scan(QByteArrayView body);
};

} // namespace rd::kube
