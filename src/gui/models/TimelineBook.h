#pragma once

#include "core/timeline/Timeline.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace rd::core {
struct RolloutInfo;
}
namespace rd::source {
class RolloutSource;
struct RolloutAction;
} // namespace rd::source

namespace rd::gui {

// One Timeline per rollout of the current source (issue 13), fed by the rollout's Events
// (eventsChanged), the status transitions seen live (rolloutChanged) and this window's accepted
// actions. Kept in memory for the session; a new source starts empty.
class TimelineBook : public QObject
{
    Q_OBJECT
public:
    explicit TimelineBook(QObject *parent = nullptr);
    ~TimelineBook() override;

    void setSource(source::RolloutSource *source);
    // An action of this window the cluster accepted; `actor` is the kube user if known.
    void recordAction(const source::RolloutAction &action, const QString &actor = QString());
    QList<core::TimelineEntry> entries(const QString &key) const;

Q_SIGNALS:
    void updated(const QString &key);

private:
    void onEvents(const QString &key);
    void onChanged(const QString &key);

    QPointer<source::RolloutSource> m_source;
    QHash<QString, core::Timeline> m_timelines;
    QHash<QString, std::shared_ptr<const core::RolloutInfo>> m_last;
};

} // namespace rd::gui
