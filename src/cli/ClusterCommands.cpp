#include "ClusterCommands.h"

#include "CliText.h"

#include "core/Duration.h"
#include "core/ObjectSet.h"
#include "core/RolloutInfo.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/TabWriter.h"
#include "core/TerminalText.h"
#include "core/actions/RolloutActions.h"
#include "kube/CredentialMask.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"
#include "kube/ObjectCache.h"
#include "kube/ObjectName.h"
#include "kube/ResourceKind.h"
#include "source/ClusterConnector.h"
#include "source/ClusterRolloutSource.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {
const QStringList kStoreKinds{u"Rollout"_s,    u"ReplicaSet"_s,  u"Pod"_s,
                              u"Experiment"_s, u"AnalysisRun"_s, u"Deployment"_s};
} // namespace

ClusterCommands::ClusterCommands(const CommandLine &command, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_out(out)
    , m_err(err)
{}

ClusterCommands::~ClusterCommands() = default;

int ClusterCommands::fail(const QString &message)
{
    // Errors carry server and file text (Status messages, names, URLs): passwords masked,
    // control characters escaped, lines kept.
    m_err << "Error: "
          << core::terminal::safe(kube::CredentialMask::text(message), core::terminal::Lines::Keep)
          << Qt::endl;
    return 1;
}

int ClusterCommands::usage(const QString &message)
{
    m_err << "Error: " << message << "\nRun 'rolloutdesk-cli --help' for usage." << Qt::endl;
    return 2;
}

void ClusterCommands::finish(int code)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

QString ClusterCommands::rolloutKey(const QString &name) const
{
    return m_ns + u'/' + name;
}

int ClusterCommands::start()
{
    const QString verb = m_command.words.value(0);
    if (verb != u"get"_s && verb != u"list"_s && verb != u"status"_s && !isClusterAction(verb))
        return usage(u"unknown command \""_s + verb + u'"');
    const bool all = m_command.allNamespaces && verb == u"list"_s;
    // The namespace becomes part of every request path: checked before anything is read or sent.
    if (!all && !m_command.namespace_.isEmpty()) {
        const QString invalid =
            kube::ObjectName::checkNamespace(u"--namespace"_s, m_command.namespace_);
        if (!invalid.isEmpty())
            return fail(invalid);
    }

    source::ClusterConnection connection = source::ClusterConnector::connect(
        source::ClusterTarget{m_command.kubeconfig, m_command.context, m_command.namespace_, all});
    if (!connection.ok())
        return fail(connection.error().message);
    m_source = std::move(connection).value();
    if (m_source->tlsVerificationDisabled())
        qInfo("TLS verification is disabled for context %s",
              qUtf8Printable(m_source->displayName()));
    connect(m_source.get(), &source::RolloutSource::warning, this, [this](const QString &text) {
        m_err << "Warning: " << core::terminal::safe(kube::CredentialMask::text(text)) << Qt::endl;
    });
    m_ns =
        all ? (m_command.namespace_.isEmpty() ? m_source->contextNamespace() : m_command.namespace_)
            : m_source->namespaceName();
    const bool objectAction = verb == u"terminate"_s ||
                              (verb == u"retry"_s && isExperimentKind(m_command.words.value(1)));
    if (objectAction)
        return startObjectAction();
    return isClusterAction(verb) ? startAction() : startRead();
}

int ClusterCommands::startRead()
{
    const QStringList &w = m_command.words;
    const QString verb = w.value(0);
    if (verb == u"get"_s) {
        const QString kind = w.value(1);
        if (!isRolloutKind(kind) && !isExperimentKind(kind))
            return usage(u"get supports: rollout, experiment"_s);
        if (w.size() != 3)
            return usage(u"get "_s + kind + u" takes exactly one name"_s);
    } else if (verb == u"list"_s) {
        const QString kind = w.value(1);
        if (!isListRolloutsKind(kind) && !isListExperimentsKind(kind))
            return usage(u"list supports: rollouts, experiments"_s);
        if (w.size() != 2)
            return usage(u"list "_s + kind + u" takes no names (use --name)"_s);
    } else if (verb == u"status"_s) {
        if (w.size() != 2)
            return usage(u"status takes exactly one rollout name"_s);
    }
    connect(m_source.get(), &source::RolloutSource::ready, this, &ClusterCommands::onReady);
    connect(m_source.get(), &source::RolloutSource::connectionStateChanged, this,
            [this](source::ConnectionState state, const QString &reason) {
                // Before the first complete load, any failure ends the command, as kubectl does.
                if (!m_rendered && (state == source::ConnectionState::Failed ||
                                    state == source::ConnectionState::Reconnecting))
                    finish(fail(reason));
            });
    m_source->start();
    return -1;
}

core::ObjectSet ClusterCommands::objects() const
{
    core::ObjectSet set;
    for (const QString &kind : kStoreKinds) {
        if (auto *store = m_source->store(kind)) {
            for (const QJsonObject &o : store->values())
                set.add(o);
        }
    }
    return set;
}

void ClusterCommands::onReady()
{
    const QStringList &w = m_command.words;
    const QString verb = w.value(0);
    m_rendered = true;
    if (verb == u"list"_s) {
        if (isListExperimentsKind(w.value(1)))
            listExperiments();
        else
            listRollouts();
        return;
    }
    const QString name = verb == u"status"_s ? w.value(1) : w.value(2);
    const QString kind = w.value(1);
    if (verb == u"get"_s && isExperimentKind(kind)) {
        const core::ObjectSet set = objects();
        const core::Experiment *ex = set.findExperiment(m_ns, name);
        if (!ex) {
            finish(fail(u"experiment.argoproj.io \""_s + name + u"\" not found"_s));
            return;
        }
        const core::RolloutTextRenderer renderer(
            m_command.now(), core::RolloutTextRenderer::colorWanted(m_command.noColor));
        m_out << renderer.experiment(core::RolloutInfoBuilder::buildExperiment(*ex, set));
        finish(0);
        return;
    }
    if (!m_source->contains(rolloutKey(name))) {
        finish(fail(rolloutNotFound(name)));
        return;
    }
    // A workloadRef naming a missing Deployment fails the first read, as the plugin's lister.
    if (auto rollout = core::Rollout::fromJson(m_source->rolloutObject(rolloutKey(name)))) {
        const QString error = core::RolloutInfoBuilder::workloadError(*rollout, objects());
        if (!error.isEmpty()) {
            finish(fail(error));
            return;
        }
    }
    const bool watching =
        verb == u"status"_s ? m_command.statusWatch.value_or(true) : m_command.watch;
    render();
    if (!watching || m_done) {
        if (!m_done)
            finish(0);
        return;
    }
    // Watch: redraw on change, and at least every second so ages tick (rollouts-semantics §2.7).
    connect(m_source.get(), &source::RolloutSource::rolloutChanged, this,
            [this, name](const QString &key) {
                if (key == rolloutKey(name))
                    render();
            });
    connect(m_source.get(), &source::RolloutSource::rolloutRemoved, this,
            [this, name](const QString &key) {
                if (key == rolloutKey(name))
                    finish(fail(rolloutNotFound(name)));
            });
    if (verb == u"get"_s) {
        m_ticker.setInterval(1000);
        connect(&m_ticker, &QTimer::timeout, this, &ClusterCommands::render);
        m_ticker.start();
    }
    qint64 timeoutMs = 0;
    if (verb == u"get"_s) {
        // Seconds × 1000 must not overflow; a QTimer holds at most INT_MAX ms (~24 days).
        timeoutMs =
            std::min<qint64>(m_command.timeoutSeconds, std::numeric_limits<int>::max()) * 1000;
    } else if (!m_command.statusTimeout.isEmpty()) {
        timeoutMs = core::parseGoDurationMs(m_command.statusTimeout).value_or(0);
    }
    timeoutMs = std::min<qint64>(timeoutMs, std::numeric_limits<int>::max());
    if (timeoutMs > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this, verb] {
            if (verb == u"status"_s)
                finish(fail(kStatusTimeoutError));
            else
                finish(0);
        });
        m_deadline.start(int(timeoutMs));
    }
}

