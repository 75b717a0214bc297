#include "Duration.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {
// The longest Go duration (int64 nanoseconds, about 292 years), in milliseconds.
constexpr double kMaxDurationMs = 9223372036854.0;
} // namespace

std::optional<qint64> parseGoDurationMs(const QString &text)
{
    QStringView rest(text);
    if (rest.isEmpty())
        return std::nullopt;
    double sign = 1;
    if (rest.front() == u'-' || rest.front() == u'+') {
        sign = rest.front() == u'-' ? -1 : 1;
        rest = rest.mid(1);
    }
    if (rest == u"0")
        return 0;
    double totalMs = 0;
    bool any = false;
    while (!rest.isEmpty()) {
        qsizetype n = 0;
        while (n < rest.size() && (rest[n].isDigit() || rest[n] == u'.'))
            ++n;
        if (n == 0)
            return std::nullopt;
        bool ok = false;
        const double value = rest.left(n).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        rest = rest.mid(n);
        qsizetype u = 0;
        while (u < rest.size() && !rest[u].isDigit() && rest[u] != u'.')
            ++u;
        const QStringView unit = rest.left(u);
        rest = rest.mid(u);
        double factor = 0;
        if (unit == u"ns")
            factor = 1e-6;
        else if (unit == u"us" || unit == u"µs" || unit == u"μs")
            factor = 1e-3;
        else if (unit == u"ms")
            factor = 1;
        else if (unit == u"s")
            factor = 1000;
        else if (unit == u"m")
            factor = 60000;
        else if (unit == u"h")
            factor = 3600000;
        else
            return std::nullopt;
        totalMs += value * factor;
        any = true;
    }
    // Go's durations are int64 nanoseconds: anything longer is invalid there, and here it would
    // overflow the conversion.
    if (!any || !std::isfinite(totalMs) || totalMs > kMaxDurationMs)
        return std::nullopt;
    return static_cast<qint64>(std::llround(sign * totalMs));
}

std::optional<qint64> parseStepDurationMs(const QJsonValue &value)
{
    // Values from the cluster may be anything: out of Go's range is no duration, not an overflow.
    if (value.isDouble()) {
        const double ms = value.toDouble() * 1000;
        if (!std::isfinite(ms) || std::abs(ms) > kMaxDurationMs)
            return std::nullopt;
        return static_cast<qint64>(std::llround(ms));
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        if (seconds > qint64(kMaxDurationMs) / 1000 || seconds < -qint64(kMaxDurationMs) / 1000)
            return std::nullopt;
        return seconds * 1000;
    }
    return parseGoDurationMs(text);
}

QString humanDuration(qint64 milliseconds)
{
    // Go truncates toward zero when converting to whole seconds.
    const qint64 seconds = milliseconds / 1000;
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return u"0s"_s;
    if (seconds < 60 * 2)
        return QString::number(seconds) + u's';
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        if (s == 0)
            return QString::number(minutes) + u'm';
        return QString::number(minutes) + u'm' + QString::number(s) + u's';
    }
    if (minutes < 60 * 3)
        return QString::number(minutes) + u'm';
    const qint64 hours = seconds / 3600;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        if (m == 0)
            return QString::number(hours) + u'h';
        return QString::number(hours) + u'h' + QString::number(m) + u'm';
    }
    if (hours < 48)
        return QString::number(hours) + u'h';
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        if (h == 0)
            return QString::number(hours / 24) + u'd';
        return QString::number(hours / 24) + u'd' + QString::number(h) + u'h';
    }
    if (hours < 24 * 365 * 2)
        return QString::number(hours / 24) + u'd';
    if (hours < 24 * 365 * 8) {
        const qint64 dy = (hours / 24) % 365;
        if (dy == 0)
            return QString::number(hours / 24 / 365) + u'y';
        return QString::number(hours / 24 / 365) + u'y' + QString::number(dy) + u'd';
    }
    return QString::number(hours / 24 / 365) + u'y';
}

qint64 humanDurationNextChange(qint64 milliseconds)
{
    if (milliseconds <= -2000) // "<invalid>" until the truncated seconds reach -1
        return -1999;
    if (milliseconds < 1000) // "0s" from -1999 ms to 999 ms
        return 1000;
    const qint64 seconds = milliseconds / 1000;
    // The finest unit humanDuration shows in each branch; every branch starts at a multiple of
    // the unit of the branch after it, so stepping by the unit never skips a change.
    qint64 unit = 24 * 3600;
    if (seconds < 10 * 60)
        unit = 1;
    else if (seconds < 8 * 3600)
        unit = 60;
    else if (seconds < 8 * 24 * 3600)
        unit = 3600;
    return (seconds / unit + 1) * unit * 1000;
}

} // namespace rd::core
