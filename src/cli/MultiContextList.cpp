#include "MultiContextList.h"

#include "CliText.h"

#include "core/ListRows.h"
#include "core/RolloutInfo.h"
#include "core/TabWriter.h"
#include "kube/CredentialMask.h"
#include "kube/ObjectName.h"
#include "source/ClusterConnector.h"
#include "source/MultiContextSource.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

MultiContextList::MultiContextList(const CommandLine &command, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_out(out)
    , m_err(err)
{}

MultiContextList::~MultiContextList() = default;

int MultiContextList::usage(const QString &message)
{
    m_err << "Error: " << message << "\nRun 'rolloutdesk-cli --help' for usage." << Qt::endl;
    return 2;
}

int MultiContextList::start()
{
    const QStringList &w = m_command.words;
    if (w.value(0) != u"list"_s || !isListRolloutsKind(w.value(1)))
        return usage(u"--contexts is only supported by list rollouts"_s);
    if (w.size() != 2)
        return usage(u"list "_s + w.value(1) + u" takes no names (use --name)"_s);
    if (m_command.watch)
        return usage(u"--contexts does not support --watch yet"_s);
    if (!m_command.context.isEmpty())
        return usage(u"use either --context or --contexts"_s);

    // The namespace becomes part of every request path: checked first, as ClusterCommands does.
    if (!m_command.allNamespaces && !m_command.namespace_.isEmpty()) {
        const QString invalid =
            kube::ObjectName::checkNamespace(u"--namespace"_s, m_command.namespace_);
        if (!invalid.isEmpty()) {
            m_err << "Error: " << invalid << Qt::endl;
            return 1;
        }
    }
    source::ClusterTarget base{
        m_command.kubeconfig, {}, m_command.namespace_, m_command.allNamespaces};
    m_source = source::MultiContextSource::connect(base, m_command.contexts);
    connect(m_source.get(), &source::RolloutSource::warning, this, [this](const QString &text) {
        m_err << "Warning: " << kube::CredentialMask::text(text) << Qt::endl;
    });
    connect(m_source.get(), &source::RolloutSource::ready, this, &MultiContextList::onReady);
    m_source->start();
    return -1;
}

void MultiContextList::onReady()
{
    struct Row
    {
        QString context;
        core::RolloutListRow row;
    };
    QList<Row> rows;
    for (const QString &key : m_source->keys()) {
        const auto info = m_source->info(key);
        if (info && (m_command.nameFilter.isEmpty() || info->meta.name == m_command.nameFilter))
            rows.append({m_source->contextOf(key), info->listRow});
    }
    // Contexts in the order asked for; within one, the API server's order (namespace, name).
    const QStringList order = m_source->watchedContexts();
    std::sort(rows.begin(), rows.end(), [&order](const Row &a, const Row &b) {
        return std::tuple(order.indexOf(a.context), a.row.namespace_, a.row.name) <
               std::tuple(order.indexOf(b.context), b.row.namespace_, b.row.name);
    });

    int code = 0;
    for (const QString &context : order) {
        const source::ConnectionState state = m_source->contextState(context);
        if (state == source::ConnectionState::Reconnecting ||
            state == source::ConnectionState::Failed) {
            m_err << "Error: context \"" << context
                  << "\": " << kube::CredentialMask::text(m_source->contextReason(context))
                  << Qt::endl;
            code = 1;
        }
    }
    if (rows.isEmpty()) {
        m_err << kNoResources << Qt::endl;
    } else {
        const bool all = m_command.allNamespaces;
        core::TabWriter table;
        table.addLine(u"CONTEXT\t"_s + core::ListTables::rolloutHeader(all, m_command.timestamps));
        for (const Row &r : std::as_const(rows))
            table.addLine(
                r.context + u'\t' +
                core::ListTables::rolloutLine(r.row, all, m_command.timestamps, m_command.now()));
        m_out << table.text();
    }
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

} // namespace rd::cli
