#include "YamlConverter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <unordered_map>
#include <vector>

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

// Sizes every anchored node from the parser's events and adds an alias's size each time it is
// used, stopping as soon as aliases have added more than the limit.
class AliasCounter : public YAML::EventHandler
{
public:
    struct Stop
    {
        YAML::Mark mark;
        bool cycle = false;
    };

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { closed(1, anchor); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override
    {
        closed(1, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_sizes.find(anchor);
        if (it == m_sizes.end()) // still open: the alias is inside its own anchor
            throw Stop{mark, true};
        m_aliased = saturated(m_aliased + it->second);
        if (m_aliased > YamlConverter::MaxAliasedNodes)
            throw Stop{mark, false};
        closed(it->second, YAML::NullAnchor);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_open.push_back({anchor, 1});
    }
    void OnSequenceEnd() override { end(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_open.push_back({anchor, 1});
    }
    void OnMapEnd() override { end(); }

private:
    struct Open
    {
        YAML::anchor_t anchor;
        qint64 size;
    };

    // Sizes stop growing past the limit, so sums never overflow.
    static qint64 saturated(qint64 n) { return std::min(n, YamlConverter::MaxAliasedNodes + 1); }

    void end()
    {
        const Open node = m_open.back();
        m_open.pop_back();
        closed(node.size, node.anchor);
    }
    void closed(qint64 size, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_sizes[anchor] = size;
        if (!m_open.empty())
            m_open.back().size = saturated(m_open.back().size + size);
    }

    std::vector<Open> m_open;
    std::unordered_map<YAML::anchor_t, qint64> m_sizes;
    qint64 m_aliased = 0;
};

std::optional<Error> aliasErrorIn(const std::string &text, int firstLine, const QString &source)
{
    std::istringstream in(text);
    AliasCounter counter;
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(counter);
    } catch (const AliasCounter::Stop &stop) {
        YAML::Mark mark = stop.mark;
        mark.line += firstLine;
        if (stop.cycle)
            return Error{locate(source, mark) +
                         u": an alias refers to a node that contains it; refusing the document"_s};
        return Error{locate(source, mark) +
                     u": aliases expand the document to more than %1 nodes; refusing it"_s.arg(
                         YamlConverter::MaxAliasedNodes)};
    } catch (const YAML::Exception &) {
        return std::nullopt; // the loader reports syntax errors with their position
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> YamlConverter::aliasError(const QByteArray &yaml, const QString &sourceName)
{
    return aliasErrorIn(yaml.toStdString(), 0, sourceName);
}

namespace {

struct DocumentText
{
    std::string text;
    int firstLine = 0; // 0-based line of the document's first line in the file
};

// Splits a stream at "---" and "..." markers. yaml-cpp 0.7's LoadAll can loop forever on some
// malformed streams (found by tests/core/test_fuzz.cpp), so each document is parsed on its own.
std::vector<DocumentText> splitDocuments(const QByteArray &yaml)
{
    std::vector<DocumentText> documents(1);
    int line = 0;
    qsizetype start = 0;
    while (start <= yaml.size()) {
        qsizetype end = yaml.indexOf('\n', start);
        if (end < 0)
            end = yaml.size();
        const QByteArray text = yaml.mid(start, end - start);
        const bool marker = text.startsWith("---") && (text.size() == 3 || text.at(3) == ' ' ||
                                                       text.at(3) == '\t' || text.at(3) == '\r');
        const bool terminator =
            text.startsWith("...") && (text.size() == 3 || text.at(3) == ' ' || text.at(3) == '\r');
        if (marker || terminator) {
            documents.push_back(DocumentText{{}, terminator ? line + 1 : line});
            if (marker) // "--- {a: 1}" keeps its content, with the marker blanked
                documents.back().text = std::string(3, ' ') + text.mid(3).toStdString() + '\n';
        } else {
            documents.back().text += text.toStdString();
            if (end < yaml.size())
                documents.back().text += '\n';
        }
        start = end + 1;
        ++line;
    }
    return documents;
}

} // namespace

Result<QList<QJsonValue>> YamlConverter::documents(const QByteArray &yaml,
                                                   const QString &sourceName)
{
    QList<QJsonValue> result;
    for (const DocumentText &document : splitDocuments(yaml)) {
        if (auto error = aliasErrorIn(document.text, document.firstLine, sourceName))
            return *error;
        YAML::Node node;
        try {
            node = YAML::Load(document.text);
        } catch (const YAML::Exception &e) {
            YAML::Mark mark = e.mark;
            if (!mark.is_null())
                mark.line += document.firstLine;
            return Error{locate(sourceName, mark) + u": invalid YAML: "_s +
                         QString::fromStdString(e.msg)};
        }
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
