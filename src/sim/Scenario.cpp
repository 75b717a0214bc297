#include "sim/Scenario.h"

#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/ObjectFields.h"
#include "sim/TemplateHash.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

const ApiResource &type(const QString &group, const QString &resource)
{
    return *ApiResource::find(group, resource);
}

QString ago(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODate);
}

QJsonObject condition(const QString &t, const QString &s, const QString &reason,
                      const QString &message, const QString &time)
{
    return QJsonObject{{u"type"_s, t},
                       {u"status"_s, s},
                       {u"reason"_s, reason},
                       {u"message"_s, message},
                       {u"lastUpdateTime"_s, time},
                       {u"lastTransitionTime"_s, time}};
}

QString rolloutsDemoImage(const QString &tag)
{
    return u"argoproj/rollouts-demo:"_s % tag;
}

} // namespace

Scenario::Scenario(ClusterStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QJsonObject Scenario::podTemplate(const QString &app, const QString &image)
{
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"labels"_s, QJsonObject{{u"app"_s, app}}}}},
        {u"spec"_s,
         QJsonObject{{u"containers"_s,
                      QJsonArray{QJsonObject{
                          {u"name"_s, app},
                          {u"image"_s, image},
                          {u"ports"_s, QJsonArray{QJsonObject{{u"name"_s, u"http"_s},
                                                              {u"containerPort"_s, 8080},
                                                              {u"protocol"_s, u"TCP"_s}}}},
                          {u"resources"_s,
                           QJsonObject{{u"requests"_s, QJsonObject{{u"memory"_s, u"32Mi"_s},
                                                                   {u"cpu"_s, u"5m"_s}}}}}}}}}}};
}

QJsonArray Scenario::demoSteps()
{
    const auto pause = [](int d) {
        return QJsonObject{{u"pause"_s, d > 0 ? QJsonObject{{u"duration"_s, d}} : QJsonObject()}};
    };
    return QJsonArray{
        QJsonObject{{u"setWeight"_s, 20}}, pause(0),  QJsonObject{{u"setWeight"_s, 40}}, pause(10),
        QJsonObject{{u"setWeight"_s, 60}}, pause(10), QJsonObject{{u"setWeight"_s, 80}}, pause(10)};
}

void Scenario::ensureNamespace(const QString &ns)
{
    if (m_store->get(u"namespaces"_s, QString(), ns))
        return;
    m_store->create(
        type(QString(), u"namespaces"_s),
        QJsonObject{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, ns},
                         {u"labels"_s, QJsonObject{{u"kubernetes.io/metadata.name"_s, ns}}}}},
            {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
            {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
}

void Scenario::addService(const QString &ns, const QString &name, const QString &app)
{
    m_store->create(
        type(QString(), u"services"_s),
        QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}},
                    {u"spec"_s,
                     QJsonObject{{u"ports"_s, QJsonArray{QJsonObject{{u"port"_s, 80},
                                                                     {u"targetPort"_s, u"http"_s},
                                                                     {u"protocol"_s, u"TCP"_s},
                                                                     {u"name"_s, u"http"_s}}}},
                                 {u"selector"_s, QJsonObject{{u"app"_s, app}}}}}});
}

void Scenario::addAnalysisTemplate(const QString &ns, const QString &name, const QString &result,
                                   double afterSeconds)
{
    m_store->create(
        type(u"argoproj.io"_s, u"analysistemplates"_s),
        QJsonObject{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, name},
                         {u"namespace"_s, ns},
                         {u"annotations"_s, QJsonObject{{u"sim.rolloutdesk.io/result"_s, result},
                                                        {u"sim.rolloutdesk.io/after-seconds"_s,
                                                         QString::number(afterSeconds)}}}}},
            {u"spec"_s,
             QJsonObject{
                 {u"metrics"_s,
                  QJsonArray{QJsonObject{
                      {u"name"_s, name},
                      {u"interval"_s, u"10s"_s},
                      {u"successCondition"_s, u"result[0] >= 0.95"_s},
                      {u"failureLimit"_s, 0},
                      {u"provider"_s,
                       QJsonObject{
                           {u"prometheus"_s,
                            QJsonObject{
                                {u"address"_s, u"http://prometheus:9090"_s},
                                {u"query"_s,
                                 u"sum(rate(http_requests_total{code!~\"5..\"}[1m]))"_s}}}}}}}}}}});
}

