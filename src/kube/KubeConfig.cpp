#include "kube/KubeConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include "core/YamlConverter.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rd::kube::KubeConfig", text);
}

// The first problem found while walking a kubeconfig, with the names of the entries around it.
// Once a problem is recorded the readers below return empty values, so the walk ends without
// another message replacing the first one.
class ParseFailure
{
public:
    bool failed() const { return m_message.has_value(); }
    QString message() const { return m_message.value_or(QString()); }
    void record(const QString &message)
    {
        if (!m_message)
            m_message = message;
    }
    // Prefixes a problem recorded while `this` scope is alive with the entry's kind and name.
    class Context
    {
    public:
        Context(ParseFailure &failure, const char *entryKey, const QString &name)
            : m_failure(failure)
            , m_entryKey(entryKey)
            , m_name(name)
            , m_before(failure.failed())
        {}
        // Also runs while a yaml-cpp exception unwinds, so the recorded problem keeps its context.
        ~Context()
        {
            if (!m_before && m_failure.failed())
                m_failure.m_message =
                    QCoreApplication::translate("rd::kube::KubeConfig", "%1 \"%2\": %3")
                        .arg(QLatin1String(m_entryKey), m_name, *m_failure.m_message);
        }
        Context(const Context &) = delete;
        Context &operator=(const Context &) = delete;

    private:
        ParseFailure &m_failure;
        const char *m_entryKey;
        QString m_name;
        bool m_before;
    };

private:
    std::optional<QString> m_message;
};

QString str(const YAML::Node &n, ParseFailure &failure)
{
    if (failure.failed() || !n || n.IsNull())
        return {};
    if (!n.IsScalar()) {
        failure.record(QCoreApplication::translate("rd::kube::KubeConfig", "expected a string"));
        return {};
    }
    return QString::fromStdString(n.Scalar());
}

bool boolean(const YAML::Node &n, ParseFailure &failure)
{
    if (failure.failed() || !n || n.IsNull())
        return false;
    bool value = false;
    // yaml-cpp's own conversion (true/false, yes/no, on/off), without its exception.
    if (!YAML::convert<bool>::decode(n, value)) {
        const QString text = str(n, failure);
        failure.record(QCoreApplication::translate("rd::kube::KubeConfig",
                                                   "expected true or false, got \"%1\"")
                           .arg(text));
    }
    return value;
}

QStringList strList(const YAML::Node &n, ParseFailure &failure)
{
    QStringList out;
    if (failure.failed() || !n || n.IsNull())
        return out;
    if (!n.IsSequence()) {
        failure.record(QCoreApplication::translate("rd::kube::KubeConfig", "expected a list"));
        return out;
    }
    for (const auto &item : n)
        out << str(item, failure);
    return out;
}

// An anchor may name a node that contains its own alias (`&a {x: *a}`); yaml-cpp then hands out
// a cyclic graph, and unbounded recursion would overflow the stack (found while seeding
// fuzz_kubeconfig; regression in tests/data/fuzz/kubeconfig/regressions/). Same limit as
// YamlConverter.
constexpr int MaxJsonDepth = 200;

QJsonValue toJson(const YAML::Node &n, ParseFailure &failure, int depth = 0)
{
    if (failure.failed())
        return QJsonValue::Null;
    if (depth > MaxJsonDepth) {
        failure.record(QCoreApplication::translate("rd::kube::KubeConfig",
                                                   "the extension is nested too deeply"));
        return QJsonValue::Null;
    }
    if (!n || n.IsNull())
        return QJsonValue::Null;
    if (n.IsScalar())
        return QString::fromStdString(n.Scalar());
    if (n.IsSequence()) {
        QJsonArray a;
        for (const auto &item : n)
            a.append(toJson(item, failure, depth + 1));
        return a;
    }
    QJsonObject o;
    for (const auto &kv : n)
        o.insert(QString::fromStdString(kv.first.as<std::string>()),
                 toJson(kv.second, failure, depth + 1));
    return o;
}

