#include "source/EventsRequest.h"

#include <QTimer>

namespace rd::source {

EventsRequest::EventsRequest(QObject *parent)
    : QObject(parent)
{}

EventsRequest::~EventsRequest() = default;

void EventsRequest::succeed(QList<QJsonObject> events)
{
    if (m_finished)
        return;
    m_success = true;
    m_events = std::move(events);
    emitLater();
}

void EventsRequest::fail(const QString &message)
{
    if (m_finished)
        return;
    m_message = message;
    emitLater();
}

void EventsRequest::emitLater()
{
    m_finished = true;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(m_success);
        deleteLater();
    });
}

} // namespace rd::source
