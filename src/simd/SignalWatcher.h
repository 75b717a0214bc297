#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace rd::sim {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so shutdown runs in the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace rd::sim
