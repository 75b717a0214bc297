#pragma once

#include <QByteArray>
#include <QString>

namespace rd::core {

// One write to the API server, as the plugin would send it (rollouts-semantics.md §3).
struct PatchRequest
{
    enum class Target { Main, Status };

    QByteArray verb = QByteArrayLiteral("PATCH");
    Target target = Target::Main;
    QByteArray contentType = QByteArrayLiteral("application/merge-patch+json");
    QByteArray body;

    bool operator==(const PatchRequest &) const = default;
};

} // namespace rd::core
