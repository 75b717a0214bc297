#pragma once

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

    // nullopt and an error text when malformed or a field is not supported for the kind.
    static std::optional<FieldSelector> parse(const QString &text, const QString &kind,
                                              QString *error);
    bool matches(const QJsonObject &object) const;

private:
    QList<Requirement> m_requirements;
};

} // namespace rd::sim
