#pragma once

#include "source/RolloutSource.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

namespace rd::source {

struct ClusterTarget;

// One board over several kubeconfig contexts: a RolloutSource made of one source per context,
// each with its own connection and state. Keys are "context/namespace/name" (a context name may
// itself contain '/', a namespace or a name never does, so the key splits from the right).
// Actions go to the row's own context; a context that fails keeps its state and its last rows
// to itself while the others carry on.
class MultiContextSource : public RolloutSource
{
    Q_OBJECT
public:
    explicit MultiContextSource(QObject *parent = nullptr);
    ~MultiContextSource() override;

    // One ClusterConnector connection per context (not started). A context that cannot be
    // connected at all is kept as Failed with the connector's message.
    static std::unique_ptr<MultiContextSource> connect(const ClusterTarget &base,
                                                       const QStringList &contexts);

    // Adds a context backed by `source` (taken over), or, with a null source, one that failed
    // before any connection with `error` as its reason. Call before start(); duplicates are
    // ignored.
    void addContext(const QString &context, std::unique_ptr<RolloutSource> source,
                    const QString &error = {});

    // "context/namespace/name" from its parts, and back.
    static QString joinKey(const QString &context, const QString &innerKey);
    static QString innerKey(const QString &key);
    static QString contextOfKey(const QString &key);

    // The per-context source (null for a context that never connected); for tests.
    RolloutSource *sourceFor(const QString &context) const;

    void start() override;
    QString displayName() const override;
    QString namespaceName() const override;
    QStringList keys() const override;
    bool contains(const QString &key) const override;
    std::shared_ptr<const core::RolloutInfo> info(const QString &key) const override;
    QJsonObject rolloutObject(const QString &key) const override;
    QList<QJsonObject> events(const QString &key) const override;
    bool isReadOnly() const override;
    RolloutAccess accessFor(const QString &key) const override;
    bool tlsVerificationDisabled() const override;
    QString userOf(const QString &key) const override;
    void setReadOnly(bool readOnly) override;
    QStringList contexts() const override;
    void listNamespaces() override;
    ActionRequest *run(const RolloutAction &action) override;

    QString contextOf(const QString &key) const override;
    QStringList watchedContexts() const override;
    ConnectionState contextState(const QString &context) const override;
    QString contextReason(const QString &context) const override;

Q_SIGNALS:
    // One context's connection changed (the rows of that context were re-announced as changed).
    void contextStateChanged(const QString &context, rd::source::ConnectionState state,
                             const QString &reason);

private:
    struct Context
    {
        QString name;
        std::unique_ptr<RolloutSource> source;
        QString error;        // why it never connected (source is null)
        bool settled = false; // ready, or its first attempt failed: ready() need not wait
    };
    const Context *find(const QString &context) const;
    void wire(int index);
    void onContextState(int index);
    void updateState();
    void maybeReady();

    std::vector<Context> m_contexts;
    bool m_started = false;
    bool m_ready = false;
    bool m_readOnly = false;
};

} // namespace rd::source
