#include "sim/JsonPatch.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

enum class Op { Add, Remove, Replace, Test };

// Array index token per RFC 6901: "0" or digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    for (const QChar c : token) {
        if (!c.isDigit())
            return std::nullopt;
    }
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    return ok ? std::optional<qsizetype>(i) : std::nullopt;
}

std::optional<QJsonValue> valueAt(const QJsonValue &doc, const QStringList &tokens, qsizetype from)
{
    if (from == tokens.size())
        return doc;
    const QString &t = tokens.at(from);
    if (doc.isObject()) {
        const QJsonObject o = doc.toObject();
        const auto it = o.constFind(t);
        if (it == o.constEnd())
            return std::nullopt;
        return valueAt(it.value(), tokens, from + 1);
    }
    if (doc.isArray()) {
        const QJsonArray a = doc.toArray();
        const auto i = arrayIndex(t);
        if (!i || *i >= a.size())
            return std::nullopt;
        return valueAt(a.at(*i), tokens, from + 1);
    }
    return std::nullopt;
}

// Applies one add/remove/replace at the pointer; returns an error text or an empty string.
QString modify(QJsonValue &doc, const QStringList &tokens, qsizetype from, Op op,
               const QJsonValue &value)
{
    const QString &t = tokens.at(from);
    const bool last = from + 1 == tokens.size();
    if (doc.isObject()) {
        QJsonObject o = doc.toObject();
        if (last) {
            const bool exists = o.contains(t);
            if ((op == Op::Remove || op == Op::Replace) && !exists)
                return u"path member \"%1\" does not exist"_s.arg(t);
            if (op == Op::Remove)
                o.remove(t);
            else
                o.insert(t, value);
        } else {
            auto it = o.find(t);
            if (it == o.end())
                return u"path member \"%1\" does not exist"_s.arg(t);
            QJsonValue child = it.value();
            const QString err = modify(child, tokens, from + 1, op, value);
            if (!err.isEmpty())
                return err;
            o.insert(t, child);
        }
        doc = o;
        return {};
    }
    if (doc.isArray()) {
        QJsonArray a = doc.toArray();
        if (last && op == Op::Add && t == u"-") {
            a.append(value);
            doc = a;
            return {};
        }
        const auto i = arrayIndex(t);
        if (!i)
            return u"invalid array index \"%1\""_s.arg(t);
        if (last) {
            if (op == Op::Add) {
                if (*i > a.size())
                    return u"array index %1 out of bounds"_s.arg(*i);
                a.insert(*i, value);
            } else {
                if (*i >= a.size())
                    return u"array index %1 out of bounds"_s.arg(*i);
                if (op == Op::Remove)
                    a.removeAt(*i);
                else
                    a.replace(*i, value);
            }
        } else {
            if (*i >= a.size())
                return u"array index %1 out of bounds"_s.arg(*i);
            QJsonValue child = a.at(*i);
            const QString err = modify(child, tokens, from + 1, op, value);
            if (!err.isEmpty())
                return err;
            a.replace(*i, child);
        }
        doc = a;
        return {};
    }
    return u"path \"%1\" cannot be reached"_s.arg(t);
}

// The size of `value` as compact JSON, counted only up to `budget` (more means "too big"), so
// measuring a huge value costs no more than the budget.
qint64 jsonSize(const QJsonValue &value, qint64 budget)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        qint64 size = 2;
        for (const QJsonValue &item : value.toArray()) {
            if (size > budget)
                return size;
            size += jsonSize(item, budget - size) + 1;
        }
        return size;
    }
    case QJsonValue::Object: {
        qint64 size = 2;
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (size > budget)
                return size;
            size += it.key().size() + 4 + jsonSize(it.value(), budget - size);
        }
        return size;
    }
    case QJsonValue::String:
        return value.toString().size() + 2;
    case QJsonValue::Double:
        return 8;
    case QJsonValue::Bool:
        return 5;
    default:
        return 4;
    }
}

