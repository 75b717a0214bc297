#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace rd::core {

// Parses a Go duration ("10s", "1m30s", "1.5h", "500ms"); nullopt when it is not one.
std::optional<qint64> parseGoDurationMs(const QString &text);

// A duration field of Argo's objects (a pause step's duration, an experiment's duration): a number
// of seconds, a string of whole seconds ("30"), or a Go duration ("1m30s"); nullopt when it is
// none of these (also when missing or null). Everybody reading such a field uses this one.
std::optional<qint64> parseStepDurationMs(const QJsonValue &value);

// Kubernetes' HumanDuration: "6s", "2m36s", "3h59m", "7d", "<invalid>" (input in milliseconds).
QString humanDuration(qint64 milliseconds);

// The smallest duration after `milliseconds` at which humanDuration's text can differ: a view
// showing ages needs to look again only then (an hour-old age changes once a minute, not once a
// second). May name a moment at which the text turns out unchanged; never one after a change.
qint64 humanDurationNextChange(qint64 milliseconds);

} // namespace rd::core
