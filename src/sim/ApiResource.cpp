#include "sim/ApiResource.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QList<ApiResource> buildResources()
{
    const QStringList crud{u"create"_s, u"delete"_s, u"deletecollection"_s, u"get"_s,
                           u"list"_s,   u"patch"_s,  u"update"_s,           u"watch"_s};
    QList<ApiResource> r;
    r.append(
        {u""_s, u"v1"_s, u"pods"_s, u"pod"_s, u"Pod"_s, true, true, false, true, {u"po"_s}, crud});
    r.append({u""_s,
              u"v1"_s,
              u"events"_s,
              u"event"_s,
              u"Event"_s,
              true,
              false,
              false,
              true,
              {u"ev"_s},
              crud});
    r.append({u""_s,
              u"v1"_s,
              u"namespaces"_s,
              u"namespace"_s,
              u"Namespace"_s,
              false,
              true,
              false,
              true,
              {u"ns"_s},
              crud});
    r.append({u""_s,
              u"v1"_s,
              u"services"_s,
              u"service"_s,
              u"Service"_s,
              true,
              true,
              false,
              true,
              {u"svc"_s},
              crud});
    r.append({u"apps"_s,
              u"v1"_s,
              u"replicasets"_s,
              u"replicaset"_s,
              u"ReplicaSet"_s,
              true,
              true,
              false,
              true,
              {u"rs"_s},
              crud});
    r.append({u"apps"_s,
              u"v1"_s,
              u"deployments"_s,
              u"deployment"_s,
              u"Deployment"_s,
              true,
              true,
              false,
              true,
              {u"deploy"_s},
              crud});
    r.append({u"argoproj.io"_s,
              u"v1alpha1"_s,
              u"rollouts"_s,
              u"rollout"_s,
              u"Rollout"_s,
              true,
              true,
              true,
              true,
              {u"ro"_s},
              crud});
    r.append({u"argoproj.io"_s,
              u"v1alpha1"_s,
              u"analysisruns"_s,
              u"analysisrun"_s,
              u"AnalysisRun"_s,
              true,
              false,
              true,
              true,
              {u"ar"_s},
              crud});
    r.append({u"argoproj.io"_s,
              u"v1alpha1"_s,
              u"analysistemplates"_s,
              u"analysistemplate"_s,
              u"AnalysisTemplate"_s,
              true,
              false,
              true,
              true,
              {u"at"_s},
              crud});
    r.append({u"argoproj.io"_s,
              u"v1alpha1"_s,
              u"clusteranalysistemplates"_s,
              u"clusteranalysistemplate"_s,
              u"ClusterAnalysisTemplate"_s,
              false,
              false,
              true,
              true,
              {u"cat"_s},
              crud});
    r.append({u"argoproj.io"_s,
              u"v1alpha1"_s,
              u"experiments"_s,
              u"experiment"_s,
              u"Experiment"_s,
              true,
              false,
              true,
              true,
              {u"exp"_s},
              crud});
    r.append({u"authorization.k8s.io"_s,
              u"v1"_s,
              u"selfsubjectaccessreviews"_s,
              u""_s,
              u"SelfSubjectAccessReview"_s,
              false,
              false,
              false,
              false,
              {},
              {u"create"_s}});
    r.append({u"authentication.k8s.io"_s,
              u"v1"_s,
              u"selfsubjectreviews"_s,
              u""_s,
              u"SelfSubjectReview"_s,
              false,
              false,
              false,
              false,
              {},
              {u"create"_s}});
    return r;
}

} // namespace

QString ApiResource::groupVersion() const
{
    return group.isEmpty() ? version : group % u'/' % version;
}

QString ApiResource::key() const
{
    return group.isEmpty() ? resource : resource % u'.' % group;
}

const QList<ApiResource> &ApiResource::all()
{
    static const QList<ApiResource> resources = buildResources();
    return resources;
}

const ApiResource *ApiResource::find(const QString &group, const QString &resource)
{
    for (const ApiResource &r : all()) {
        if (r.group == group && r.resource == resource)
            return &r;
    }
    return nullptr;
}

const ApiResource *ApiResource::findByKind(const QString &kind)
{
    for (const ApiResource &r : all()) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

QStringList ApiResource::groupVersionsOf(const QString &group)
{
    QStringList out;
    for (const ApiResource &r : all()) {
        if (r.group == group && !out.contains(r.version))
            out.append(r.version);
    }
    return out;
}

} // namespace rd::sim
