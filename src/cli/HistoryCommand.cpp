#include "HistoryCommand.h"

#include "core/ObjectSet.h"
#include "core/SnapshotLoader.h"
#include "core/TerminalText.h"
#include "core/timeline/RolloutEventReader.h"
#include "core/timeline/Timeline.h"
#include "core/timeline/TimelineText.h"
#include "kube/CredentialMask.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeReply.h"
#include "kube/ResourceKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

// The name goes into a field selector: only a valid object name may (no ',' or '=' smuggled in).
bool isObjectName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"_s);
    return re.match(name).hasMatch();
}

constexpr int MaxPages = 20; // 20 × 500 Events of one rollout is far more than a cluster keeps

} // namespace

HistoryCommand::HistoryCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_out(out)
    , m_err(err)
{}

HistoryCommand::~HistoryCommand() = default;

bool HistoryCommand::handles(const CommandLine &command)
{
    return command.words.value(0) == u"history";
}

int HistoryCommand::fail(const QString &message)
{
    // Server and file text: passwords masked, control characters escaped (as every CLI error).
    m_err << "Error: "
          << core::terminal::safe(kube::CredentialMask::text(message), core::terminal::Lines::Keep)
          << Qt::endl;
    return 1;
}

int HistoryCommand::usage(const QString &message)
{
    m_err << "Error: " << message << "\nRun 'rolloutdesk-cli --help' for usage." << Qt::endl;
    return 2;
}

int HistoryCommand::start()
{
    const QStringList &w = m_command.words;
    const QString kind = w.value(1);
    if (kind != u"rollout"_s && kind != u"rollouts"_s && kind != u"ro"_s)
        return usage(u"history supports: rollout"_s);
    if (w.size() != 3)
        return usage(u"history rollout takes exactly one name"_s);
    if (!m_command.output.isEmpty() && m_command.output != u"json"_s)
        return usage(u"history supports -o json only, not \""_s + m_command.output + u'"');
    m_name = w.at(2);
    if (!isObjectName(m_name))
        return usage(u"\""_s + m_name + u"\" is not a valid rollout name"_s);
    return m_command.snapshot.isEmpty() ? startCluster() : runSnapshot();
}

int HistoryCommand::print(const QList<QJsonObject> &events, const QString &ns)
{
    core::Timeline timeline;
    for (const QJsonObject &e : events) {
        if (core::isEventOfRollout(e, ns, m_name))
            timeline.addEvent(e);
    }
    const QList<core::TimelineEntry> entries = timeline.entries();
    if (m_command.output == u"json"_s) {
        m_out << QString::fromUtf8(core::timelineJson(ns, m_name, entries));
        return 0;
    }
    if (entries.isEmpty()) {
        m_err << "No history found for rollout \"" << m_name << "\" in namespace \"" << ns
              << "\" (the cluster keeps Events for about an hour)." << Qt::endl;
        return 0;
    }
    m_out << core::timelineTable(entries);
    return 0;
}

int HistoryCommand::runSnapshot()
{
    auto loaded = core::SnapshotLoader::load(m_command.snapshot);
    if (!loaded)
        return fail(loaded.error().message);
    const core::ObjectSet &objects = loaded.value();
    QString ns = m_command.namespace_;
    if (ns.isEmpty()) {
        // As for get: the one namespace holding the rollout (or its Events), else "default".
        QSet<QString> found;
        for (const core::Rollout &ro : objects.rollouts) {
            if (ro.meta.name == m_name)
                found.insert(ro.meta.namespace_);
        }
        for (const QJsonObject &e : objects.events) {
            if (core::isEventOfRollout(e, QString(), m_name))
                found.insert(e.value(u"metadata"_s).toObject().value(u"namespace"_s).toString());
        }
        ns = found.size() == 1 ? *found.begin() : u"default"_s;
    }
    if (!objects.findRollout(ns, m_name)) {
        bool anyEvent = false;
        for (const QJsonObject &e : objects.events)
            anyEvent |= core::isEventOfRollout(e, ns, m_name);
        if (!anyEvent)
            return fail(u"rollout.argoproj.io \""_s + m_name + u"\" not found"_s);
    }
    return print(objects.events, ns);
}

int HistoryCommand::startCluster()
{
    const core::Result<kube::KubeConfig> config =
        m_command.kubeconfig.isEmpty() ? kube::KubeConfig::loadDefault()
                                       : kube::KubeConfig::loadFile(m_command.kubeconfig);
    if (!config)
        return fail(config.errorMessage());
    const auto resolved = config->resolve(m_command.context);
    if (!resolved)
        return fail(resolved.errorMessage());
    auto client = kube::KubeClient::create(*resolved);
    if (!client)
        return fail(client.errorMessage());
    m_client = std::move(client).value();
    connect(m_client.get(), &kube::KubeClient::warning, this, [this](const QString &text) {
        m_err << "Warning: " << core::terminal::safe(kube::CredentialMask::text(text)) << Qt::endl;
    });
    m_ns = m_command.namespace_.isEmpty() ? resolved->ns : m_command.namespace_;
    const auto path = kube::ResourceKind::events().collectionPath(m_ns);
    if (!path)
        return fail(path.errorMessage());
    m_eventsPath = path.value();
    listPage(QString());
    return -1;
}

void HistoryCommand::listPage(const QString &continueToken)
{
    kube::KubeRequest request;
    request.path = m_eventsPath;
    request.query.addQueryItem(u"fieldSelector"_s,
                               u"involvedObject.kind=Rollout,involvedObject.name="_s + m_name);
    request.query.addQueryItem(u"limit"_s, u"500"_s);
    if (!continueToken.isEmpty())
        request.query.addQueryItem(u"continue"_s, continueToken);
    kube::KubeReply *reply = m_client->send(request);
    const auto done = [this, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            QCoreApplication::exit(fail(reply->error().message));
            return;
        }
        const QJsonObject list = reply->json();
        for (const QJsonValue &item : list.value(u"items"_s).toArray())
            m_events.append(item.toObject());
        const QString next = list.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
        if (!next.isEmpty() && ++m_pages < MaxPages) {
            listPage(next);
            return;
        }
        const int code = print(m_events, m_ns);
        m_out.flush();
        m_err.flush();
        QCoreApplication::exit(code);
    };
    // Queued either way: exit() only works once the event loop runs.
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    else
        connect(reply, &kube::KubeReply::finished, this, done, Qt::QueuedConnection);
}

} // namespace rd::cli
