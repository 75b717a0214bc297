#pragma once

#include "core/Result.h"
#include "kube/ExecCredential.h"
#include "kube/KubeConfigTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace rd::kube {

// Runs one exec credential plugin once, asynchronously (k8s-client.md §2). Never interactive:
// stdin is closed and KUBERNETES_EXEC_INFO says interactive=false. stderr is kept for the error.
class ExecPluginRunner : public QObject
{
    Q_OBJECT
public:
    // `clusterInfo` is passed as spec.cluster when provideClusterInfo is set.
    ExecPluginRunner(ExecConfig config, QJsonObject clusterInfo, int timeoutMs,
                     QObject *parent = nullptr);
    ~ExecPluginRunner() override;

    void start();

    // Forget the login shell's PATH (tests). On macOS (or with ROLLOUTDESK_LOGIN_SHELL_PATH=1)
    // the first run asks `$SHELL -l` for PATH and puts it in front of the plugin's PATH.
    static void resetLoginShellPath();

    // Parses the plugin's stdout. Public for tests; a Parse error carries a translated message.
    static core::Result<ExecCredential> parseOutput(const QByteArray &out,
                                                    const QString &apiVersion);

Q_SIGNALS:
    void finished(const rd::core::Result<rd::kube::ExecCredential> &result);

private:
    void launch();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &message, core::ErrorKind kind = core::ErrorKind::Unauthorized);

    void onStandardOutput();
    void onStandardError();

    ExecConfig m_config;
    QJsonObject m_clusterInfo;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_shell;
    std::unique_ptr<QProcess> m_process;
    QTimer m_timer;
    QByteArray m_stderr; // the first part only: a plugin cannot fill memory through it
    bool m_done = false;
};

} // namespace rd::kube