void ClusterCommands::listRollouts()
{
    const bool all = m_command.allNamespaces;
    QList<core::RolloutListRow> rows;
    for (const QString &key : m_source->keys()) {
        const auto info = m_source->info(key);
        if (info && (m_command.nameFilter.isEmpty() || info->meta.name == m_command.nameFilter))
            rows.append(info->listRow);
    }
    // The API server's order: namespace, then name.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::pair(a.namespace_, a.name) < std::pair(b.namespace_, b.name);
    });
    // With --watch an empty list prints the header and waits, without the message (the plugin's
    // condition; new relative to §2b, issue 12).
    if (rows.isEmpty() && !m_command.watch) {
        m_err << kNoResources << Qt::endl;
        finish(0);
        return;
    }
    m_out << core::ListTables::rollouts(rows, all, m_command.timestamps, m_command.now());
    m_out.flush();
    if (!m_command.watch) {
        finish(0);
        return;
    }
    // Watch: a row whenever a rollout's row differs from the last one printed for it. Rows go
    // through one tab writer flushed every half second, as the plugin's ticker does (new relative
    // to rollouts-semantics.md §2b, issue 12), so rows of one burst are aligned together.
    for (const core::RolloutListRow &row : std::as_const(rows))
        m_listed.insert(row.key(), row);
    connect(m_source.get(), &source::RolloutSource::rolloutAdded, this,
            &ClusterCommands::onListedRollout);
    connect(m_source.get(), &source::RolloutSource::rolloutChanged, this,
            &ClusterCommands::onListedRollout);
    m_listFlush.setInterval(500);
    connect(&m_listFlush, &QTimer::timeout, this, &ClusterCommands::flushListLines);
    m_listFlush.start();
}

