#pragma once

#include <QMetaType>

namespace rd::source {

// What a kubeconfig edited on disk means for a live connection (the file is re-read as kubectl
// re-reads it on every call; see ClusterRolloutSource::kubeconfigChanged).
enum class KubeconfigChange {
    CredentialsRenewed,    // new token/token file/exec/basic auth: used from the next request on
    ContextsChanged,       // contexts were added, removed or renamed (pickers refresh)
    CurrentContextChanged, // current-context moved; this connection stays on its context
    ContextRemoved,        // this connection's context is gone; it keeps its last settings
    ClusterChanged,        // server, CA, TLS, proxy, client certificate or impersonation changed:
                           // only a new connection applies it
    Unreadable,            // the files cannot be read or resolved now; last settings are kept
};

} // namespace rd::source

Q_DECLARE_METATYPE(rd::source::KubeconfigChange)
