#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd::core {

// One finding of `lint`, shaped like apimachinery's field.Error: "<field>: <type>: <value>:
// <detail>".
struct LintError
{
    QString field;    // e.g. "spec.template.metadata.labels"
    QString type;     // "Invalid value", "Required value", "Duplicate value", "Internal error"
    QString badValue; // already formatted as Go prints it; empty when the type omits it
    QString detail;

    // field.Error.ErrorBody(): the text without the field path.
    QString body() const;
    // field.Error.Error(): "<field>: <body>".
    QString text() const;
};

// The plugin's offline validation of a Rollout manifest (`lint -f FILE`), for the rules of its
// validation package whose messages can be reproduced without Go's struct printing. The spec
// (rollouts-semantics.md) gives no lint messages: the texts here are the plugin's constants as
// recalled for issue 12, and the rules that print whole Go structs are not checked.
class RolloutLint
{
public:
    static QList<LintError> validate(const QJsonObject &rollout);
};

} // namespace rd::core