void Scenario::addSteadyCanary(const QString &ns, const QString &name, const QStringList &images,
                               int replicas, const QJsonArray &steps, qint64 ageSeconds,
                               const QJsonObject &extraSpec)
{
    ensureNamespace(ns);
    const QString created = ago(ageSeconds);
    QJsonObject spec{
        {u"replicas"_s, replicas},
        {u"revisionHistoryLimit"_s, 2},
        {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, name}}}}},
        {u"template"_s, podTemplate(name, images.last())},
        {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject{{u"steps"_s, steps}}}}}};
    for (auto it = extraSpec.constBegin(); it != extraSpec.constEnd(); ++it)
        spec.insert(it.key(), it.value());
    const QString hash = TemplateHash::compute(spec.value(u"template"_s));
    const int n = int(steps.size());
    QJsonObject status{
        {u"HPAReplicas"_s, replicas},
        {u"replicas"_s, replicas},
        {u"updatedReplicas"_s, replicas},
        {u"readyReplicas"_s, replicas},
        {u"availableReplicas"_s, replicas},
        {u"currentPodHash"_s, hash},
        {u"stableRS"_s, hash},
        {u"currentStepHash"_s, TemplateHash::compute(steps)},
        {u"observedGeneration"_s, u"1"_s},
        {u"phase"_s, u"Healthy"_s},
        {u"message"_s, u""_s},
        {u"selector"_s, QString(u"app="_s % name)},
        {u"canary"_s, QJsonObject()},
        {u"conditions"_s,
         QJsonArray{condition(u"Available"_s, u"True"_s, u"AvailableReason"_s,
                              u"Rollout has minimum availability"_s, created),
                    condition(u"Completed"_s, u"True"_s, u"RolloutCompleted"_s,
                              u"RolloutCompleted"_s, created),
                    condition(u"Healthy"_s, u"True"_s, u"RolloutHealthy"_s, u"Rollout is healthy"_s,
                              created),
                    condition(u"Progressing"_s, u"True"_s, u"NewReplicaSetAvailable"_s,
                              u"ReplicaSet \"%1\" has successfully progressed."_s.arg(
                                  QString(name % u'-' % hash)),
                              created)}}};
    if (n > 0)
        status.insert(u"currentStepIndex"_s, n);
    QJsonObject rollout{
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name},
                     {u"namespace"_s, ns},
                     {u"creationTimestamp"_s, created},
                     {u"annotations"_s, QJsonObject{{u"rollout.argoproj.io/revision"_s,
                                                     QString::number(images.size())}}}}},
        {u"spec"_s, spec},
        {u"status"_s, status}};
    const auto ro = m_store->create(type(u"argoproj.io"_s, u"rollouts"_s), rollout);
    if (!ro.ok())
        return;
    addService(ns, name, name);
    for (qsizetype i = 0; i < images.size(); ++i) {
        const bool stable = i == images.size() - 1;
        const QJsonObject tmplBase = podTemplate(name, images.at(i));
        const QString h = TemplateHash::compute(tmplBase);
        QJsonObject tmpl = tmplBase;
        QJsonObject labels{{u"app"_s, name}, {u"rollouts-pod-template-hash"_s, h}};
        QJsonObject tmeta = tmpl.value(u"metadata"_s).toObject();
        tmeta.insert(u"labels"_s, labels);
        tmpl.insert(u"metadata"_s, tmeta);
        const int count = stable ? replicas : 0;
        const qint64 rsAge =
            ageSeconds - qint64(i) * ageSeconds / qMax<qsizetype>(1, images.size()) / 2;
        QJsonObject rsStatus{{u"replicas"_s, count}, {u"observedGeneration"_s, 1}};
        if (count > 0) {
            rsStatus.insert(u"readyReplicas"_s, count);
            rsStatus.insert(u"availableReplicas"_s, count);
            rsStatus.insert(u"fullyLabeledReplicas"_s, count);
        }
        QJsonObject rs{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, QString(name % u'-' % h)},
                         {u"namespace"_s, ns},
                         {u"creationTimestamp"_s, ago(rsAge)},
                         {u"labels"_s, labels},
                         {u"annotations"_s,
                          QJsonObject{{u"rollout.argoproj.io/revision"_s, QString::number(i + 1)},
                                      {u"rollout.argoproj.io/desired-replicas"_s,
                                       QString::number(replicas)}}},
                         {u"ownerReferences"_s, QJsonArray{fields::ownerReference(ro.value())}}}},
            {u"spec"_s, QJsonObject{{u"replicas"_s, count},
                                    {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                                    {u"template"_s, tmpl}}},
            {u"status"_s, rsStatus}};
        const auto rsCreated = m_store->create(type(u"apps"_s, u"replicasets"_s), rs);
        if (!rsCreated.ok() || count == 0)
            continue;
        for (int p = 0; p < count; ++p) {
            const QString started = ago(rsAge - p * 12);
            QJsonObject podSpec = tmpl.value(u"spec"_s).toObject();
            podSpec.insert(u"nodeName"_s, u"sim-node-1"_s);
            podSpec.insert(u"restartPolicy"_s, u"Always"_s);
            const auto readyCond = [&](const QString &t) {
                return QJsonObject{{u"type"_s, t},
                                   {u"status"_s, u"True"_s},
                                   {u"lastProbeTime"_s, QJsonValue::Null},
                                   {u"lastTransitionTime"_s, started}};
            };
            QJsonObject pod{
                {u"metadata"_s,
                 QJsonObject{{u"generateName"_s, QString(name % u'-' % h % u'-')},
                             {u"namespace"_s, ns},
                             {u"creationTimestamp"_s, started},
                             {u"labels"_s, labels},
                             {u"ownerReferences"_s,
                              QJsonArray{fields::ownerReference(rsCreated.value())}}}},
                {u"spec"_s, podSpec},
                {u"status"_s,
                 QJsonObject{
                     {u"phase"_s, u"Running"_s},
                     {u"hostIP"_s, u"10.0.0.1"_s},
                     {u"podIP"_s, u"10.244.0.%1"_s.arg(p + 10)},
                     {u"startTime"_s, started},
                     {u"qosClass"_s, u"Burstable"_s},
                     {u"conditions"_s,
                      QJsonArray{readyCond(u"Initialized"_s), readyCond(u"Ready"_s),
                                 readyCond(u"ContainersReady"_s), readyCond(u"PodScheduled"_s)}},
                     {u"containerStatuses"_s,
                      QJsonArray{QJsonObject{
                          {u"name"_s, name},
                          {u"image"_s, images.at(i)},
                          {u"imageID"_s, QString(u"docker.io/"_s % images.at(i))},
                          {u"ready"_s, true},
                          {u"started"_s, true},
                          {u"restartCount"_s, 0},
                          {u"state"_s, QJsonObject{{u"running"_s,
                                                    QJsonObject{{u"startedAt"_s, started}}}}}}}}}}};
            m_store->create(type(QString(), u"pods"_s), pod);
        }
    }
}

