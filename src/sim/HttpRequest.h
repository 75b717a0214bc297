#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace rd::sim {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QString path; // percent-decoded path without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QString clientCertificateUser; // CN of a verified client certificate, if any

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // A query value with '+' meaning space, as Go's server decodes it.
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

} // namespace rd::sim
