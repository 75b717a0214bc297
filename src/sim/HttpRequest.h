#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace rd::sim {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QString path;                  // percent-decoded path without the query
    QHash<QString, QString> query; // decoded as Go does: '+' is a space, the first value wins
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QString clientCertificateUser; // CN of a verified client certificate, if any

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString &key) const { return query.value(key); }
    bool hasQuery(const QString &key) const { return query.contains(key); }
};

} // namespace rd::sim