void Scenario::addFreshRollout(const QString &ns, const QString &name, const QString &image,
                               int replicas, const QJsonObject &strategy,
                               const QJsonObject &extraSpec)
{
    ensureNamespace(ns);
    QJsonObject spec{
        {u"replicas"_s, replicas},
        {u"revisionHistoryLimit"_s, 3},
        {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, name}}}}},
        {u"template"_s, podTemplate(name, image)},
        {u"strategy"_s, strategy}};
    for (auto it = extraSpec.constBegin(); it != extraSpec.constEnd(); ++it)
        spec.insert(it.key(), it.value());
    m_store->create(
        type(u"argoproj.io"_s, u"rollouts"_s),
        QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}},
                    {u"spec"_s, spec}});
}

core::Result<Scenario::Scale> Scenario::parseScale(const QString &name)
{
    if (!name.startsWith(u"scale:"))
        return core::Error{u"\"%1\" is not a scale:N scenario"_s.arg(name),
                           core::ErrorKind::NotFound};
    QStringList parts = name.split(u',');
    bool ok = false;
    const int n = parts.at(0).mid(6).toInt(&ok);
    if (!ok || n < 1 || n > 100000) {
        return core::Error{
            u"invalid scenario \"%1\": scale:N needs N between 1 and 100000"_s.arg(name)};
    }
    Scale scale{n, 0, 0, 0};
    // age:D may follow the rest; churn:R and for:S keep their places.
    if (parts.size() >= 2 && parts.constLast().startsWith(u"age:")) {
        scale.ageDays = parts.takeLast().mid(4).toInt(&ok);
        if (!ok || scale.ageDays < 1 || scale.ageDays > 3650) {
            return core::Error{
                u"invalid scenario \"%1\": age:D needs D between 1 and 3650 days"_s.arg(name)};
        }
    }
    if (parts.size() > 3 || (parts.size() >= 2 && !parts.at(1).startsWith(u"churn:")) ||
        (parts.size() == 3 && !parts.at(2).startsWith(u"for:"))) {
        return core::Error{
            u"invalid scenario \"%1\": expected scale:N, optionally followed by ,churn:R or ,churn:R,for:S, then optionally ,age:D"_s
                .arg(name)};
    }
    if (parts.size() == 3) {
        scale.churnSeconds = parts.at(2).mid(4).toInt(&ok);
        if (!ok || scale.churnSeconds < 1 || scale.churnSeconds > 31536000) {
            return core::Error{
                u"invalid scenario \"%1\": for:S needs S between 1 and 31536000 seconds"_s.arg(
                    name)};
        }
    }
    if (parts.size() >= 2) {
        scale.churnPerSecond = parts.at(1).mid(6).toInt(&ok);
        if (!ok || scale.churnPerSecond < 0 || scale.churnPerSecond > 10000) {
            return core::Error{
                u"invalid scenario \"%1\": churn:R needs R between 0 and 10000 changes a second"_s
                    .arg(name)};
        }
    }
    return scale;
}

