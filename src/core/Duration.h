#pragma once

#include <QString>

#include <optional>

namespace rd::core {

// Parses a Go duration ("10s", "1m30s", "1.5h", "500ms"); nullopt when it is not one.
std::optional<qint64> parseGoDurationMs(const QString &text);

// Kubernetes' HumanDuration: "6s", "2m36s", "3h59m", "7d", "<invalid>" (input in milliseconds).
QString humanDuration(qint64 milliseconds);

} // namespace rd::core
