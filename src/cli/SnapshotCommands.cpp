#include "SnapshotCommands.h"

#include "CliText.h"

#include "core/Duration.h"
#include "core/ListRows.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"
#include "core/TerminalText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

// Without -n, a snapshot answers for the one namespace that has an object of that name (for
// `list`: of that kind), else "default" (Rollout Desk's rule; snapshots have no kubeconfig).
template <typename T>
QString namespaceFor(const QList<T> &items, const QString &name, const QString &given)
{
    if (!given.isEmpty())
        return given;
    QSet<QString> found;
    for (const T &item : items) {
        if (name.isEmpty() || item.meta.name == name)
            found.insert(item.meta.namespace_);
    }
    if (found.size() == 1)
        return *found.begin();
    return u"default"_s;
}

template <typename T> void sortByKey(QList<T> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) {
        return std::pair(a.meta.namespace_, a.meta.name) <
               std::pair(b.meta.namespace_, b.meta.name);
    });
}

} // namespace

int SnapshotCommands::fail(const QString &message)
{
    // Errors carry server and file text (Status messages, names): escaped, lines kept.
    m_err << "Error: " << core::terminal::safe(message, core::terminal::Lines::Keep) << Qt::endl;
    return 1;
}

int SnapshotCommands::usage(const QString &message)
{
    m_err << "Error: " << message << "\nRun 'rolloutdesk-cli --help' for usage." << Qt::endl;
    return 2;
}

int SnapshotCommands::waitThenFail(qint64 timeoutMs, const QString &error)
{
    m_out.flush();
    if (timeoutMs <= 0)
        return -1; // nothing will ever change: wait until interrupted, as against a cluster
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this, error] { QCoreApplication::exit(error.isEmpty() ? 0 : fail(error)); });
    m_deadline.start(int(std::min<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    return -1;
}

int SnapshotCommands::run()
{
    const QStringList &words = m_command.words;
    const QString verb = words.value(0);
    if (verb != u"get" && verb != u"list" && verb != u"status") {
        if (isClusterAction(verb))
            return fail(u"a snapshot is read-only: '"_s + verb +
                        u"' needs a cluster (drop --snapshot)"_s);
        return usage(u"unknown command \""_s + verb + u'"');
    }

    auto loaded = core::SnapshotLoader::load(m_command.snapshot);
    if (!loaded)
        return fail(loaded.error().message);
    const core::ObjectSet &objects = loaded.value();
    if (verb == u"status")
        return status(objects);
    if (verb == u"list")
        return list(objects);

    const bool color = core::RolloutTextRenderer::colorWanted(m_command.noColor);
    const core::RolloutTextRenderer renderer(m_command.now(), color);
    const QString kind = words.value(1);
    if (words.size() != 3)
        return usage(u"get "_s + (kind.isEmpty() ? u"rollout"_s : kind) +
                     u" takes exactly one name"_s);
    const QString name = words.at(2);
    if (isRolloutKind(kind)) {
        const QString ns = namespaceFor(objects.rollouts, name, m_command.namespace_);
        const core::Rollout *ro = objects.findRollout(ns, name);
        if (!ro)
            return fail(rolloutNotFound(name));
        if (const QString e = core::RolloutInfoBuilder::workloadError(*ro, objects); !e.isEmpty())
            return fail(e);
        m_out << renderer.rollout(core::RolloutInfoBuilder::build(*ro, objects));
        m_out.flush();
        return 0;
    }
    if (isExperimentKind(kind)) {
        const QString ns = namespaceFor(objects.experiments, name, m_command.namespace_);
        const core::Experiment *ex = objects.findExperiment(ns, name);
        if (!ex)
            return fail(u"experiment.argoproj.io \""_s + name + u"\" not found"_s);
        m_out << renderer.experiment(core::RolloutInfoBuilder::buildExperiment(*ex, objects));
        m_out.flush();
        return 0;
    }
    return usage(u"get supports: rollout, experiment"_s);
}

int SnapshotCommands::status(const core::ObjectSet &objects)
{
    const QStringList &words = m_command.words;
    if (words.size() != 2)
        return usage(u"status takes exactly one rollout name"_s);
    const QString name = words.at(1);
    const QString ns = namespaceFor(objects.rollouts, name, m_command.namespace_);
    const core::Rollout *ro = objects.findRollout(ns, name);
    if (!ro)
        return fail(rolloutNotFound(name));
    if (const QString e = core::RolloutInfoBuilder::workloadError(*ro, objects); !e.isEmpty())
        return fail(e);
    const core::RolloutInfo info = core::RolloutInfoBuilder::build(*ro, objects);
    const bool watching = m_command.statusWatch.value_or(true);
    m_out << statusLine(info, watching) << Qt::endl;
    if (info.status == u"Degraded")
        return fail(degradedError(info.message));
    if (!watching || info.status == u"Healthy")
        return 0;
    // The line never changes: wait for the timeout as the plugin would against a still cluster.
    return waitThenFail(core::parseGoDurationMs(m_command.statusTimeout).value_or(0),
                        kStatusTimeoutError);
}

int SnapshotCommands::list(const core::ObjectSet &objects)
{
    const QString kind = m_command.words.value(1);
    const bool all = m_command.allNamespaces;
    if (m_command.words.size() != 2)
        return usage(u"list "_s + kind + u" takes no names (use --name)"_s);
    if (isListRolloutsKind(kind)) {
        const QString ns =
            all ? QString() : namespaceFor(objects.rollouts, {}, m_command.namespace_);
        QList<core::Rollout> rollouts;
        for (const core::Rollout &ro : objects.rollouts) {
            if ((all || ro.meta.namespace_ == ns) &&
                (m_command.nameFilter.isEmpty() || ro.meta.name == m_command.nameFilter))
                rollouts.append(ro);
        }
        sortByKey(rollouts);
        if (rollouts.isEmpty() && !m_command.watch) {
            m_err << kNoResources << Qt::endl;
            return 0;
        }
        QList<core::RolloutListRow> rows;
        for (const core::Rollout &ro : std::as_const(rollouts))
            rows.append(core::RolloutListRow::of(ro));
        m_out << core::ListTables::rollouts(rows, all, m_command.timestamps, m_command.now());
        m_out.flush();
        return m_command.watch ? waitThenFail(0, {}) : 0;
    }
    if (isListExperimentsKind(kind)) {
        const QString ns =
            all ? QString() : namespaceFor(objects.experiments, {}, m_command.namespace_);
        QList<core::Experiment> experiments;
        for (const core::Experiment &ex : objects.experiments) {
            if (all || ex.meta.namespace_ == ns)
                experiments.append(ex);
        }
        sortByKey(experiments);
        if (experiments.isEmpty()) {
            m_err << kNoResources << Qt::endl;
            return 0;
        }
        QList<core::ExperimentListRow> rows;
        for (const core::Experiment &ex : std::as_const(experiments))
            rows.append(core::ExperimentListRow::of(ex, m_command.now()));
        m_out << core::ListTables::experiments(rows, all);
        m_out.flush();
        return 0;
    }
    return usage(u"list supports: rollouts, experiments"_s);
}

} // namespace rd::cli
