#include "AnalysisRun.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// Count and limits are int-or-string in newer CRDs; a non-numeric string reads as 0.
qint64 intOrStringValue(const JsonReader &reader, QStringView key)
{
    const QJsonValue value = reader.raw(key);
    if (value.isString())
        return value.toString().toLongLong();
    return reader.integer(key);
}

} // namespace

qint64 AnalysisRun::revision() const
{
    return meta.revision();
}

Result<AnalysisRun> AnalysisRun::fromJson(const QJsonObject &object)
{
    const JsonReader root(object, describeObject(u"AnalysisRun"_s, object));
    auto meta = readObjectMeta(u"AnalysisRun"_s, root);
    if (!meta)
        return meta.error();
    AnalysisRun run;
    run.meta = meta.value();
    run.json = object;
    for (const JsonReader &m : root.object(u"spec").objects(u"metrics")) {
        run.metrics.append(MetricSpec{m.string(u"name"), m.string(u"successCondition"),
                                      m.string(u"failureCondition"), intOrStringValue(m, u"count"),
                                      intOrStringValue(m, u"inconclusiveLimit"),
                                      intOrStringValue(m, u"failureLimit"), m.string(u"interval")});
    }
    const JsonReader status = root.object(u"status");
    run.phase = status.string(u"phase");
    run.message = status.string(u"message");
    for (const JsonReader &r : status.objects(u"metricResults")) {
        MetricResult result;
        result.name = r.string(u"name");
        result.phase = r.string(u"phase");
        result.message = r.string(u"message");
        result.count = r.integer(u"count");
        result.successful = r.integer(u"successful");
        result.failed = r.integer(u"failed");
        result.inconclusive = r.integer(u"inconclusive");
        result.error = r.integer(u"error");
        for (const JsonReader &m : r.objects(u"measurements")) {
            Measurement measurement;
            measurement.phase = m.string(u"phase");
            measurement.value = m.string(u"value");
            measurement.message = m.string(u"message");
            measurement.startedAt = m.time(u"startedAt");
            measurement.finishedAt = m.time(u"finishedAt");
            measurement.hasMetadata = m.has(u"metadata");
            measurement.metadata = m.stringMap(u"metadata");
            result.measurements.append(measurement);
        }
        run.metricResults.append(result);
    }
    if (root.failed())
        return Error{root.errorMessage()};
    return run;
}

} // namespace rd::core
