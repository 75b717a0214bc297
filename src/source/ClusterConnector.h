#pragma once

#include "core/Result.h"
#include "source/ClusterRolloutSource.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rd::source {

// What to connect to, as kubectl's flags name it.
struct ClusterTarget
{
    QString kubeconfig; // empty: KUBECONFIG or ~/.kube/config (merged)
    QString context;    // empty: the kubeconfig's current-context
    QString ns;         // empty: the context's namespace (unless allNamespaces)
    bool allNamespaces = false;
};

// Why no connection could be made. The message is translated and names the file or context.
struct ConnectError
{
    enum class Kind {
        None,
        NoKubeconfig,      // no file at all: the first start, the welcome page explains
        InvalidKubeconfig, // unreadable or not a kubeconfig
        InvalidContext,    // unknown context, or its cluster/user entry is missing or wrong
        ClientSetup,       // CA, client certificate or proxy cannot be used
        InvalidNamespace,  // not a valid namespace name: it would steer every request path
    };
    Kind kind = Kind::None;
    QString message;
};

// A source for the target, or the error. The source follows its kubeconfig on disk.
using ClusterConnection = core::Result<std::unique_ptr<ClusterRolloutSource>, ConnectError>;

// The one way from a kubeconfig to a live RolloutSource, shared by the window and the CLI:
// load the files (client-go's rules), resolve the context, build the client, create the source
// (not started) and let it follow later edits of the files.
class ClusterConnector
{
    Q_DECLARE_TR_FUNCTIONS(rd::source::ClusterConnector)
public:
    static ClusterConnection connect(const ClusterTarget &target);
};

} // namespace rd::source