QByteArray base64Field(const YAML::Node &n, const char *field, ParseFailure &failure)
{
    const QString s = str(n, failure);
    if (s.isEmpty())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(s.toLatin1().trimmed(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        failure.record(QCoreApplication::translate("rd::kube::KubeConfig", "%1 is not valid base64")
                           .arg(QLatin1String(field)));
        return {};
    }
    return *decoded;
}

// Relative paths in a kubeconfig are relative to the file that named them (§1.7).
QString resolvePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

// The exec command is resolved only when it contains a path separator; bare names use PATH.
QString resolveCommand(const QString &cmd, const QString &baseDir)
{
    if (!cmd.contains(QLatin1Char('/')) && !cmd.contains(QDir::separator()))
        return cmd;
    return resolvePath(cmd, baseDir);
}

// Iterates a named list (`clusters: [{name, cluster}]`), rejecting duplicate names; stops at the
// first problem.
template <typename F>
void forEachNamed(const YAML::Node &list, const char *entryKey, ParseFailure &failure, F &&f)
{
    if (failure.failed() || !list || list.IsNull())
        return;
    if (!list.IsSequence()) {
        failure.record(QCoreApplication::translate("rd::kube::KubeConfig", "\"%1s\" must be a list")
                           .arg(QLatin1String(entryKey)));
        return;
    }
    QSet<QString> seen;
    for (const auto &item : list) {
        if (!item.IsMap()) {
            failure.record(QCoreApplication::translate("rd::kube::KubeConfig",
                                                       "an entry of \"%1s\" is not a mapping")
                               .arg(QLatin1String(entryKey)));
            return;
        }
        const QString name = str(item["name"], failure);
        if (failure.failed())
            return;
        if (seen.contains(name)) {
            failure.record(
                QCoreApplication::translate("rd::kube::KubeConfig", "duplicate name \"%1\" in list")
                    .arg(name));
            return;
        }
        seen.insert(name);
        const YAML::Node body = item[entryKey];
        const ParseFailure::Context context(failure, entryKey, name);
        f(name, body && !body.IsNull() ? body : YAML::Node(YAML::NodeType::Map));
        if (failure.failed())
            return;
    }
}

} // namespace

QStringList KubeConfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    QStringList out;
    if (!env.isEmpty()) {
        for (const QString &p : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (!out.contains(p))
                out << p;
        }
    }
    if (out.isEmpty())
        out << QDir::homePath() + u"/.kube/config"_s;
    return out;
}

