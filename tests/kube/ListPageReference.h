#pragma once

// How a list page was read before kube::ListPageDecoder (QJsonDocument trees, trimmed by
// core::ObjectTrimmer, packed by ObjectCache): the reference the decoder is compared with, in
// test_list_page_decoder and the fuzz_list_page target.

#include "core/ObjectTrimmer.h"
#include "kube/ListPageDecoder.h"
#include "kube/ObjectCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::test {

inline rd::kube::ListPageDecoder::Page referencePage(const QByteArray &body, const QString &kind)
{
    using namespace Qt::Literals::StringLiterals;
    rd::kube::ListPageDecoder::Page page;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue items = json.value(u"items"_s);
    const QJsonObject meta = json.value(u"metadata"_s).toObject();
    page.resourceVersion = meta.value(u"resourceVersion"_s).toString();
    page.continueToken = meta.value(u"continue"_s).toString();
    if ((!items.isArray() && !items.isNull()) || page.resourceVersion.isEmpty())
        return page;
    for (const auto &item : items.toArray()) {
        QJsonObject o = item.toObject();
        const QString itemKind = o.value(u"kind"_s).toString();
        if (!item.isObject() || (!itemKind.isEmpty() && itemKind != kind) ||
            o.value(u"metadata"_s).toObject().value(u"name"_s).toString().isEmpty()) {
            page.items.clear();
            return page;
        }
        if (itemKind.isEmpty())
            o.insert(u"kind"_s, kind);
        page.items << rd::kube::ObjectCache::packWithKey(
            rd::core::ObjectTrimmer::trim(std::move(o), kind));
    }
    page.readable = true;
    return page;
}

inline bool sameRefs(const rd::kube::ObjectCache::Refs &a, const rd::kube::ObjectCache::Refs &b)
{
    return a.uid == b.uid && a.ownerUids == b.ownerUids && a.involvedKind == b.involvedKind &&
           a.involvedNamespace == b.involvedNamespace && a.involvedName == b.involvedName &&
           a.workloadRef == b.workloadRef && a.replicas == b.replicas && a.read == b.read;
}

// Empty when the pages agree, else what differs first.
inline QString pageDifference(const rd::kube::ListPageDecoder::Page &got,
                              const rd::kube::ListPageDecoder::Page &want)
{
    using namespace Qt::Literals::StringLiterals;
    if (got.readable != want.readable)
        return u"readable %1, reference %2"_s.arg(got.readable).arg(want.readable);
    if (!got.readable)
        return {};
    if (got.resourceVersion != want.resourceVersion || got.continueToken != want.continueToken)
        return u"metadata differs"_s;
    if (got.items.size() != want.items.size())
        return u"%1 items, reference %2"_s.arg(got.items.size()).arg(want.items.size());
    for (qsizetype i = 0; i < got.items.size(); ++i) {
        const auto &g = got.items.at(i);
        const auto &w = want.items.at(i);
        if (g.key != w.key)
            return u"item %1: key %2, reference %3"_s.arg(i).arg(g.key, w.key);
        if (g.text != w.text)
            return u"item %1: text\n  %2\nreference\n  %3"_s.arg(i).arg(QString::fromUtf8(g.text),
                                                                        QString::fromUtf8(w.text));
        if (!sameRefs(g.refs, w.refs))
            return u"item %1: refs differ"_s.arg(i);
    }
    return {};
}

} // namespace rd::test