void ClusterCommands::onListedRollout(const QString &key)
{
    const auto info = m_source->info(key);
    if (!info || (!m_command.nameFilter.isEmpty() && info->meta.name != m_command.nameFilter))
        return;
    const auto last = m_listed.constFind(key);
    if (last != m_listed.cend() && *last == info->listRow)
        return;
    m_listed.insert(key, info->listRow);
    m_listLines << core::ListTables::rolloutLine(info->listRow, m_command.allNamespaces,
                                                 m_command.timestamps, m_command.now());
}

void ClusterCommands::flushListLines()
{
    if (m_listLines.isEmpty())
        return;
    core::TabWriter w;
    for (const QString &line : std::as_const(m_listLines))
        w.addLine(line);
    m_listLines.clear();
    m_out << w.text();
    m_out.flush();
}

void ClusterCommands::listExperiments()
{
    QList<core::ExperimentListRow> rows;
    if (auto *store = m_source->store(u"Experiment"_s)) {
        for (const QJsonObject &o : store->values()) {
            if (auto ex = core::Experiment::fromJson(o))
                rows.append(core::ExperimentListRow::of(*ex, m_command.now()));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::pair(a.namespace_, a.name) < std::pair(b.namespace_, b.name);
    });
    if (rows.isEmpty()) {
        m_err << kNoResources << Qt::endl;
        finish(0);
        return;
    }
    m_out << core::ListTables::experiments(rows, m_command.allNamespaces);
    finish(0);
}

