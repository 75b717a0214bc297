#pragma once

#include <QSet>
#include <QString>

namespace rd::gui {

// Favourite rollouts, remembered per context and namespace ("Favourites/<context>/<namespace>").
class FavouritesStore
{
public:
    static QSet<QString> load(const QString &context, const QString &ns);
    static void save(const QString &context, const QString &ns, const QSet<QString> &keys);
};

} // namespace rd::gui
