#pragma once

#include <QMetaType>

namespace rd::source {

enum class ConnectionState {
    Connecting,   // first list not complete yet
    Connected,    // every watch is up
    Reconnecting, // a watch or list failed; retrying with backoff
    Failed,       // giving up until the user changes something (bad kubeconfig, 401, TLS)
};

} // namespace rd::source

Q_DECLARE_METATYPE(rd::source::ConnectionState)
