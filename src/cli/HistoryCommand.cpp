#include "HistoryCommand.h"

#include "core/ObjectSet.h"
#include "core/SnapshotLoader.h"
#include "core/TerminalText.h"
#include "core/timeline/RolloutEventReader.h"
#include "core/timeline/Timeline.h"
#include "core/timeline/TimelineText.h"
#include "kube/CredentialMask.h"
#include "kube/ObjectName.h"
#include "source/ClusterConnector.h"
#include "source/EventsRequest.h"

#include <QCoreApplication>
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
    // The namespace becomes part of the request path: named as the flag the user typed, before
    // anything is read or sent (as the other cluster commands).
    if (!m_command.namespace_.isEmpty()) {
        const QString invalid =
            kube::ObjectName::checkNamespace(u"--namespace"_s, m_command.namespace_);
        if (!invalid.isEmpty())
            return fail(invalid);
    }
    // The one way from a kubeconfig to a cluster (as every cluster command): the source is not
    // started, only asked for the rollout's Events once.
    source::ClusterConnection connection = source::ClusterConnector::connect(
        {m_command.kubeconfig, m_command.context, m_command.namespace_, false});
    if (!connection.ok())
        return fail(connection.error().message);
    m_source = std::move(connection).value();
    connect(m_source.get(), &source::RolloutSource::warning, this, [this](const QString &text) {
        m_err << "Warning: " << core::terminal::safe(kube::CredentialMask::text(text)) << Qt::endl;
    });
    m_ns = m_source->namespaceName();
    source::EventsRequest *request = m_source->listEvents(m_ns, m_name);
    connect(request, &source::EventsRequest::finished, this, [this, request](bool success) {
        const int code = success ? print(request->events(), m_ns) : fail(request->message());
        m_out.flush();
        m_err.flush();
        QCoreApplication::exit(code);
    });
    return -1;
}

} // namespace rd::cli