void ClusterCommands::render()
{
    const QStringList &w = m_command.words;
    const QString verb = w.value(0);
    const QString name = verb == u"status"_s ? w.value(1) : w.value(2);
    const auto info = m_source->info(rolloutKey(name));
    if (!info || m_done)
        return;
    // Never print a made-up state for an object that cannot be read.
    if (info->unreadable()) {
        finish(fail(u"cannot read rollout \""_s + name + u"\": "_s + info->parseError));
        return;
    }
    if (verb == u"status"_s) {
        const bool watching = m_command.statusWatch.value_or(true);
        const QString line = statusLine(*info, watching);
        if (!watching || line != m_lastStatusLine) {
            m_out << line << Qt::endl;
            m_lastStatusLine = line;
        }
        if (info->phase() == core::Phase::Degraded)
            finish(fail(degradedError(info->message)));
        else if (!watching || info->phase() == core::Phase::Healthy)
            finish(0);
        return;
    }
    // At most five redraws a second.
    if (m_sinceRender.isValid() && m_sinceRender.elapsed() < 200 && m_command.watch)
        return;
    m_sinceRender.start();
    const core::RolloutTextRenderer renderer(
        m_command.asOf.isValid() ? m_command.asOf : QDateTime::currentDateTimeUtc(),
        core::RolloutTextRenderer::colorWanted(m_command.noColor));
    if (m_command.watch)
        m_out << "\x1b[H\x1b[2J\x1b[0;0H";
    m_out << renderer.rollout(*info);
    m_out.flush();
}

int ClusterCommands::startAction()
{
    const QStringList &w = m_command.words;
    const QString verb = w.value(0);
    QStringList names = w.mid(1);
    if (verb == u"retry"_s) {
        const QString what = w.value(1);
        if (what != u"rollout"_s && what != u"rollouts"_s && what != u"ro"_s)
            return usage(u"retry supports: rollout, experiment"_s);
        names = w.mid(2);
    } else if (verb == u"set"_s) {
        if (w.value(1) != u"image"_s)
            return usage(u"set supports: image"_s);
        names = w.mid(2);
        if (names.size() != 2)
            return usage(u"set image takes exactly two arguments: ROLLOUT CONTAINER=IMAGE"_s);
        if (names.at(1).split(u'=').size() != 2)
            return usage(u"invalid image update format: \""_s + names.at(1) +
                         u"\" (use CONTAINER=IMAGE)"_s);
        names = {names.at(0)};
    }
    if (names.isEmpty())
        return usage(verb + u" needs a rollout name"_s);
    const bool single =
        verb == u"promote"_s || verb == u"restart"_s || verb == u"undo"_s || verb == u"set"_s;
    if (single && names.size() != 1)
        return usage(verb + u" takes exactly one rollout name"_s);
    // All names are checked before the first action, so that none runs when one is refused.
    for (const QString &name : names) {
        const QString invalid =
            kube::ObjectName::checkName(tr("the rollout name"), name, u"Rollout"_s);
        if (!invalid.isEmpty())
            return fail(invalid);
    }
    if (verb == u"restart"_s && !m_command.restartIn.isEmpty() &&
        !core::parseGoDurationMs(m_command.restartIn))
        return usage(u"invalid duration \""_s + m_command.restartIn + u"\" for --in"_s);
    m_pending = names;
    QTimer::singleShot(0, this, &ClusterCommands::runNextAction);
    return -1;
}

int ClusterCommands::startObjectAction()
{
    // terminate analysisrun|experiment NAME..., retry experiment NAME... (§3.2, §3.9).
    const QStringList &w = m_command.words;
    const QString kind = w.value(1);
    if (w.value(0) == u"terminate"_s && !isAnalysisRunKind(kind) && !isExperimentKind(kind))
        return usage(u"terminate supports: analysisrun, experiment"_s);
    m_pending = w.mid(2);
    if (m_pending.isEmpty())
        return usage(w.value(0) + u' ' + kind + u" needs a name"_s);
    // All names are checked before the first request, as for rollout actions.
    const QString kindName = w.value(0) == u"terminate"_s && isAnalysisRunKind(kind)
                                 ? u"AnalysisRun"_s
                                 : u"Experiment"_s;
    for (const QString &name : std::as_const(m_pending)) {
        const QString invalid = kube::ObjectName::checkName(tr("the name"), name, kindName);
        if (!invalid.isEmpty())
            return fail(invalid);
    }
    QTimer::singleShot(0, this, &ClusterCommands::runNextObjectAction);
    return -1;
}

