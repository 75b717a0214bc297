#include "kube/ExecPluginRunner.h"

#include "core/YamlConverter.h"
#include "kube/KubeLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {
// A credential is a few kilobytes; a plugin that writes more is broken or hostile and is stopped
// before it fills memory (it would otherwise run until the timeout).
constexpr qint64 maxStandardOutput = 1 << 20;
constexpr qsizetype maxStandardError = 64 << 10;

// Keeps plugin text printable (client-go strips ANSI escapes from installHint the same way).
QString printable(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.isPrint())
            out += c;
    }
    return out.trimmed();
}
} // namespace

ExecPluginRunner::ExecPluginRunner(ExecConfig config, QJsonObject clusterInfo, int timeoutMs,
                                   QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clusterInfo(std::move(clusterInfo))
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        onStandardError();
        const QString err = printable(QString::fromLocal8Bit(m_stderr));
        m_process->kill();
        QString msg = tr("exec: executable %1 did not finish within %n second(s)", nullptr,
                         m_timeoutMs / 1000)
                          .arg(m_config.command);
        if (!err.isEmpty())
            msg += u"\n"_s + err;
        fail(msg, core::ErrorKind::Timeout);
    });
}

ExecPluginRunner::~ExecPluginRunner()
{
    if (m_shell && m_shell->state() != QProcess::NotRunning) {
        m_shell->disconnect(this);
        m_shell->kill();
        m_shell->waitForFinished(1000);
    }
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

namespace {
// Apps started from Finder/Dock get a minimal PATH without aws, gcloud or kubelogin
// (k8s-client.md §2.6). The user's login shell knows the real one; it is read once per process.
std::optional<QString> &loginShellPath()
{
    static std::optional<QString> path;
    return path;
}

bool useLoginShellPath()
{
#ifdef Q_OS_MACOS
    return qEnvironmentVariable("ROLLOUTDESK_LOGIN_SHELL_PATH") != u"0"_s;
#else
    return qEnvironmentVariableIntValue("ROLLOUTDESK_LOGIN_SHELL_PATH") == 1;
#endif
}
} // namespace

void ExecPluginRunner::resetLoginShellPath()
{
    loginShellPath().reset();
}

void ExecPluginRunner::start()
{
    if (!useLoginShellPath() || loginShellPath()) {
        launch();
        return;
    }
    m_shell = std::make_unique<QProcess>();
    m_shell->setStandardInputFile(QProcess::nullDevice());
    const QString shell = qEnvironmentVariable("SHELL", u"/bin/zsh"_s);
    auto done = [this](bool ok) {
        if (m_done || loginShellPath())
            return;
        const QString out =
            ok ? QString::fromLocal8Bit(m_shell->readAllStandardOutput()).trimmed() : QString();
        // A shell that prints banners: keep the last line only.
        loginShellPath() = out.section(u'\n', -1);
        launch();
    };
    connect(m_shell.get(), &QProcess::finished, this, [done](int code, QProcess::ExitStatus st) {
        done(st == QProcess::NormalExit && code == 0);
    });
    connect(m_shell.get(), &QProcess::errorOccurred, this, [done](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(false);
    });
    QTimer::singleShot(5000, this, [this, done] {
        if (m_shell && m_shell->state() != QProcess::NotRunning) {
            m_shell->kill();
            done(false);
        }
    });
    m_shell->start(shell, {u"-l"_s, u"-c"_s, u"printf '%s' \"$PATH\""_s});
}

void ExecPluginRunner::launch()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (loginShellPath() && !loginShellPath()->isEmpty()) {
        QStringList merged = loginShellPath()->split(QDir::listSeparator(), Qt::SkipEmptyParts);
        for (const QString &p :
             env.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (!merged.contains(p))
                merged << p;
        }
        env.insert(u"PATH"_s, merged.join(QDir::listSeparator()));
    }
    for (const auto &[name, value] : m_config.env)
        env.insert(name, value);
    QJsonObject spec{{u"interactive"_s, false}};
    if (m_config.provideClusterInfo)
        spec.insert(u"cluster"_s, m_clusterInfo);
    const QJsonObject info{{u"kind"_s, u"ExecCredential"_s},
                           {u"apiVersion"_s, m_config.apiVersion},
                           {u"spec"_s, spec}};
    env.insert(u"KUBERNETES_EXEC_INFO"_s,
               QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process.get(), &QProcess::finished, this, &ExecPluginRunner::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, &ExecPluginRunner::onError);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            &ExecPluginRunner::onStandardOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            &ExecPluginRunner::onStandardError);

    // Bare names are looked up on the PATH the plugin will see (which the kubeconfig env may set).
    QString program = m_config.command;
    if (!program.contains(QLatin1Char('/'))) {
        const QStringList path =
            env.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
        program = QStandardPaths::findExecutable(m_config.command, path);
        if (program.isEmpty()) {
            onError(QProcess::FailedToStart);
            return;
        }
    }
    qCDebug(lcKube) << "running exec plugin" << m_config.command;
    m_timer.start(m_timeoutMs);
    m_process->start(program, m_config.args);
}

