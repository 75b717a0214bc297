#pragma once

// The plugin's fixtures (tests/data/argo-rollouts, vendored from upstream) loaded as the upstream
// tests load them: every creationTimestamp (and the first metric result's measurement times) set to
// T - 7d. Used by the golden tests and by the GUI's tree-parity test.

#include "core/YamlConverter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

inline const QDateTime asOf = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);

inline QString fixturesDir()
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/argo-rollouts"_s;
}

// Every object of every YAML file of one fixture folder, as written (not trimmed).
inline QList<QJsonObject> fixtureFolderObjects(const QString &folder)
{
    QList<QJsonObject> out;
    const QDir dir(QDir(fixturesDir()).filePath(folder));
    for (const QString &file : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        auto docs = rd::core::YamlConverter::documents(in.readAll(), file);
        if (!docs)
            continue;
        for (const QJsonValue &doc : docs.value()) {
            if (!doc.toObject().isEmpty())
                out << doc.toObject();
        }
    }
    return out;
}

inline QString stripTrailingSpaces(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        while (line.endsWith(u' '))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

inline QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Rewrites one object as the upstream loader does and returns it as JSON.
inline QJsonObject normalised(QJsonObject object)
{
    const QString weekAgo = (asOf.addDays(-7)).toString(Qt::ISODate);
    QJsonObject metadata = object.value(u"metadata").toObject();
    metadata.insert(u"creationTimestamp"_s, weekAgo);
    object.insert(u"metadata"_s, metadata);
    if (object.value(u"kind").toString() == u"AnalysisRun") {
        QJsonObject status = object.value(u"status").toObject();
        QJsonArray results = status.value(u"metricResults").toArray();
        if (!results.isEmpty()) {
            QJsonObject first = results.at(0).toObject();
            QJsonArray measurements = first.value(u"measurements").toArray();
            for (qsizetype i = 0; i < measurements.size(); ++i) {
                QJsonObject m = measurements.at(i).toObject();
                m.insert(u"startedAt"_s, weekAgo);
                m.insert(u"finishedAt"_s, weekAgo);
                measurements.replace(i, m);
            }
            first.insert(u"measurements"_s, measurements);
            results.replace(0, first);
            status.insert(u"metricResults"_s, results);
            object.insert(u"status"_s, status);
        }
    }
    return object;
}

// Copies a fixture folder to `target` as JSON files with normalised timestamps.
inline bool writeNormalisedFixture(const QString &fixture, const QString &target)
{
    const QDir dir(fixturesDir() + u'/' + fixture);
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return false;
    for (const QString &name : files) {
        QFile in(dir.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return false;
        auto docs = rd::core::YamlConverter::documents(in.readAll(), name);
        if (!docs)
            return false;
        QJsonArray out;
        for (const QJsonValue &doc : docs.value())
            out.append(normalised(doc.toObject()));
        QFile f(target + u'/' + QString(name).replace(u".yaml"_s, u".json"_s));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(out).toJson());
    }
    return true;
}

struct Case
{
    QString name, fixture, command, ns, object;
};

inline QList<Case> cases()
{
    QList<Case> result;
    const QStringList lines = readText(fixturesDir() + u"/cases.tsv"_s).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u'\t');
        if (f.size() == 5)
            result.append(Case{f[0], f[1], f[2], f[3], f[4]});
    }
    return result;
}

} // namespace rd::test
