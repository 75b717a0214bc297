#include "YamlConverter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

QJsonValue plainScalar(const QString &text)
{
    static const QRegularExpression decimal(u"^[-+]?(0|[1-9][0-9_]*)$"_s);
    static const QRegularExpression hex(u"^[-+]?0x[0-9a-fA-F_]+$"_s);
    static const QRegularExpression octal(u"^[-+]?0[0-7_]+$"_s);
    static const QRegularExpression floating(
        u"^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"_s);

    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue::Null;
    static const QStringList trueWords = {u"true"_s, u"True"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s,
                                          u"YES"_s,  u"on"_s,   u"On"_s,   u"ON"_s};
    static const QStringList falseWords = {u"false"_s, u"False"_s, u"FALSE"_s, u"no"_s, u"No"_s,
                                           u"NO"_s,    u"off"_s,   u"Off"_s,   u"OFF"_s};
    if (trueWords.contains(text))
        return true;
    if (falseWords.contains(text))
        return false;
    QString digits = text;
    digits.remove(u'_');
    bool ok = false;
    if (decimal.match(text).hasMatch()) {
        const qint64 v = digits.toLongLong(&ok, 10);
        if (ok)
            return static_cast<double>(v);
    }
    if (hex.match(text).hasMatch()) {
        const bool negative = digits.startsWith(u'-');
        const QString body = digits.mid(digits.indexOf(u'x') + 1);
        const qint64 v = body.toLongLong(&ok, 16);
        if (ok)
            return static_cast<double>(negative ? -v : v);
    }
    if (octal.match(text).hasMatch()) {
        const qint64 v = digits.toLongLong(&ok, 8);
        if (ok)
            return static_cast<double>(v);
    }
    if (floating.match(text).hasMatch() && text != u".") {
        const double v = digits.toDouble(&ok);
        if (ok)
            return v;
    }
    if (text == u".inf" || text == u".Inf" || text == u".INF" || text == u"+.inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-.inf" || text == u"-.Inf" || text == u"-.INF")
        return -std::numeric_limits<double>::infinity();
    return text;
}

QString locate(const QString &source, const YAML::Mark &mark)
{
    if (mark.is_null())
        return source;
    return source + u':' + QString::number(mark.line + 1) + u':' + QString::number(mark.column + 1);
}

Result<QJsonValue> convert(const YAML::Node &node, const QString &source, int depth)
{
    if (depth > 200)
        return Error{locate(source, node.Mark()) + u": the document is nested too deeply"_s};
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // A quoted or explicitly tagged string stays a string; "!" marks a non-plain scalar.
        if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
            return QJsonValue(text);
        if (node.Tag() == "tag:yaml.org,2002:binary")
            return QJsonValue(text.simplified().remove(u' '));
        return plainScalar(text);
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            auto value = convert(item, source, depth + 1);
            if (!value)
                return value.error();
            array.append(value.value());
        }
        return QJsonValue(array);
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar())
                return Error{locate(source, it->first.Mark()) +
                             u": a mapping key must be a plain value"_s};
            const QString key = QString::fromStdString(it->first.Scalar());
            if (key == u"<<")
                continue; // merge keys are not used by Kubernetes objects
            auto value = convert(it->second, source, depth + 1);
            if (!value)
                return value.error();
            object.insert(key, value.value());
        }
        return QJsonValue(object);
    }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

Result<QList<QJsonValue>> YamlConverter::documents(const QByteArray &yaml,
                                                   const QString &sourceName)
{
    std::vector<YAML::Node> nodes;
    try {
        nodes = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error{locate(sourceName, e.mark) + u": invalid YAML: "_s +
                     QString::fromStdString(e.msg)};
    }
    QList<QJsonValue> result;
    for (const YAML::Node &node : nodes) {
        if (node.IsNull())
            continue;
        auto value = convert(node, sourceName, 0);
        if (!value)
            return value.error();
        result.append(value.value());
    }
    return result;
}

} // namespace rd::core
