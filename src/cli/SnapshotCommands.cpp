#include "SnapshotCommands.h"

#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

// Without -n, a snapshot answers for the one namespace that has an object of that name.
template <typename T>
QString namespaceFor(const QList<T> &items, const QString &name, const QString &given)
{
    if (!given.isEmpty())
        return given;
    QSet<QString> found;
    for (const T &item : items) {
        if (item.meta.name == name)
            found.insert(item.meta.namespace_);
    }
    if (found.size() == 1)
        return *found.begin();
    return u"default"_s;
}

} // namespace

int SnapshotCommands::fail(const QString &message)
{
    m_err << "Error: " << message << Qt::endl;
    return 1;
}

int SnapshotCommands::usage(const QString &message)
{
    m_err << "Error: " << message << "\nRun 'rolloutdesk-cli --help' for usage." << Qt::endl;
    return 2;
}

int SnapshotCommands::run()
{
    const QStringList &words = m_command.words;
    const QString verb = words.value(0);
    const bool isGet = verb == u"get";
    const bool isList = verb == u"list";
    if (!isGet && !isList) {
        if (!verb.isEmpty() &&
            QStringList{u"abort"_s, u"retry"_s, u"promote"_s, u"pause"_s, u"resume"_s, u"restart"_s,
                        u"set"_s, u"undo"_s, u"status"_s}
                .contains(verb) &&
            verb != u"status")
            return fail(u"a snapshot is read-only: '"_s + verb +
                        u"' needs a cluster (drop --snapshot)"_s);
        if (verb != u"status")
            return usage(u"unknown command \""_s + verb + u'"');
    }

    auto loaded = core::SnapshotLoader::load(m_command.snapshot);
    if (!loaded)
        return fail(loaded.error().message);
    const core::ObjectSet &objects = loaded.value();
    const bool color = core::RolloutTextRenderer::colorWanted(m_command.noColor);
    const core::RolloutTextRenderer renderer(m_command.now(), color);

    const QString kind = words.value(1);
    if (verb == u"status") {
        if (words.size() != 2)
            return usage(u"status takes exactly one rollout name"_s);
        const QString name = words.at(1);
        const QString ns = namespaceFor(objects.rollouts, name, m_command.namespace_);
        const core::Rollout *ro = objects.findRollout(ns, name);
        if (!ro)
            return fail(u"rollout.argoproj.io \""_s + name + u"\" not found"_s);
        const core::RolloutInfo info = core::RolloutInfoBuilder::build(*ro, objects);
        if (info.phase() == core::Phase::Healthy || info.phase() == core::Phase::Degraded)
            m_out << info.status << Qt::endl;
        else
            m_out << info.status << " - " << info.message << Qt::endl;
        if (info.phase() == core::Phase::Degraded)
            return fail(u"The rollout is in a degraded state with message: "_s + info.message);
        return 0;
    }
    if (isList) {
        if (kind != u"rollouts" && kind != u"rollout" && kind != u"ro")
            return usage(u"list supports: rollouts"_s);
        QList<core::Rollout> rollouts;
        for (const core::Rollout &ro : objects.rollouts) {
            if (m_command.allNamespaces || m_command.namespace_.isEmpty() ||
                ro.meta.namespace_ == m_command.namespace_)
                rollouts.append(ro);
        }
        if (rollouts.isEmpty()) {
            m_err << "No resources found." << Qt::endl;
            return 0;
        }
        const bool showNamespace = m_command.allNamespaces || m_command.namespace_.isEmpty();
        m_out << core::RolloutTextRenderer::rolloutList(rollouts, showNamespace);
        m_out.flush();
        return 0;
    }

    if (words.size() != 3)
        return usage(u"get "_s + (kind.isEmpty() ? u"rollout"_s : kind) +
                     u" takes exactly one name"_s);
    const QString name = words.at(2);
    if (kind == u"rollout" || kind == u"rollouts" || kind == u"ro") {
        const QString ns = namespaceFor(objects.rollouts, name, m_command.namespace_);
        const core::Rollout *ro = objects.findRollout(ns, name);
        if (!ro)
            return fail(u"rollout.argoproj.io \""_s + name + u"\" not found"_s);
        m_out << renderer.rollout(core::RolloutInfoBuilder::build(*ro, objects));
        m_out.flush();
        return 0;
    }
    if (kind == u"experiment" || kind == u"experiments" || kind == u"exp") {
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

} // namespace rd::cli