void Scenario::churn()
{
    m_churnOwed += m_scale.churnPerSecond / 10.0;
    while (m_churnOwed >= 1.0) {
        m_churnOwed -= 1.0;
        const QString app = u"app-%1"_s.arg(m_churnNext, 4, 10, QLatin1Char('0'));
        m_churnNext = (m_churnNext + 1) % m_scale.rollouts;
        const auto ro = m_store->get(u"rollouts.argoproj.io"_s, u"spring-petclinic"_s, app);
        if (!ro)
            continue; // deleted by someone: churn goes on with the others
        const QString image = fields::spec(*ro)
                                  .value(u"template"_s)
                                  .toObject()
                                  .value(u"spec"_s)
                                  .toObject()
                                  .value(u"containers"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"image"_s)
                                  .toString();
        const QString next = image.endsWith(u":v1") ? u"registry.example/%1:v2"_s.arg(app)
                                                    : u"registry.example/%1:v1"_s.arg(app);
        setImage(u"spring-petclinic"_s, app, next);
    }
}

void Scenario::setImage(const QString &ns, const QString &name, const QString &image)
{
    auto ro = m_store->get(u"rollouts.argoproj.io"_s, ns, name);
    if (!ro)
        return;
    QJsonObject spec = fields::spec(*ro);
    QJsonObject tmpl = spec.value(u"template"_s).toObject();
    QJsonObject podSpec = tmpl.value(u"spec"_s).toObject();
    QJsonArray containers = podSpec.value(u"containers"_s).toArray();
    QJsonObject c = containers.at(0).toObject();
    c.insert(u"image"_s, image);
    containers.replace(0, c);
    podSpec.insert(u"containers"_s, containers);
    tmpl.insert(u"spec"_s, podSpec);
    spec.insert(u"template"_s, tmpl);
    QJsonObject updated = *ro;
    updated.insert(u"spec"_s, spec);
    m_store->update(type(u"argoproj.io"_s, u"rollouts"_s), updated, ClusterStore::Scope::Main,
                    false);
}

