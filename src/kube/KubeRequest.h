#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace rd::kube {

// A request's query parameters as plain text, encoded whole when sent. Unlike QUrlQuery a value
// is never read as already encoded: a continue token holding "%41" or "+" reaches the server as
// it came from it.
class QueryItems
{
public:
    void addQueryItem(const QString &key, const QString &value) { m_items.append({key, value}); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<std::pair<QString, QString>> &items() const { return m_items; }
    // "key=value&..." with every key and value percent-encoded except RFC 3986's unreserved.
    QByteArray encoded() const;

private:
    QList<std::pair<QString, QString>> m_items;
};

// One API request. `path` is relative to the server URL's own path prefix.
struct KubeRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString path;
    QueryItems query;
    QByteArray body;
    QByteArray contentType; // e.g. application/merge-patch+json
    bool stream = false;    // a watch: data is delivered as it arrives
    int timeoutMs = 30000;  // transfer (idle) timeout; for streams a read-idle timeout
};

} // namespace rd::kube
