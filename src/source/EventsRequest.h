#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace rd::source {

// The pending answer to RolloutSource::listEvents(): the Events of one rollout, listed once.
// Owned by the source that created it; it deletes itself (deleteLater) after emitting finished(),
// so connect before returning to the event loop.
class EventsRequest : public QObject
{
    Q_OBJECT
public:
    explicit EventsRequest(QObject *parent = nullptr);
    ~EventsRequest() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_success; }
    // Oldest first as the server or the source had them; empty on failure.
    const QList<QJsonObject> &events() const { return m_events; }
    // On failure the server's message or a translated client-side reason.
    QString message() const { return m_message; }

    // Called by the source, once. finished() follows on the next event-loop turn so callers that
    // connect right after the call never miss it.
    void succeed(QList<QJsonObject> events);
    void fail(const QString &message);

Q_SIGNALS:
    void finished(bool success);

private:
    void emitLater();

    bool m_finished = false;
    bool m_success = false;
    QList<QJsonObject> m_events;
    QString m_message;
};

} // namespace rd::source
