#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace rd::kube {

// The longest wait a server may ask for; a longer Retry-After is read as this.
constexpr int kMaxRetryAfterSecs = 60;

// Reads a Retry-After value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. The result is
// whole seconds in [0, kMaxRetryAfterSecs]: huge numbers and far dates are capped, past dates
// are 0. Empty, negative or unreadable values give nullopt (no Retry-After).
std::optional<int> parseRetryAfter(const QByteArray &value,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

// Caps a server-supplied number of seconds (e.g. Status details.retryAfterSeconds); -1 if
// negative.
int capRetryAfterSecs(qint64 secs);
// The same for a JSON number (any double: NaN, negative, 1e300), never cast before the cap.
int capRetryAfterSecsJson(double secs);

} // namespace rd::kube
