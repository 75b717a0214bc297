#pragma once

#include "kube/ObjectCache.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd::kube {

// Reads one page of a list (the body of a LIST answer) straight into what the cache stores: per
// item its key, its refs and its packed text, trimmed by core::TrimRules. It parses with simdjson
// and writes the kept fields itself, so no QJsonObject tree is built: at 10,000 rollouts the
// lists are 77 MB of JSON, and building trees to throw most of them away was most of the CPU a
// first load costs. The text equals what ObjectCache::pack() makes of the trimmed object (keys
// sorted, numbers and strings written as QJsonDocument writes them), so that an unchanged object
// has one text whichever path brought it (the cache skips equal texts).
//
// It refuses a page (readable false) where QJsonDocument-based reading did: not an object,
// `items` neither an array nor null, no list resourceVersion, an item that is no object, has
// another kind or no name. It is stricter than QJsonDocument, which let some broken JSON pass:
// unknown escapes (`\e`), invalid UTF-8, integers beyond 64 bits, unpaired UTF-16 surrogate
// escapes. No API server writes those; such a page is refused as unreadable.
class ListPageDecoder
{
public:
    struct Page
    {
        bool readable = false;
        QList<ObjectCache::Packed> items;
        QString continueToken;
        QString resourceVersion;
    };

    // `kind` as the items' `kind` (lists omit it on items; the text gets it).
    static Page decode(const QByteArray &body, const QString &kind);
};

} // namespace rd::kube
