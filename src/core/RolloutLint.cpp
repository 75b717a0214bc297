#include "RolloutLint.h"

#include "Duration.h"
#include "JsonReader.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// The plugin's message constants (pkg/apis/rollouts/validation), recalled for issue 12.
const QString kMissingField = u"Rollout has missing field '%1'"_s;
const QString kInvalidSetWeight = u"SetWeight needs to be between 0 and 100"_s;
const QString kInvalidDuration = u"Duration needs to be greater than 0"_s;
const QString kMaxSurgeMaxUnavailable = u"MaxSurge and MaxUnavailable both can not be zero"_s;
const QString kMultipleStrategies = u"Multiple Strategies can not be listed"_s;
const QString kDuplicatedBlueGreen =
    u"This rollout uses the same service for the active and preview services, but two different services are required."_s;
const QString kDuplicatedCanary =
    u"This rollout uses the same service for the stable and canary services, but two different services are required."_s;
const QString kExperimentWeight =
    u"Experiment template weight cannot be set unless TrafficRouting is enabled"_s;
const QString kScaleDownDelay =
    u"Canary scaleDownDelaySeconds can only be used with traffic routing"_s;
const QString kDynamicStableScale =
    u"Canary dynamicStableScale can only be used with traffic routing"_s;
const QString kNonNegative = u"must be greater than or equal to 0"_s;

// Go's %q for the strings a manifest holds.
QString goQuote(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

// %#v of a map[string]string: keys sorted, `map[string]string(nil)` when absent.
QString goStringMap(const QJsonValue &value)
{
    if (!value.isObject())
        return u"map[string]string(nil)"_s;
    const QJsonObject map = value.toObject();
    QStringList keys = map.keys();
    std::sort(keys.begin(), keys.end());
    QStringList entries;
    for (const QString &key : keys)
        entries << goQuote(key) + u':' + goQuote(map.value(key).toString());
    return u"map[string]string{"_s + entries.join(u", "_s) + u'}';
}

// %#v of an *intstr.IntOrString (dereferenced; `null` when unset).
QString goIntOrString(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return u"null"_s;
    if (value.isString())
        return u"intstr.IntOrString{Type:1, IntVal:0, StrVal:%1}"_s.arg(goQuote(value.toString()));
    return u"intstr.IntOrString{Type:0, IntVal:%1, StrVal:\"\"}"_s.arg(value.toInteger());
}

// getIntOrPercentValue: "25%" and "25" are 25, an integer is itself, anything else 0.
qint64 intOrPercent(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        text.remove(u'%');
        return parseGoInt(text).value_or(0);
    }
    return value.toInteger();
}

bool selectorMatches(const QJsonObject &selector, const QJsonObject &labels)
{
    const QJsonObject matchLabels = selector.value(u"matchLabels"_s).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (!labels.contains(it.key()) || labels.value(it.key()).toString() != it->toString())
            return false;
    }
    for (const QJsonValue &e : selector.value(u"matchExpressions"_s).toArray()) {
        const QJsonObject x = e.toObject();
        const QString key = x.value(u"key"_s).toString();
        const QString op = x.value(u"operator"_s).toString();
        QStringList values;
        for (const QJsonValue &v : x.value(u"values"_s).toArray())
            values << v.toString();
        const bool has = labels.contains(key);
        const QString label = labels.value(key).toString();
        if (op == u"In" && !(has && values.contains(label)))
            return false;
        if (op == u"NotIn" && has && values.contains(label))
            return false;
        if (op == u"Exists" && !has)
            return false;
        if (op == u"DoesNotExist" && has)
            return false;
    }
    return true;
}

// A template with nothing in it but an empty metadata (what `creationTimestamp: null` leaves).
bool isEmptyTemplate(const QJsonObject &tmpl)
{
    for (auto it = tmpl.begin(); it != tmpl.end(); ++it) {
        if (it.key() == u"metadata") {
            QJsonObject meta = it->toObject();
            meta.remove(u"creationTimestamp"_s);
            if (!meta.isEmpty())
                return false;
        } else if (!(it->isObject() && it->toObject().isEmpty()) && !it->isNull()) {
            return false;
        }
    }
    return true;
}