void ExecPluginRunner::onStandardOutput()
{
    // stdout stays in QProcess's buffer until the plugin ends; only its size is watched here.
    if (m_done || m_process->bytesAvailable() <= maxStandardOutput)
        return;
    m_process->disconnect(this);
    m_process->kill();
    fail(tr("exec: executable %1 wrote more than %2 MiB of output; it was stopped")
             .arg(m_config.command)
             .arg(maxStandardOutput >> 20));
}

void ExecPluginRunner::onStandardError()
{
    const QByteArray chunk = m_process->readAllStandardError();
    if (m_stderr.size() < maxStandardError)
        m_stderr += chunk.left(maxStandardError - m_stderr.size());
}

void ExecPluginRunner::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the like arrive through finished()
    QString msg = tr("exec: executable %1 not found").arg(m_config.command);
    if (!m_config.installHint.isEmpty())
        msg += u"\n\n"_s + printable(m_config.installHint);
    fail(msg, core::ErrorKind::NotFound);
}

void ExecPluginRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    m_timer.stop();
    const QByteArray out = m_process->readAllStandardOutput();
    onStandardError();
    const QString err = printable(QString::fromLocal8Bit(m_stderr));
    if (status != QProcess::NormalExit || exitCode != 0) {
        QString msg = status == QProcess::NormalExit
                          ? tr("exec: executable %1 failed with exit code %2")
                                .arg(m_config.command)
                                .arg(exitCode)
                          : tr("exec: executable %1 crashed").arg(m_config.command);
        if (!err.isEmpty())
            msg += u"\n"_s + err;
        fail(msg);
        return;
    }
    core::Result<ExecCredential> cred = parseOutput(out, m_config.apiVersion);
    if (!cred) {
        fail(cred.error().message, cred.error().kind);
        return;
    }
    m_done = true;
    Q_EMIT finished(cred);
}

void ExecPluginRunner::fail(const QString &message, core::ErrorKind kind)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(core::Error{message, kind});
}

core::Result<ExecCredential> ExecPluginRunner::parseOutput(const QByteArray &out,
                                                           const QString &apiVersion)
{
    const auto failed = [](const QString &message) {
        return core::Error{message, core::ErrorKind::Parse};
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
    QJsonObject o = doc.object();
    if (!doc.isObject()) {
        // client-go's decoder also accepts a YAML document.
        const auto yaml = core::YamlConverter::documents(out, u"exec plugin output"_s);
        if (yaml && yaml->size() == 1 && yaml->first().isObject()) {
            o = yaml->first().toObject();
        } else {
            // A YAML error (such as too many aliases) says more than the JSON one.
            return failed(tr("exec plugin output is not an ExecCredential: %1")
                              .arg(yaml ? pe.errorString() : yaml.errorMessage()));
        }
    }
    const QString got = o.value(u"apiVersion"_s).toString();
    if (got != apiVersion) {
        return failed(
            tr("exec plugin is configured to use API version %1, plugin returned version %2")
                .arg(apiVersion, got));
    }
    if (!o.value(u"status"_s).isObject()) {
        return failed(tr("exec plugin didn't return a status field"));
    }
    const QJsonObject st = o.value(u"status"_s).toObject();
    ExecCredential cred;
    cred.token = st.value(u"token"_s).toString();
    cred.clientCertificatePem = st.value(u"clientCertificateData"_s).toString().toUtf8();
    cred.clientKeyPem = st.value(u"clientKeyData"_s).toString().toUtf8();
    if (cred.clientCertificatePem.isEmpty() != cred.clientKeyPem.isEmpty())
        return failed(tr("exec plugin returned only certificate or key, not both"));
    if (cred.token.isEmpty() && cred.clientCertificatePem.isEmpty())
        return failed(tr("exec plugin didn't return a token or cert/key pair"));
    const QString exp = st.value(u"expirationTimestamp"_s).toString();
    if (!exp.isEmpty()) {
        cred.expiry = QDateTime::fromString(exp, Qt::ISODateWithMs);
        if (!cred.expiry.isValid())
            return failed(
                tr("exec plugin returned an invalid expirationTimestamp \"%1\"").arg(exp));
    }
    return cred;
}

} // namespace rd::kube