void ClusterCommands::runNextObjectAction()
{
    if (m_pending.isEmpty()) {
        finish(0);
        return;
    }
    const QString name = m_pending.takeFirst();
    const bool terminate = m_command.words.value(0) == u"terminate"_s;
    const bool analysisRun = terminate && isAnalysisRunKind(m_command.words.value(1));
    const core::PatchRequest patch =
        terminate ? core::RolloutActions::terminate() : core::RolloutActions::retryExperiment();
    const auto path =
        (analysisRun ? kube::ResourceKind::analysisRuns() : kube::ResourceKind::experiments())
            .objectPath(m_ns, name, tr("the name"));
    if (!path) {
        finish(fail(path.errorMessage()));
        return;
    }
    kube::KubeRequest request;
    request.verb = patch.verb;
    request.path = *path;
    request.contentType = patch.contentType;
    request.body = patch.body;
    // The plugin's words, including "retried" for a terminated experiment (§3.9).
    const QString message = analysisRun ? u"analysisRun '"_s + name + u"' terminated"_s
                                        : u"experiment '"_s + name + u"' retried"_s;
    kube::KubeReply *reply = m_source->client()->send(request);
    connect(reply, &kube::KubeReply::finished, this, [this, reply, message] {
        reply->deleteLater();
        if (!reply->ok()) {
            finish(fail(reply->error().message));
            return;
        }
        m_out << message << Qt::endl;
        runNextObjectAction();
    });
}

void ClusterCommands::runNextAction()
{
    if (m_pending.isEmpty()) {
        finish(0);
        return;
    }
    const QString name = m_pending.takeFirst();
    const QStringList &w = m_command.words;
    const QString verb = w.value(0);
    const QString key = rolloutKey(name);
    source::ActionRequest *req = nullptr;
    if (verb == u"abort"_s) {
        req = m_source->abort(key);
    } else if (verb == u"retry"_s) {
        req = m_source->retry(key);
    } else if (verb == u"pause"_s) {
        req = m_source->pause(key);
    } else if (verb == u"resume"_s) {
        req = m_source->resume(key);
    } else if (verb == u"promote"_s) {
        req = m_command.full ? m_source->promoteFull(key) : m_source->promote(key);
    } else if (verb == u"restart"_s) {
        const qint64 ms = core::parseGoDurationMs(m_command.restartIn).value_or(0);
        req = m_source->restart(key, ms / 1000);
    } else if (verb == u"set"_s) {
        const QStringList parts = w.value(3).split(u'=');
        req = m_source->setImage(key, parts.value(0), parts.value(1));
    } else if (verb == u"undo"_s) {
        req = m_source->undo(key, m_command.toRevision);
    }
    const bool isRestart = verb == u"restart"_s;
    const bool isUndo = verb == u"undo"_s;
    connect(req, &source::ActionRequest::finished, this,
            [this, name, isRestart, isUndo](bool ok, const QString &message) {
                if (!ok) {
                    finish(fail(message));
                    return;
                }
                if (isRestart) {
                    // The plugin echoes the flag's own text.
                    const QString in =
                        m_command.restartIn.isEmpty() ? u"0s"_s : m_command.restartIn;
                    m_out << "rollout '" << name << "' restarts in " << in << Qt::endl;
                } else if (isUndo && message.startsWith(u"skipped"_s)) {
                    m_out << core::terminal::safe(message); // no trailing newline, as the plugin
                    m_out.flush();
                } else {
                    m_out << core::terminal::safe(message, core::terminal::Lines::Keep) << Qt::endl;
                }
                runNextAction();
            });
}

} // namespace rd::cli
