#pragma once

#include "gui/notify/Notice.h"

#include <QString>

namespace rd::gui {

// Which notices a person wants, owned by the notifications component: one switch per kind (all on
// by default) and "only for favourites". Keys under "Notifications/"; the master switch stays
// AppSettings::notifications().
class NotificationSettings
{
public:
    static bool kindEnabled(Notice::Kind kind);
    static void setKindEnabled(Notice::Kind kind, bool on);
    static bool favouritesOnly();
    static void setFavouritesOnly(bool on);

    static QString kindName(Notice::Kind kind); // the settings key's last part
};

} // namespace rd::gui