core::Result<KubeConfig> KubeConfig::parse(const QByteArray &yaml, const QString &path)
{
    KubeConfig cfg;
    ParseFailure failure;
    const auto failed = [&path](const QString &message) {
        return core::Error{tr("error loading config file \"%1\": %2").arg(path, message),
                           core::ErrorKind::Parse};
    };
    const QString origin = QFileInfo(path).absoluteFilePath();
    const QString baseDir = QFileInfo(path).absolutePath();
    cfg.m_files << origin;
    try {
        if (yaml.trimmed().isEmpty())
            return cfg;
        // Aliases are bounded before the tree is walked: yaml-cpp shares aliased nodes, so a
        // tiny file can stand for billions of them, or for a cycle.
        if (const auto bomb = core::YamlConverter::aliasError(yaml, path))
            return failed(bomb->message);
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull())
            return cfg;
        if (!root.IsMap())
            return failed(tr("the file is not a kubeconfig (expected a mapping at the top)"));
        cfg.m_currentContext = str(root["current-context"], failure);

        forEachNamed(
            root["clusters"], "cluster", failure, [&](const QString &name, const YAML::Node &c) {
                KubeCluster k;
                k.name = name;
                k.origin = origin;
                k.server = str(c["server"], failure);
                k.certificateAuthority =
                    resolvePath(str(c["certificate-authority"], failure), baseDir);
                k.certificateAuthorityData = base64Field(c["certificate-authority-data"],
                                                         "certificate-authority-data", failure);
                k.insecureSkipTlsVerify = boolean(c["insecure-skip-tls-verify"], failure);
                k.tlsServerName = str(c["tls-server-name"], failure);
                k.proxyUrl = str(c["proxy-url"], failure);
                k.disableCompression = boolean(c["disable-compression"], failure);
                forEachNamed(c["extensions"], "extension", failure,
                             [&](const QString &ext, const YAML::Node &v) {
                                 if (ext == u"client.authentication.k8s.io/exec"_s)
                                     k.execExtension = toJson(v, failure);
                             });
                cfg.m_clusters.insert(name, k);
            });

        forEachNamed(root["users"], "user", failure, [&](const QString &name, const YAML::Node &u) {
            KubeUser k;
            k.name = name;
            k.origin = origin;
            k.token = str(u["token"], failure);
            k.tokenFile = resolvePath(str(u["tokenFile"], failure), baseDir);
            k.clientCertificate = resolvePath(str(u["client-certificate"], failure), baseDir);
            k.clientCertificateData =
                base64Field(u["client-certificate-data"], "client-certificate-data", failure);
            k.clientKey = resolvePath(str(u["client-key"], failure), baseDir);
            k.clientKeyData = base64Field(u["client-key-data"], "client-key-data", failure);
            k.username = str(u["username"], failure);
            k.password = str(u["password"], failure);
            k.as = str(u["as"], failure);
            k.asUid = str(u["as-uid"], failure);
            k.asGroups = strList(u["as-groups"], failure);
            if (const auto extra = u["as-user-extra"]; extra && extra.IsMap()) {
                for (const auto &kv : extra)
                    k.asUserExtra.insert(QString::fromStdString(kv.first.as<std::string>()),
                                         strList(kv.second, failure));
            }
            if (const auto ap = u["auth-provider"]; ap && ap.IsMap()) {
                AuthProviderConfig p;
                p.name = str(ap["name"], failure);
                if (const auto conf = ap["config"]; conf && conf.IsMap()) {
                    for (const auto &kv : conf)
                        p.config.insert(QString::fromStdString(kv.first.as<std::string>()),
                                        str(kv.second, failure));
                }
                k.authProvider = p;
            }
            if (const auto ex = u["exec"]; ex && ex.IsMap()) {
                ExecConfig e;
                e.command = resolveCommand(str(ex["command"], failure), baseDir);
                e.args = strList(ex["args"], failure);
                if (const auto env = ex["env"]; env && env.IsSequence()) {
                    for (const auto &item : env) {
                        const QString n = str(item["name"], failure);
                        if (n.isEmpty())
                            failure.record(tr("exec env entry without a name"));
                        e.env.append({n, str(item["value"], failure)});
                    }
                }
                e.apiVersion = str(ex["apiVersion"], failure);
                e.installHint = str(ex["installHint"], failure);
                e.provideClusterInfo = boolean(ex["provideClusterInfo"], failure);
                e.interactiveMode = str(ex["interactiveMode"], failure);
                k.exec = e;
            }
            cfg.m_users.insert(name, k);
        });

        forEachNamed(root["contexts"], "context", failure,
                     [&](const QString &name, const YAML::Node &c) {
                         KubeContext k;
                         k.name = name;
                         k.origin = origin;
                         k.cluster = str(c["cluster"], failure);
                         k.user = str(c["user"], failure);
                         k.ns = str(c["namespace"], failure);
                         cfg.m_contexts.insert(name, k);
                     });
    } catch (const YAML::Exception &e) {
        // yaml-cpp reports by throwing; this is the one place its exceptions end. A problem the
        // walk recorded before yaml-cpp threw came first, and is the one to report.
        if (failure.failed())
            return failed(failure.message());
        return core::Error{tr("error loading config file \"%1\": line %2: %3")
                               .arg(path)
                               .arg(e.mark.line + 1)
                               .arg(QString::fromStdString(e.msg)),
                           core::ErrorKind::Parse};
    }
    if (failure.failed())
        return failed(failure.message());
    return cfg;
}

core::Result<KubeConfig> KubeConfig::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return core::Error{tr("The kubeconfig file \"%1\" does not exist.").arg(path),
                           core::ErrorKind::NotFound};
    if (!f.open(QIODevice::ReadOnly))
        return core::Error{tr("error loading config file \"%1\": %2").arg(path, f.errorString()),
                           core::ErrorKind::Io};
    return parse(f.readAll(), path);
}

core::Result<KubeConfig> KubeConfig::loadFiles(const QStringList &paths)
{
    std::optional<KubeConfig> merged;
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p))
            continue;
        auto one = loadFile(p);
        if (!one)
            return one.error();
        if (!merged)
            merged = std::move(one).value();
        else
            merged->mergeFrom(*one);
    }
    if (!merged)
        return core::Error{
            paths.size() == 1
                ? tr("No kubeconfig found: \"%1\" does not exist.").arg(paths.first())
                : tr("No kubeconfig found: none of %1 exists.").arg(paths.join(u", "_s)),
            core::ErrorKind::NotFound};
    return std::move(*merged);
}

core::Result<KubeConfig> KubeConfig::loadDefault()
{
    return loadFiles(defaultFiles());
}

