#include "LocaleFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

enum class Unit { Seconds, Minutes, Hours, Days, Years };

QString unit(qint64 value, Unit u, const QLocale &locale)
{
    const QString n = locale.toString(value);
    switch (u) {
    case Unit::Seconds:
        //: Compact duration (Age column, pauses): seconds, as in "36s"
        return LocaleFormat::tr("%1s").arg(n);
    case Unit::Minutes:
        //: Compact duration: minutes, as in "2m"
        return LocaleFormat::tr("%1m").arg(n);
    case Unit::Hours:
        //: Compact duration: hours, as in "3h"
        return LocaleFormat::tr("%1h").arg(n);
    case Unit::Days:
        //: Compact duration: days, as in "7d"
        return LocaleFormat::tr("%1d").arg(n);
    case Unit::Years:
        //: Compact duration: years, as in "2y"
        return LocaleFormat::tr("%1y").arg(n);
    }
    return n;
}

QString pair(qint64 a, Unit ua, qint64 b, Unit ub, const QLocale &locale)
{
    if (b == 0)
        return unit(a, ua, locale);
    //: Compact duration of two units, the larger first, as in "2m36s"
    return LocaleFormat::tr("%1%2").arg(unit(a, ua, locale), unit(b, ub, locale));
}

} // namespace

// The branches of Kubernetes' HumanDuration (core::humanDuration), unit by unit.
QString LocaleFormat::duration(qint64 milliseconds, const QLocale &locale)
{
    const qint64 seconds = milliseconds / 1000;
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return unit(0, Unit::Seconds, locale);
    if (seconds < 60 * 2)
        return unit(seconds, Unit::Seconds, locale);
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return pair(minutes, Unit::Minutes, seconds % 60, Unit::Seconds, locale);
    if (minutes < 60 * 3)
        return unit(minutes, Unit::Minutes, locale);
    const qint64 hours = seconds / 3600;
    if (hours < 8)
        return pair(hours, Unit::Hours, minutes % 60, Unit::Minutes, locale);
    if (hours < 48)
        return unit(hours, Unit::Hours, locale);
    if (hours < 24 * 8)
        return pair(hours / 24, Unit::Days, hours % 24, Unit::Hours, locale);
    if (hours < 24 * 365 * 2)
        return unit(hours / 24, Unit::Days, locale);
    if (hours < 24 * 365 * 8)
        return pair(hours / 24 / 365, Unit::Years, (hours / 24) % 365, Unit::Days, locale);
    return unit(hours / 24 / 365, Unit::Years, locale);
}

QString LocaleFormat::timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(u's'))
        return format;
    const qsizetype minutes = format.lastIndexOf(u"mm"_s);
    if (minutes < 0)
        return locale.timeFormat(QLocale::LongFormat);
    format.insert(minutes + 2, u":ss"_s);
    return format;
}

QString LocaleFormat::dateTime(const QDateTime &time, const QLocale &locale)
{
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), timeFormatWithSeconds(locale));
}

QString LocaleFormat::ageToolTip(const QDateTime &created, const QDateTime &now,
                                 const QLocale &locale)
{
    if (!created.isValid())
        return {};
    //: Tooltip of an age: %1 creation date and time, %2 how long ago (a compact duration)
    return tr("Created %1 (%2 ago)")
        .arg(dateTime(created, locale), duration(created.msecsTo(now), locale));
}

} // namespace rd::gui
