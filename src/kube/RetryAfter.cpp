#include "kube/RetryAfter.h"

#include <QLocale>

#include <algorithm>

namespace rd::kube {

int capRetryAfterSecs(qint64 secs)
{
    if (secs < 0)
        return -1;
    return int(std::min<qint64>(secs, kMaxRetryAfterSecs));
}

int capRetryAfterSecsJson(double secs)
{
    if (!(secs >= 0)) // also NaN
        return -1;
    return secs >= kMaxRetryAfterSecs ? kMaxRetryAfterSecs : int(secs);
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Any run of digits is a valid delay; beyond the cap its exact value does not matter,
        // so it is never converted (no overflow however long it is).
        qsizetype first = 0;
        while (first < v.size() - 1 && v.at(first) == '0')
            ++first;
        if (v.size() - first > 6)
            return kMaxRetryAfterSecs;
        return capRetryAfterSecs(v.mid(first).toLongLong());
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (IMF-fixdate; always GMT).
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return capRetryAfterSecs(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace rd::kube
