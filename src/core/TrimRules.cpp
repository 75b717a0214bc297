#include "core/TrimRules.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

const TrimRule::Field *TrimRule::field(std::string_view name) const
{
    const auto it = std::find_if(fields.cbegin(), fields.cend(),
                                 [name](const Field &f) { return f.name == name; });
    return it == fields.cend() ? nullptr : &*it;
}

bool TrimRule::drops(std::string_view name) const
{
    return std::find(drop.cbegin(), drop.cend(), name) != drop.cend();
}

namespace {

TrimRule pick(std::initializer_list<TrimRule::Field> fields)
{
    return TrimRule{false, fields, {}};
}

// kubectl's copy of the whole object, as applied: often the largest annotation.
constexpr std::string_view kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";

const TrimRule &annotationsRule()
{
    static const TrimRule rule{true, {}, {kLastApplied}};
    return rule;
}

// What ObjectMeta::read takes. Gone: managedFields, generateName, finalizers and the like.
const TrimRule &metaRule()
{
    static const TrimRule ownerRef =
        pick({{"apiVersion"}, {"kind"}, {"name"}, {"uid"}, {"controller"}});
    static const TrimRule rule = pick({{"name"},
                                       {"namespace"},
                                       {"uid"},
                                       {"resourceVersion"},
                                       {"generation"},
                                       {"creationTimestamp"},
                                       {"deletionTimestamp"},
                                       {"labels"},
                                       {"annotations", &annotationsRule()},
                                       {"ownerReferences", nullptr, &ownerRef}});
    return rule;
}

// name, image and restartPolicy (a native sidecar) are all that the pod status, the images and
// the Set Image dialog read of a container.
const TrimRule &podSpecRule()
{
    static const TrimRule container = pick({{"name"}, {"image"}, {"restartPolicy"}});
    static const TrimRule rule = pick({{"containers", nullptr, &container},
                                       {"initContainers", nullptr, &container},
                                       {"ephemeralContainers", nullptr, &container}});
    return rule;
}

// What ContainerStatus::read takes. Of a running container only that it runs: startedAt changes
// nothing shown.
const TrimRule &containerStatusRule()
{
    static const TrimRule waiting = pick({{"reason"}});
    static const TrimRule running = pick({});
    static const TrimRule terminated = pick({{"reason"}, {"exitCode"}, {"signal"}});
    static const TrimRule state =
        pick({{"waiting", &waiting}, {"running", &running}, {"terminated", &terminated}});
    static const TrimRule rule =
        pick({{"name"}, {"ready"}, {"restartCount"}, {"started"}, {"state", &state}});
    return rule;
}

const TrimRule &podRule()
{
    static const TrimRule status = pick({{"phase"},
                                         {"reason"},
                                         {"initContainerStatuses", nullptr, &containerStatusRule()},
                                         {"containerStatuses", nullptr, &containerStatusRule()}});
    static const TrimRule rule = pick({{"apiVersion"},
                                       {"kind"},
                                       {"metadata", &metaRule()},
                                       {"spec", &podSpecRule()},
                                       {"status", &status}});
    return rule;
}

const TrimRule &replicaSetRule()
{
    static const TrimRule podTemplate{true, {{"spec", &podSpecRule()}}, {}};
    static const TrimRule spec = pick({{"replicas"}, {"template", &podTemplate}});
    static const TrimRule status = pick({{"replicas"},
                                         {"availableReplicas"},
                                         {"readyReplicas"},
                                         {"observedGeneration"},
                                         {"conditions"}});
    static const TrimRule rule = pick({{"apiVersion"},
                                       {"kind"},
                                       {"metadata", &metaRule()},
                                       {"spec", &spec},
                                       {"status", &status}});
    return rule;
}

const TrimRule &otherKindRule()
{
    static const TrimRule meta{true, {{"annotations", &annotationsRule()}}, {"managedFields"}};
    static const TrimRule rule{true, {{"metadata", &meta}}, {}};
    return rule;
}

} // namespace

const TrimRule &TrimRules::forKind(QStringView kind)
{
    if (kind == u"Pod")
        return podRule();
    if (kind == u"ReplicaSet")
        return replicaSetRule();
    return otherKindRule();
}

bool TrimRules::picksFields(QStringView kind)
{
    return kind == u"Pod" || kind == u"ReplicaSet";
}

} // namespace rd::core