void KubeConfig::mergeFrom(const KubeConfig &later)
{
    if (m_currentContext.isEmpty())
        m_currentContext = later.m_currentContext;
    for (const auto &f : later.m_files)
        m_files << f;
    for (auto it = later.m_clusters.cbegin(); it != later.m_clusters.cend(); ++it) {
        if (!m_clusters.contains(it.key()))
            m_clusters.insert(it.key(), it.value());
    }
    for (auto it = later.m_users.cbegin(); it != later.m_users.cend(); ++it) {
        if (!m_users.contains(it.key()))
            m_users.insert(it.key(), it.value());
    }
    for (auto it = later.m_contexts.cbegin(); it != later.m_contexts.cend(); ++it) {
        if (!m_contexts.contains(it.key()))
            m_contexts.insert(it.key(), it.value());
    }
}

core::Result<KubeConfig::Resolved> KubeConfig::resolve(const QString &contextName) const
{
    const auto fail = [](const QString &msg, core::ErrorKind kind = core::ErrorKind::Invalid) {
        return core::Error{msg, kind};
    };
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty()) {
        if (m_contexts.isEmpty() && m_clusters.isEmpty())
            return fail(tr("The kubeconfig is empty: it defines no context."));
        return fail(tr("The kubeconfig has no current context; choose one."));
    }
    if (!m_contexts.contains(name))
        return fail(tr("context \"%1\" does not exist").arg(name), core::ErrorKind::NotFound);
    Resolved r;
    r.context = m_contexts.value(name);
    if (!m_clusters.contains(r.context.cluster))
        return fail(
            tr("cluster \"%1\" was not found for context \"%2\"").arg(r.context.cluster, name),
            core::ErrorKind::NotFound);
    r.cluster = m_clusters.value(r.context.cluster);
    if (!r.context.user.isEmpty()) {
        if (!m_users.contains(r.context.user))
            return fail(
                tr("user \"%1\" was not found for context \"%2\"").arg(r.context.user, name),
                core::ErrorKind::NotFound);
        r.user = m_users.value(r.context.user);
    }
    if (r.cluster.server.isEmpty())
        return fail(tr("no server found for cluster \"%1\"").arg(r.cluster.name));
    r.ns = r.context.ns.isEmpty() ? u"default"_s : r.context.ns;

    const KubeUser &u = r.user;
    const bool hasToken = !u.token.isEmpty() || !u.tokenFile.isEmpty();
    const bool hasBasic = !u.username.isEmpty() || !u.password.isEmpty();
    if (hasToken && hasBasic)
        return fail(tr("more than one authentication method found for \"%1\"; found token and "
                       "basicAuth, only one is allowed")
                        .arg(u.name));
    const bool hasCert = !u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty();
    const bool hasKey = !u.clientKey.isEmpty() || !u.clientKeyData.isEmpty();
    if (hasCert && !hasKey)
        return fail(tr("client-key-data or client-key must be specified for \"%1\" to use the "
                       "clientCert authentication method.")
                        .arg(u.name));
    if (u.authProvider && u.exec)
        return fail(tr("authProvider cannot be provided in combination with an exec plugin for "
                       "\"%1\"")
                        .arg(u.name));
    if (u.as.isEmpty() && (!u.asUid.isEmpty() || !u.asGroups.isEmpty() || !u.asUserExtra.isEmpty()))
        return fail(tr("requesting uid, groups or user-extra for \"%1\" without impersonating a "
                       "user")
                        .arg(u.name));
    if (u.exec) {
        const QString v = u.exec->apiVersion;
        if (v != u"client.authentication.k8s.io/v1"_s &&
            v != u"client.authentication.k8s.io/v1beta1"_s)
            return fail(tr("exec plugin: invalid apiVersion \"%1\"").arg(v));
        if (v == u"client.authentication.k8s.io/v1"_s && u.exec->interactiveMode.isEmpty())
            return fail(tr("interactiveMode must be specified for \"%1\" to use exec "
                           "authentication plugin")
                            .arg(u.name));
    }
    if ((!r.cluster.certificateAuthority.isEmpty() ||
         !r.cluster.certificateAuthorityData.isEmpty()) &&
        r.cluster.insecureSkipTlsVerify)
        return fail(tr("specifying a root certificates file with the insecure flag is not "
                       "allowed (cluster \"%1\")")
                        .arg(r.cluster.name));
    if (!r.cluster.proxyUrl.isEmpty()) {
        const QString scheme = QUrl(r.cluster.proxyUrl).scheme();
        if (scheme != u"http"_s && scheme != u"https"_s && scheme != u"socks5"_s)
            return fail(
                tr("unsupported proxy scheme \"%1\", must be http, https, or socks5").arg(scheme));
    }
    return r;
}

} // namespace rd::kube
