#include "source/ActionRequest.h"

#include <QTimer>

namespace rd::source {

ActionRequest::ActionRequest(RolloutAction action, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
{}

ActionRequest::~ActionRequest() = default;

void ActionRequest::finish(bool success, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_success = success;
    m_message = message;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(m_success, m_message);
        deleteLater();
    });
}

} // namespace rd::source
