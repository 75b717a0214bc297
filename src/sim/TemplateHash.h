#pragma once

#include <QJsonValue>
#include <QString>

namespace rd::sim {

// The controller's pod-template and steps hashes (rollouts-semantics.md §5.2): FNV-1a 32-bit over
// the JSON encoding, plus the collision count, written as "safe encoded" decimal digits.
class TemplateHash
{
public:
    static QString compute(const QJsonValue &value, qint64 collisionCount = -1);
    static QString safeEncode(const QString &text);
};

} // namespace rd::sim
