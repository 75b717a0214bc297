#include "gui/notify/NotificationSettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

QString NotificationSettings::kindName(Notice::Kind kind)
{
    switch (kind) {
    case Notice::Kind::WaitingForPerson:
        return u"WaitingForPerson"_s;
    case Notice::Kind::AnalysisFailed:
        return u"AnalysisFailed"_s;
    case Notice::Kind::Aborted:
        return u"Aborted"_s;
    case Notice::Kind::Degraded:
        return u"Degraded"_s;
    case Notice::Kind::Completed:
        break;
    }
    return u"Completed"_s;
}

bool NotificationSettings::kindEnabled(Notice::Kind kind)
{
    return QSettings().value(u"Notifications/Kinds/"_s + kindName(kind), true).toBool();
}

void NotificationSettings::setKindEnabled(Notice::Kind kind, bool on)
{
    QSettings().setValue(u"Notifications/Kinds/"_s + kindName(kind), on);
}

bool NotificationSettings::favouritesOnly()
{
    return QSettings().value(u"Notifications/FavouritesOnly"_s, false).toBool();
}

void NotificationSettings::setFavouritesOnly(bool on)
{
    QSettings().setValue(u"Notifications/FavouritesOnly"_s, on);
}

} // namespace rd::gui