// Pause duration in seconds as DurationSeconds() reads it; -1 when unparsable.
qint64 pauseSeconds(const QJsonValue &duration)
{
    if (duration.isString()) {
        if (const auto n = parseGoInt(duration.toString()))
            return *n;
        if (const auto ms = parseGoDurationMs(duration.toString()))
            return *ms / 1000;
        return -1;
    }
    return duration.toInteger();
}

class Checker
{
public:
    QList<LintError> errors;

    void invalid(const QString &field, const QString &value, const QString &detail)
    {
        errors.append({field, u"Invalid value"_s, value, detail});
    }
    void required(const QString &field, const QString &detail)
    {
        errors.append({field, u"Required value"_s, QString(), detail});
    }
    void nonNegative(const QJsonObject &spec, const QString &key, qint64 fallback)
    {
        const qint64 value = spec.contains(key) ? spec.value(key).toInteger() : fallback;
        if (value < 0)
            invalid(u"spec."_s + key, QString::number(value), kNonNegative);
    }

    void podTemplate(const QJsonObject &spec)
    {
        const QJsonObject tmpl = spec.value(u"template"_s).toObject();
        const QJsonObject meta = tmpl.value(u"metadata"_s).toObject();
        const QJsonObject selector = spec.value(u"selector"_s).toObject();
        // An absent selector selects nothing, so it matches no labels either.
        const bool matches = spec.value(u"selector"_s).isObject() &&
                             selectorMatches(selector, meta.value(u"labels"_s).toObject());
        if (!matches)
            invalid(u"spec.template.metadata.labels"_s, goStringMap(meta.value(u"labels"_s)),
                    u"`selector` does not match template `labels`"_s);
        const QJsonArray containers =
            tmpl.value(u"spec"_s).toObject().value(u"containers"_s).toArray();
        if (containers.isEmpty())
            required(u"spec.template.spec.containers"_s, QString());
        for (qsizetype i = 0; i < containers.size(); ++i) {
            const QJsonObject c = containers.at(i).toObject();
            const QString path = u"spec.template.spec.containers[%1]"_s.arg(i);
            if (c.value(u"name"_s).toString().isEmpty())
                required(path + u".name"_s, QString());
            if (c.value(u"image"_s).toString().isEmpty())
                required(path + u".image"_s, QString());
        }
    }

    void canary(const QJsonObject &canary)
    {
        const bool trafficRouting = canary.value(u"trafficRouting"_s).isObject();
        const QJsonValue surge = canary.value(u"maxSurge"_s);
        const QJsonValue unavailable = canary.value(u"maxUnavailable"_s);
        const qint64 surgeValue = surge.isUndefined() || surge.isNull() ? 25 : intOrPercent(surge);
        const qint64 unavailableValue =
            unavailable.isUndefined() || unavailable.isNull() ? 25 : intOrPercent(unavailable);
        if (surgeValue == 0 && unavailableValue == 0)
            invalid(u"spec.strategy.maxSurge"_s, goIntOrString(surge), kMaxSurgeMaxUnavailable);
        const QString canaryService = canary.value(u"canaryService"_s).toString();
        if (!canaryService.isEmpty() &&
            canaryService == canary.value(u"stableService"_s).toString())
            errors.append({u"spec.strategy.stableService"_s, u"Duplicate value"_s,
                           goQuote(kDuplicatedCanary), QString()});
        if (!trafficRouting && canary.contains(u"scaleDownDelaySeconds"_s))
            invalid(u"spec.strategy.scaleDownDelaySeconds"_s,
                    QString::number(canary.value(u"scaleDownDelaySeconds"_s).toInteger()),
                    kScaleDownDelay);
        if (!trafficRouting && canary.value(u"dynamicStableScale"_s).toBool())
            invalid(u"spec.strategy.dynamicStableScale"_s, u"true"_s, kDynamicStableScale);

        const QJsonArray steps = canary.value(u"steps"_s).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            const QString path = u"spec.strategy.steps[%1]"_s.arg(i);
            if (step.contains(u"setWeight"_s)) {
                const qint64 weight = step.value(u"setWeight"_s).toInteger();
                if (weight < 0 || weight > 100)
                    invalid(path + u".setWeight"_s, QString::number(weight), kInvalidSetWeight);
            }
            const QJsonObject pause = step.value(u"pause"_s).toObject();
            if (pause.contains(u"duration"_s)) {
                const qint64 secs = pauseSeconds(pause.value(u"duration"_s));
                if (secs < 0)
                    invalid(path + u".pause.duration"_s, QString::number(secs), kInvalidDuration);
            }
            const QJsonArray templates =
                step.value(u"experiment"_s).toObject().value(u"templates"_s).toArray();
            for (qsizetype t = 0; t < templates.size(); ++t) {
                const QJsonObject tmpl = templates.at(t).toObject();
                if (!trafficRouting && tmpl.contains(u"weight"_s))
                    invalid(path + u".experiment.templates[%1].weight"_s.arg(t),
                            QString::number(tmpl.value(u"weight"_s).toInteger()),
                            kExperimentWeight);
            }
        }
    }
};

} // namespace

