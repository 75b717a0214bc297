#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rd::sim {

// A field selector (only =, ==, != and a per-kind list of supported fields).
class FieldSelector
{
public:
    struct Requirement
    {
        QString field;
        bool equals = true;
        QString value;
    };

    // An Invalid error (the API server's text) when malformed or a field is not supported for
    // the kind.
    static core::Result<FieldSelector> parse(const QString &text, const QString &kind);
    bool matches(const QJsonObject &object) const;

private:
    QList<Requirement> m_requirements;
};

} // namespace rd::sim
