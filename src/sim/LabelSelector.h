#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::sim {

// A Kubernetes label selector: equality (=, ==, !=) and set-based (in, notin, key, !key).
class LabelSelector
{
public:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement
    {
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };

    // Parses the query-string form; nullopt when malformed.
    static std::optional<LabelSelector> parse(const QString &text);
    // From a spec `selector` object (`matchLabels` and `matchExpressions`).
    static LabelSelector fromObject(const QJsonObject &selector);

    bool matches(const QJsonObject &labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }
    // The string form, e.g. "app=rollouts-demo" (used for status.selector).
    QString toString() const;

private:
    QList<Requirement> m_requirements;
};

} // namespace rd::sim