QString LintError::body() const
{
    QString s = type;
    if (!badValue.isEmpty())
        s += u": "_s + badValue;
    if (!detail.isEmpty())
        s += u": "_s + detail;
    return s;
}

QString LintError::text() const
{
    return field + u": "_s + body();
}

QList<LintError> RolloutLint::validate(const QJsonObject &rollout)
{
    Checker c;
    const QJsonObject spec = rollout.value(u"spec"_s).toObject();
    const bool workloadRef = spec.value(u"workloadRef"_s).isObject();

    c.nonNegative(spec, u"replicas"_s, 1);
    if (!workloadRef && !spec.value(u"selector"_s).isObject())
        c.required(u"spec.selector"_s, kMissingField.arg(u".spec.selector"_s));
    if (workloadRef && !isEmptyTemplate(spec.value(u"template"_s).toObject()))
        c.errors.append({u"spec.template"_s, u"Internal error"_s, QString(),
                         u"template must be empty for workload reference rollout"_s});
    if (!workloadRef)
        c.podTemplate(spec);
    c.nonNegative(spec, u"minReadySeconds"_s, 0);
    c.nonNegative(spec, u"revisionHistoryLimit"_s, 10);
    c.nonNegative(spec, u"progressDeadlineSeconds"_s, 600);
    const qint64 deadline = spec.contains(u"progressDeadlineSeconds"_s)
                                ? spec.value(u"progressDeadlineSeconds"_s).toInteger()
                                : 600;
    if (deadline <= spec.value(u"minReadySeconds"_s).toInteger())
        c.invalid(u"spec.progressDeadlineSeconds"_s, QString::number(deadline),
                  u"must be greater than minReadySeconds"_s);

    const QJsonObject strategy = spec.value(u"strategy"_s).toObject();
    const bool canary = strategy.value(u"canary"_s).isObject();
    const bool blueGreen = strategy.value(u"blueGreen"_s).isObject();
    // The plugin names the strategy field one level too deep ("spec.strategy.strategy").
    if (!canary && !blueGreen) {
        c.required(u"spec.strategy.strategy"_s,
                   kMissingField.arg(u".spec.strategy.canary or .spec.strategy.blueGreen"_s));
    } else if (canary && blueGreen) {
        c.invalid(u"spec.strategy.strategy"_s, goQuote(u"blueGreen: true canary: true"_s),
                  kMultipleStrategies);
    } else if (blueGreen) {
        const QJsonObject bg = strategy.value(u"blueGreen"_s).toObject();
        if (bg.value(u"activeService"_s).toString() == bg.value(u"previewService"_s).toString())
            c.errors.append({u"spec.strategy.activeService"_s, u"Duplicate value"_s,
                             goQuote(kDuplicatedBlueGreen), QString()});
    } else {
        c.canary(strategy.value(u"canary"_s).toObject());
    }
    return c.errors;
}

} // namespace rd::core
