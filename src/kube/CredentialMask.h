#pragma once

#include <QString>
#include <QUrl>

namespace rd::kube {

// Passwords in URLs never reach a message, a log line or an error: `https://user:pass@host`
// is shown as `https://user:***@host` (Go's URL.Redacted does the same). Used wherever a server or
// proxy address, or a text that may quote one (Qt's network errors do), is shown.
class CredentialMask
{
public:
    static QString url(const QUrl &url);
    static QString url(const QString &url);
    // Masks every scheme://user:password@ in free text.
    static QString text(const QString &text);
};

} // namespace rd::kube