QString modifyRoot(QJsonValue &doc, const QStringList &tokens, Op op, const QJsonValue &value)
{
    if (tokens.isEmpty()) {
        if (op == Op::Remove)
            return u"cannot remove the whole document"_s;
        doc = value;
        return {};
    }
    return modify(doc, tokens, 0, op, value);
}

} // namespace

QJsonValue JsonPatch::mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

std::optional<QStringList> JsonPatch::parsePointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &t : tokens) {
        // "~" must be followed by 0 or 1.
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i) == u'~' &&
                (i + 1 >= t.size() || (t.at(i + 1) != u'0' && t.at(i + 1) != u'1')))
                return std::nullopt;
        }
        t.replace(u"~1"_s, u"/"_s);
        t.replace(u"~0"_s, u"~"_s);
    }
    return tokens;
}

core::Result<QJsonValue> JsonPatch::apply(const QJsonValue &document, const QJsonArray &operations)
{
    // The API server answers 422 Unprocessable Entity to a patch it cannot apply.
    const auto invalid = [](const QString &message) {
        return core::Error{message, core::ErrorKind::Invalid, 422};
    };
    if (operations.size() > MaxOperations) {
        return core::Error{
            u"The allowed maximum operations in a JSON patch is %1, got %2"_s.arg(MaxOperations)
                .arg(operations.size()),
            core::ErrorKind::Invalid, 413};
    }
    QJsonValue doc = document;
    qint64 copied = 0;
    for (qsizetype n = 0; n < operations.size(); ++n) {
        const QJsonValue opValue = operations.at(n);
        if (!opValue.isObject())
            return invalid(u"operation %1 is not an object"_s.arg(n));
        const QJsonObject op = opValue.toObject();
        const QString name = op.value(u"op"_s).toString();
        if (!op.value(u"path"_s).isString())
            return invalid(u"operation %1 has no \"path\""_s.arg(n));
        const auto path = parsePointer(op.value(u"path"_s).toString());
        if (!path)
            return invalid(u"operation %1 has a malformed path"_s.arg(n));
        QString err;
        if (name == u"add" || name == u"replace" || name == u"test") {
            if (!op.contains(u"value"_s))
                return invalid(u"operation %1 (%2) has no \"value\""_s.arg(n).arg(name));
            const QJsonValue value = op.value(u"value"_s);
            if (name == u"test") {
                const auto current = valueAt(doc, *path, 0);
                if (!current || *current != value)
                    return invalid(u"test operation %1 failed"_s.arg(n));
                continue;
            }
            err = modifyRoot(doc, *path, name == u"add" ? Op::Add : Op::Replace, value);
        } else if (name == u"remove") {
            err = modifyRoot(doc, *path, Op::Remove, {});
        } else if (name == u"move" || name == u"copy") {
            if (!op.value(u"from"_s).isString())
                return invalid(u"operation %1 (%2) has no \"from\""_s.arg(n).arg(name));
            const auto from = parsePointer(op.value(u"from"_s).toString());
            if (!from)
                return invalid(u"operation %1 has a malformed from"_s.arg(n));
            const auto value = valueAt(doc, *from, 0);
            if (!value)
                return invalid(u"operation %1: from path does not exist"_s.arg(n));
            if (name == u"copy") {
                copied += jsonSize(*value, MaxCopiedBytes - copied);
                if (copied > MaxCopiedBytes)
                    return invalid(
                        u"Unable to complete the copy, the accumulated size increase of copy is more than the limit %1"_s
                            .arg(MaxCopiedBytes));
            }
            if (name == u"move") {
                // A location cannot be moved into one of its own children.
                if (path->size() > from->size() && path->mid(0, from->size()) == *from)
                    return invalid(u"operation %1 moves a value into itself"_s.arg(n));
                err = modifyRoot(doc, *from, Op::Remove, {});
            }
            if (err.isEmpty())
                err = modifyRoot(doc, *path, Op::Add, *value);
        } else {
            return invalid(u"operation %1 has unknown op \"%2\""_s.arg(n).arg(name));
        }
        if (!err.isEmpty())
            return invalid(u"operation %1 (%2): %3"_s.arg(n).arg(name, err));
    }
    return doc;
}

} // namespace rd::sim
