#include "source/MultiContextSource.h"

#include "source/ClusterConnector.h"

#include <QSet>
#include <QTimer>

namespace rd::source {

MultiContextSource::MultiContextSource(QObject *parent)
    : RolloutSource(parent)
{}

MultiContextSource::~MultiContextSource() = default;

std::unique_ptr<MultiContextSource> MultiContextSource::connect(const ClusterTarget &base,
                                                                const QStringList &contexts)
{
    auto multi = std::make_unique<MultiContextSource>();
    for (const QString &context : contexts) {
        ClusterTarget target = base;
        target.context = context;
        ClusterConnection c = ClusterConnector::connect(target);
        if (c.ok())
            multi->addContext(context, std::move(c).value());
        else
            multi->addContext(context, nullptr, c.error().message);
    }
    return multi;
}

void MultiContextSource::addContext(const QString &context, std::unique_ptr<RolloutSource> source,
                                    const QString &error)
{
    if (m_started || find(context))
        return;
    Context c;
    c.name = context;
    c.error = error;
    if (source) {
        source->setParent(this);
        source->setReadOnly(m_readOnly || source->isReadOnly());
    }
    c.source = std::move(source);
    c.settled = !c.source;
    m_contexts.push_back(std::move(c));
    wire(int(m_contexts.size()) - 1);
}

QString MultiContextSource::joinKey(const QString &context, const QString &innerKey)
{
    return context + u'/' + innerKey;
}

QString MultiContextSource::innerKey(const QString &key)
{
    return key.section(u'/', -2);
}

QString MultiContextSource::contextOfKey(const QString &key)
{
    return key.section(u'/', 0, -3);
}

const MultiContextSource::Context *MultiContextSource::find(const QString &context) const
{
    for (const Context &c : m_contexts) {
        if (c.name == context)
            return &c;
    }
    return nullptr;
}

RolloutSource *MultiContextSource::sourceFor(const QString &context) const
{
    const Context *c = find(context);
    return c ? c->source.get() : nullptr;
}

void MultiContextSource::wire(int index)
{
    RolloutSource *s = m_contexts[index].source.get();
    if (!s)
        return;
    const QString name = m_contexts[index].name;
    auto outer = [name](const QString &key) { return joinKey(name, key); };
    QObject::connect(s, &RolloutSource::rolloutsAdded, this,
                     [this, outer](const QStringList &keys) {
                         QStringList out;
                         out.reserve(keys.size());
                         for (const QString &k : keys)
                             out << outer(k);
                         Q_EMIT rolloutsAdded(out);
                     });
    QObject::connect(s, &RolloutSource::rolloutAdded, this,
                     [this, outer](const QString &k) { Q_EMIT rolloutAdded(outer(k)); });
    QObject::connect(s, &RolloutSource::rolloutChanged, this,
                     [this, outer](const QString &k) { Q_EMIT rolloutChanged(outer(k)); });
    QObject::connect(s, &RolloutSource::rolloutRemoved, this,
                     [this, outer](const QString &k) { Q_EMIT rolloutRemoved(outer(k)); });
    QObject::connect(s, &RolloutSource::accessChanged, this,
                     [this, outer](const QString &k) { Q_EMIT accessChanged(outer(k)); });
    QObject::connect(s, &RolloutSource::eventsChanged, this,
                     [this, outer](const QString &k) { Q_EMIT eventsChanged(outer(k)); });
    QObject::connect(s, &RolloutSource::warning, this, [this, name](const QString &text) {
        Q_EMIT warning(tr("%1: %2", "context: message").arg(name, text));
    });
    QObject::connect(s, &RolloutSource::ready, this, [this, index] {
        m_contexts[index].settled = true;
        maybeReady();
    });
    QObject::connect(s, &RolloutSource::connectionStateChanged, this,
                     [this, index] { onContextState(index); });
    // Every context follows the same files: what concerns the file as a whole is said once (by
    // the first context), what concerns one connection is said by it, naming its context.
    QObject::connect(s, &RolloutSource::kubeconfigChanged, this,
                     [this, index, name](KubeconfigChange change, const QString &message) {
                         const bool wholeFile = change == KubeconfigChange::ContextsChanged ||
                                                change == KubeconfigChange::CurrentContextChanged ||
                                                change == KubeconfigChange::Unreadable;
                         if (wholeFile && index != 0)
                             return;
                         Q_EMIT kubeconfigChanged(
                             change, wholeFile || message.isEmpty()
                                         ? message
                                         : tr("%1: %2", "context: message").arg(name, message));
                     });
}

void MultiContextSource::start()
{
    if (m_started)
        return;
    m_started = true;
    for (Context &c : m_contexts) {
        if (c.source)
            c.source->start();
    }
    updateState();
    // Contexts that never connected are settled already; with none left, ready() comes now
    // (on the next turn, as a source's signals never arrive synchronously).
    QTimer::singleShot(0, this, [this] { maybeReady(); });
}

void MultiContextSource::onContextState(int index)
{
    Context &c = m_contexts[index];
    const ConnectionState state = c.source->connectionState();
    // A context whose first attempt failed must not hold back the others' ready().
    if (state == ConnectionState::Reconnecting || state == ConnectionState::Failed)
        c.settled = true;
    Q_EMIT contextStateChanged(c.name, state, c.source->connectionReason());
    // The rows show their own context's state: announce them so views repaint.
    for (const QString &k : c.source->keys())
        Q_EMIT rolloutChanged(joinKey(c.name, k));
    updateState();
    maybeReady();
}

void MultiContextSource::maybeReady()
{
    if (m_ready || !m_started)
        return;
    for (const Context &c : m_contexts) {
        if (!c.settled)
            return;
    }
    m_ready = true;
    announceReady();
}

// The whole board: Connected when every context is, Connecting while any still is, Failed only
// when all failed; otherwise Reconnecting, the reason naming each context that is not connected.
void MultiContextSource::updateState()
{
    if (m_contexts.empty()) {
        setConnectionState(ConnectionState::Failed, tr("No context to watch."));
        return;
    }
    bool allConnected = true;
    bool anyConnecting = false;
    bool allFailed = true;
    QStringList reasons;
    for (const Context &c : m_contexts) {
        const ConnectionState s = contextState(c.name);
        allConnected = allConnected && s == ConnectionState::Connected;
        anyConnecting = anyConnecting || s == ConnectionState::Connecting;
        allFailed = allFailed && s == ConnectionState::Failed;
        if (s == ConnectionState::Reconnecting || s == ConnectionState::Failed)
            reasons << tr("%1: %2", "context: message").arg(c.name, contextReason(c.name));
    }
    const QString reason = reasons.join(u"\n");
    if (allConnected)
        setConnectionState(ConnectionState::Connected);
    else if (allFailed)
        setConnectionState(ConnectionState::Failed, reason);
    else if (anyConnecting && reasons.isEmpty())
        setConnectionState(ConnectionState::Connecting);
    else
        setConnectionState(ConnectionState::Reconnecting, reason);
}

QString MultiContextSource::displayName() const
{
    QStringList names;
    for (const Context &c : m_contexts)
        names << c.name;
    return names.join(u", ");
}

QString MultiContextSource::namespaceName() const
{
    // The same namespace everywhere is worth naming; otherwise say "all" (empty).
    QString ns;
    for (const Context &c : m_contexts) {
        if (!c.source)
            continue;
        if (c.source->namespaceName().isEmpty())
            return {};
        if (!ns.isEmpty() && ns != c.source->namespaceName())
            return {};
        ns = c.source->namespaceName();
    }
    return ns;
}

QStringList MultiContextSource::keys() const
{
    QStringList out;
    for (const Context &c : m_contexts) {
        if (!c.source)
            continue;
        for (const QString &k : c.source->keys())
            out << joinKey(c.name, k);
    }
    return out;
}

bool MultiContextSource::contains(const QString &key) const
{
    const RolloutSource *s = sourceFor(contextOfKey(key));
    return s && s->contains(innerKey(key));
}

std::shared_ptr<const core::RolloutInfo> MultiContextSource::info(const QString &key) const
{
    const RolloutSource *s = sourceFor(contextOfKey(key));
    return s ? s->info(innerKey(key)) : nullptr;
}

QJsonObject MultiContextSource::rolloutObject(const QString &key) const
{
    const RolloutSource *s = sourceFor(contextOfKey(key));
    return s ? s->rolloutObject(innerKey(key)) : QJsonObject();
}

QList<QJsonObject> MultiContextSource::events(const QString &key) const
{
    const RolloutSource *s = sourceFor(contextOfKey(key));
    return s ? s->events(innerKey(key)) : QList<QJsonObject>();
}

bool MultiContextSource::isReadOnly() const
{
    for (const Context &c : m_contexts) {
        if (c.source && !c.source->isReadOnly())
            return false;
    }
    return true;
}

RolloutAccess MultiContextSource::accessFor(const QString &key) const
{
    const RolloutSource *s = sourceFor(contextOfKey(key));
    return s ? s->accessFor(innerKey(key)) : RolloutAccess();
}

bool MultiContextSource::tlsVerificationDisabled() const
{
    for (const Context &c : m_contexts) {
        if (c.source && c.source->tlsVerificationDisabled())
            return true;
    }
    return false;
}

QString MultiContextSource::userOf(const QString &key) const
{
    const RolloutSource *s = sourceFor(contextOfKey(key));
    return s ? s->userOf(innerKey(key)) : QString();
}

void MultiContextSource::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Context &c : m_contexts) {
        if (c.source)
            c.source->setReadOnly(readOnly);
    }
}

