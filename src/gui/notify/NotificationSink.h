#pragma once

#include "gui/notify/Notice.h"

#include <QObject>

namespace rd::gui {

// Where notices appear: the desktop's notification service or the tray. Each rollout has at most
// one notice on screen; a new one for the same rollout replaces it instead of stacking.
class NotificationSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void show(const Notice &notice) = 0;

Q_SIGNALS:
    // The person chose one of the notice's actions (or clicked it: Open).
    void actionInvoked(const QString &context, const QString &key, rd::gui::Notice::Action action);
    // The sink cannot show notices (no service answered); `notice` was not shown.
    void failed(const rd::gui::Notice &notice);
};

} // namespace rd::gui
