#pragma once

#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace rd::core {

// What Rollout Desk keeps of an object, as data: the one table that both trimmers read (the
// QJsonObject one for watch events and tests, and the list page decoder, which never builds a
// tree). A rule describes an object: either only the listed fields (`keepOthers` false: a pick),
// or every field but the dropped ones. A listed field may carry a rule of its own, applied when
// the value is an object (`object`) or to every object of an array (`each`); a value of another
// type stays as it is, so the typed view still reports it.
struct TrimRule
{
    struct Field
    {
        std::string_view name;
        const TrimRule *object = nullptr;
        const TrimRule *each = nullptr;
    };

    bool keepOthers = false;
    std::vector<Field> fields;
    std::vector<std::string_view> drop; // with keepOthers

    const Field *field(std::string_view name) const;
    bool drops(std::string_view name) const;
};

class TrimRules
{
public:
    // The rule for an object of `kind` (as in its `kind` field).
    static const TrimRule &forKind(QStringView kind);
    // Pods and ReplicaSets are picked field by field; other kinds keep all but the metadata
    // nobody reads, including what refsOf() looks for (involvedObject, spec.workloadRef).
    static bool picksFields(QStringView kind);
};

} // namespace rd::core