QStringList MultiContextSource::contexts() const
{
    for (const Context &c : m_contexts) {
        if (c.source)
            return c.source->contexts();
    }
    return watchedContexts();
}

void MultiContextSource::listNamespaces()
{
    // The namespaces of the rows shown, whatever their context (keys carry a context prefix, so
    // the base class's parsing would not do).
    QTimer::singleShot(0, this, [this] {
        QSet<QString> seen;
        for (const QString &key : keys())
            seen.insert(innerKey(key).section(u'/', 0, 0));
        QStringList names(seen.begin(), seen.end());
        names.sort();
        Q_EMIT namespacesListed(names);
    });
}

ActionRequest *MultiContextSource::run(const RolloutAction &action)
{
    auto *request = new ActionRequest(action, this);
    const QString context = contextOfKey(action.key);
    RolloutSource *s = sourceFor(context);
    if (!s) {
        const Context *c = find(context);
        request->finish(false, c ? tr("Context “%1” is not connected: %2").arg(context, c->error)
                                 : tr("“%1” is not a watched context.").arg(context));
        return request;
    }
    RolloutAction inner = action;
    inner.key = innerKey(action.key);
    ActionRequest *sent = s->run(inner);
    QObject::connect(sent, &ActionRequest::finished, request, &ActionRequest::finish);
    return request;
}

QString MultiContextSource::contextOf(const QString &key) const
{
    return contextOfKey(key);
}

QStringList MultiContextSource::watchedContexts() const
{
    QStringList names;
    for (const Context &c : m_contexts)
        names << c.name;
    return names;
}

ConnectionState MultiContextSource::contextState(const QString &context) const
{
    const Context *c = find(context);
    if (!c || !c->source)
        return ConnectionState::Failed;
    return c->source->connectionState();
}

QString MultiContextSource::contextReason(const QString &context) const
{
    const Context *c = find(context);
    if (!c)
        return tr("“%1” is not a watched context.").arg(context);
    return c->source ? c->source->connectionReason() : c->error;
}

} // namespace rd::source
