#pragma once

#include <QByteArray>
#include <QString>

namespace rd::core {

// What `undo` does (rollouts-semantics.md §3.7): nothing (the template already matches), or a
// JSON patch of /spec/template.
struct UndoPlan
{
    bool skip = false;
    QString message;     // the plugin's output line (no trailing newline)
    QByteArray body;     // application/json-patch+json
    qint64 revision = 0; // the revision restored
};

} // namespace rd::core
