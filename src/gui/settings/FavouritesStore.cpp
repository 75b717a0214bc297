#include "gui/settings/FavouritesStore.h"

#include <QSettings>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
QString keyFor(const QString &context, const QString &ns)
{
    // QSettings treats '/' as a group separator; keep context names with slashes in one key.
    QString c = context;
    c.replace(u'/', u'|');
    return u"Favourites/"_s + (c.isEmpty() ? u"-"_s : c) + u'/' + (ns.isEmpty() ? u"*all*"_s : ns);
}
} // namespace

QSet<QString> FavouritesStore::load(const QString &context, const QString &ns)
{
    const QStringList list = QSettings().value(keyFor(context, ns)).toStringList();
    return QSet<QString>(list.begin(), list.end());
}

void FavouritesStore::save(const QString &context, const QString &ns, const QSet<QString> &keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    QSettings().setValue(keyFor(context, ns), list);
}

} // namespace rd::gui
