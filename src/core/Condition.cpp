#include "Condition.h"

namespace rd::core {

QList<Condition> Condition::readAll(const JsonReader &status)
{
    QList<Condition> result;
    for (const JsonReader &c : status.objects(u"conditions")) {
        result.append(Condition{c.string(u"type"), c.string(u"status"), c.string(u"reason"),
                                c.string(u"message"), c.time(u"lastUpdateTime"),
                                c.time(u"lastTransitionTime")});
    }
    return result;
}

} // namespace rd::core
