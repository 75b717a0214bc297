#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rd::sim {

struct ApiResource;

// Server-side tables (`Accept: application/json;as=Table;g=meta.k8s.io;v=v1`), which
// `kubectl get` asks for: the columns of the rollout CRD's additionalPrinterColumns and of the
// built-in printers, with PartialObjectMetadata rows.
class TableConverter
{
public:
    static bool wanted(const QByteArray &acceptHeader);
    static QJsonObject table(const ApiResource &type, const QList<QJsonObject> &objects,
                             const QJsonObject &listMetadata, bool withColumns = true);
    // Go's duration.HumanDuration, as kubectl prints ages: 45s, 3m20s, 10m, 5h3m, 3d4h, 400d...
    static QString humanDuration(qint64 seconds);

private:
    static QJsonArray columns(const ApiResource &type);
    static QJsonArray cells(const ApiResource &type, const QJsonObject &object);
};

} // namespace rd::sim