void Scenario::onStoreChanged()
{
    if (m_pendingImages.isEmpty())
        return;
    const auto pending = m_pendingImages;
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        const QStringList key = it.key().split(u'/');
        const auto ro = m_store->get(u"rollouts.argoproj.io"_s, key.at(0), key.at(1));
        if (!ro || fields::status(*ro).value(u"phase"_s).toString() != u"Healthy")
            continue;
        m_pendingImages.remove(it.key());
        const QString ns = key.at(0);
        const QString name = key.at(1);
        const QString image = it.value();
        // Not from inside the store's signal: the write happens on the next turn.
        QTimer::singleShot(0, this, [this, ns, name, image] { setImage(ns, name, image); });
    }
}

core::Status Scenario::build(const QString &name)
{
    if (name.isEmpty() || name == u"empty") {
        ensureNamespace(u"default"_s);
        ensureNamespace(u"spring-petclinic"_s);
        return {};
    }
    ensureNamespace(u"default"_s);
    if (name == u"rollouts-demo") {
        addSteadyCanary(u"spring-petclinic"_s, u"rollouts-demo"_s,
                        {rolloutsDemoImage(u"blue"_s), rolloutsDemoImage(u"yellow"_s)}, 5,
                        demoSteps(), 600);
        return {};
    }
    if (name.startsWith(u"scale:")) {
        const core::Result<Scale> scale = parseScale(name);
        if (!scale)
            return scale.error();
        m_scale = *scale;
        // An hour by default, so that some row's age text changes every second (a board that
        // keeps its ages current has work to do). Days old, each row's age text changes once a
        // day (from 8 days on), so an idle board has nothing to redraw; the half hour keeps the
        // pods, up to 24 s younger than their rollout, away from a whole day.
        const qint64 baseAge = m_scale.ageDays > 0 ? qint64(m_scale.ageDays) * 86400 + 1800 : 3600;
        for (int i = 0; i < m_scale.rollouts; ++i) {
            const QString app = u"app-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            addSteadyCanary(u"spring-petclinic"_s, app, {u"registry.example/%1:v1"_s.arg(app)}, 3,
                            demoSteps(), baseAge + i);
        }
        if (m_scale.churnPerSecond > 0) {
            auto *timer = new QTimer(this);
            timer->setInterval(100); // ten ticks a second spread the changes out
            connect(timer, &QTimer::timeout, this, &Scenario::churn);
            timer->start();
            if (m_scale.churnSeconds > 0)
                QTimer::singleShot(m_scale.churnSeconds * 1000, timer, &QTimer::stop);
        }
        return {};
    }
    if (name == u"showcase") {
        const QString ns = u"showcase"_s;
        addSteadyCanary(u"spring-petclinic"_s, u"rollouts-demo"_s,
                        {rolloutsDemoImage(u"blue"_s), rolloutsDemoImage(u"yellow"_s)}, 5,
                        demoSteps(), 600);
        addSteadyCanary(ns, u"healthy-canary"_s, {u"nginx:1.25"_s, u"nginx:1.27"_s}, 3, demoSteps(),
                        7200);
        addSteadyCanary(ns, u"paused-canary"_s, {u"nginx:1.25"_s}, 5, demoSteps(), 5400);
        m_pendingImages.insert(QString(ns % u"/paused-canary"), u"nginx:1.27"_s);
        addSteadyCanary(
            ns, u"stuck-canary"_s, {u"nginx:1.25"_s}, 3,
            QJsonArray{QJsonObject{{u"setWeight"_s, 50}}, QJsonObject{{u"pause"_s, QJsonObject()}}},
            3600, QJsonObject{{u"progressDeadlineSeconds"_s, 30}});
        m_pendingImages.insert(QString(ns % u"/stuck-canary"), u"nginx:does-not-exist"_s);
        addFreshRollout(
            ns, u"bluegreen-preview"_s, u"argoproj/rollouts-demo:blue"_s, 3,
            QJsonObject{
                {u"blueGreen"_s, QJsonObject{{u"activeService"_s, u"bluegreen-preview-active"_s},
                                             {u"previewService"_s, u"bluegreen-preview-preview"_s},
                                             {u"autoPromotionEnabled"_s, false}}}});
        addService(ns, u"bluegreen-preview-active"_s, u"bluegreen-preview"_s);
        addService(ns, u"bluegreen-preview-preview"_s, u"bluegreen-preview"_s);
        m_pendingImages.insert(QString(ns % u"/bluegreen-preview"),
                               u"argoproj/rollouts-demo:green"_s);
        addAnalysisTemplate(ns, u"error-rate"_s, u"Failed"_s, 5);
        addSteadyCanary(ns, u"analysis-canary"_s, {u"httpd:2.4.57"_s}, 4,
                        QJsonArray{QJsonObject{{u"setWeight"_s, 25}},
                                   QJsonObject{{u"pause"_s, QJsonObject{{u"duration"_s, 600}}}},
                                   QJsonObject{{u"setWeight"_s, 75}},
                                   QJsonObject{{u"pause"_s, QJsonObject{{u"duration"_s, 600}}}}},
                        4000);
        {
            // Background analysis for the analysis canary.
            auto ro = m_store->get(u"rollouts.argoproj.io"_s, ns, u"analysis-canary"_s);
            QJsonObject spec = fields::spec(*ro);
            QJsonObject strategy = spec.value(u"strategy"_s).toObject();
            QJsonObject canary = strategy.value(u"canary"_s).toObject();
            canary.insert(
                u"analysis"_s,
                QJsonObject{{u"templates"_s,
                             QJsonArray{QJsonObject{{u"templateName"_s, u"error-rate"_s}}}}});
            strategy.insert(u"canary"_s, canary);
            spec.insert(u"strategy"_s, strategy);
            QJsonObject updated = *ro;
            updated.insert(u"spec"_s, spec);
            m_store->update(type(u"argoproj.io"_s, u"rollouts"_s), updated,
                            ClusterStore::Scope::Everything, false);
            // Keep it looking observed: the spec above is the scenario's starting point.
            auto fresh = m_store->get(u"rollouts.argoproj.io"_s, ns, u"analysis-canary"_s);
            QJsonObject st = fields::status(*fresh);
            st.insert(u"observedGeneration"_s,
                      QString::number(fields::meta(*fresh).value(u"generation"_s).toInteger()));
            st.insert(u"currentStepHash"_s, TemplateHash::compute(canary.value(u"steps"_s)));
            fresh->insert(u"status"_s, st);
            m_store->update(type(u"argoproj.io"_s, u"rollouts"_s), *fresh,
                            ClusterStore::Scope::Status, false);
        }
        m_pendingImages.insert(QString(ns % u"/analysis-canary"), u"httpd:2.4.58"_s);
        addSteadyCanary(
            ns, u"experiment-canary"_s, {u"redis:7.0"_s}, 2,
            QJsonArray{QJsonObject{{u"experiment"_s,
                                    QJsonObject{{u"duration"_s, u"1h"_s},
                                                {u"templates"_s,
                                                 QJsonArray{QJsonObject{{u"name"_s, u"baseline"_s},
                                                                        {u"specRef"_s, u"stable"_s},
                                                                        {u"replicas"_s, 1}},
                                                            QJsonObject{{u"name"_s, u"canary"_s},
                                                                        {u"specRef"_s, u"canary"_s},
                                                                        {u"replicas"_s, 1}}}}}}},
                       QJsonObject{{u"setWeight"_s, 50}}, QJsonObject{{u"pause"_s, QJsonObject()}}},
            3000);
        m_pendingImages.insert(QString(ns % u"/experiment-canary"), u"redis:7.2"_s);
        connect(m_store, &ClusterStore::changed, this, &Scenario::onStoreChanged);
        QTimer::singleShot(0, this, &Scenario::onStoreChanged);
        return {};
    }
    return core::Error{
        u"unknown scenario \"%1\" (known: rollouts-demo, showcase, scale:N[,churn:R[,for:S]][,age:D], empty)"_s
            .arg(name)};
}

} // namespace rd::sim
