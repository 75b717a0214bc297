#pragma once

#include "ObjectMeta.h"
#include "Result.h"

namespace rd::core {

struct Measurement
{
    QString phase;
    QString value;
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool hasMetadata = false; // `metadata` present (even empty) decides job versus value display
    QMap<QString, QString> metadata;
};

struct MetricResult
{
    QString name;
    QString phase;
    QString message;
    qint64 count = 0;
    qint64 successful = 0;
    qint64 failed = 0;
    qint64 inconclusive = 0;
    qint64 error = 0;
    QList<Measurement> measurements;
};

struct MetricSpec
{
    QString name;
    QString successCondition;
    QString failureCondition;
    qint64 count = 0;
    qint64 inconclusiveLimit = 0;
    qint64 failureLimit = 0;
    QString interval;
};

// A typed, read-only view of an argoproj.io/v1alpha1 AnalysisRun.
struct AnalysisRun
{
    ObjectMeta meta;
    QJsonObject json;
    QList<MetricSpec> metrics;
    QString phase;
    QString message;
    QList<MetricResult> metricResults;

    qint64 revision() const;
    static Result<AnalysisRun> fromJson(const QJsonObject &object);
};

} // namespace rd::core
