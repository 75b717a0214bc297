#pragma once

#include "source/RolloutAction.h"

#include <QObject>
#include <QString>

namespace rd::source {

// The pending result of one action. Owned by the source that created it; it deletes itself
// (deleteLater) after emitting finished(), so connect before returning to the event loop.
class ActionRequest : public QObject
{
    Q_OBJECT
public:
    explicit ActionRequest(RolloutAction action, QObject *parent = nullptr);
    ~ActionRequest() override;

    const RolloutAction &action() const { return m_action; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_success; }
    // On success the plugin's output line (e.g. "rollout 'x' aborted"); on failure the server's
    // message or a translated client-side reason.
    QString message() const { return m_message; }

    // Called by the source. Emits finished() once, on the next event-loop turn so callers that
    // connect right after the call never miss it.
    void finish(bool success, const QString &message);

Q_SIGNALS:
    void finished(bool success, const QString &message);

private:
    RolloutAction m_action;
    bool m_finished = false;
    bool m_success = false;
    QString m_message;
};

} // namespace rd::source
