#include "gui/StatusIcons.h"

#include "core/Icons.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

QIcon StatusIcons::load(const QString &path)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}

QIcon StatusIcons::forGlyph(const QString &glyph)
{
    namespace i = core::icons;
    if (glyph == QStringView(i::ok))
        return load(u":/icons/status/healthy.svg"_s);
    if (glyph == QStringView(i::bad))
        return load(u":/icons/status/degraded.svg"_s);
    if (glyph == QStringView(i::paused))
        return load(u":/icons/status/paused.svg"_s);
    if (glyph == QStringView(i::progressing))
        return load(u":/icons/status/progressing.svg"_s);
    if (glyph == QStringView(i::warning))
        return load(u":/icons/status/warning.svg"_s);
    if (glyph == QStringView(i::waiting))
        return load(u":/icons/status/waiting.svg"_s);
    if (glyph == QStringView(i::neutral))
        return load(u":/icons/status/neutral.svg"_s);
    return load(u":/icons/status/unknown.svg"_s);
}

QIcon StatusIcons::forStatus(const QString &status)
{
    return forGlyph(core::rolloutIcon(status));
}

QIcon StatusIcons::forKind(const QString &kind)
{
    return load(u":/icons/tree/"_s + kind + u".svg"_s);
}

QIcon StatusIcons::stepDone()
{
    return load(u":/icons/status/step-done.svg"_s);
}
QIcon StatusIcons::stepCurrent()
{
    return load(u":/icons/status/step-current.svg"_s);
}
QIcon StatusIcons::stepPending()
{
    return load(u":/icons/status/step-pending.svg"_s);
}
QIcon StatusIcons::star(bool on)
{
    return load(on ? u":/icons/status/star-on.svg"_s : u":/icons/status/star-off.svg"_s);
}
QIcon StatusIcons::appIcon()
{
    return load(u":/icons/app/dev.rolloutdesk.RolloutDesk.svg"_s);
}

} // namespace rd::gui
