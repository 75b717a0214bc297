// Deterministic mutation fuzzing of the parsers and the model: every mutant of the fixtures either
// loads and renders, or fails with an error message; nothing crashes or hangs. (The libFuzzer
// targets in fuzz/ explore further with coverage feedback; this runs in every CI build.)

#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"
#include "core/YamlConverter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::core;

namespace {

QList<QPair<QString, QByteArray>> seeds()
{
    QList<QPair<QString, QByteArray>> result;
    const QStringList roots = {qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/argo-rollouts"_s,
                               qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                                   u"/getting-started"_s};
    for (const QString &root : roots) {
        QDirIterator it(root, {u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                result.append({it.fileName(), f.readAll()});
        }
    }
    return result;
}

// Exercises everything a loaded snapshot feeds: info, text, images, revisions.
qsizetype renderAll(const ObjectSet &objects)
{
    const RolloutTextRenderer renderer(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), true);
    qsizetype characters = 0;
    for (const Rollout &ro : objects.rollouts)
        characters += renderer.rollout(RolloutInfoBuilder::build(ro, objects)).size();
    for (const Experiment &ex : objects.experiments)
        characters += renderer.experiment(RolloutInfoBuilder::buildExperiment(ex, objects)).size();
    characters += RolloutTextRenderer::rolloutList(objects.rollouts, true).size();
    return characters;
}

QByteArray mutateText(QByteArray text, QRandomGenerator &rng)
{
    static const QList<QByteArray> tokens = {
        "{",  "}",        "[",     "]",  ":",     "- ", "\"",
        "'",  "\t",       "null",  "-1", "1e999", "0x", "&a",
        "*a", "!!binary", "---\n", "\n", "  ",    "~",  "9999999999999999999",
        "ü",  "\xff"};
    const int edits = 1 + rng.bounded(4);
    for (int i = 0; i < edits && !text.isEmpty(); ++i) {
        const qsizetype pos = rng.bounded(text.size());
        switch (rng.bounded(5)) {
        case 0:
            text[pos] = char(rng.bounded(256));
            break;
        case 1:
            text.insert(pos, tokens.at(rng.bounded(tokens.size())));
            break;
        case 2:
            text.remove(pos, 1 + rng.bounded(20));
            break;
        case 3:
            text.truncate(pos);
            break;
        default: {
            const qsizetype from = rng.bounded(text.size());
            text.insert(pos, text.mid(from, 1 + rng.bounded(60)));
        }
        }
    }
    return text;
}

QJsonValue randomValue(QRandomGenerator &rng)
{
    switch (rng.bounded(7)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return true;
    case 2:
        return -7.5;
    case 3:
        return u"not-a-time"_s;
    case 4:
        return QJsonArray{1, u"x"_s};
    case 5:
        return QJsonObject{{u"k"_s, 1}};
    default:
        return 1e300;
    }
}

// Replaces one random node of the object tree with a value of another type.
QJsonValue mutateTree(const QJsonValue &value, QRandomGenerator &rng, int depth)
{
    if (depth > 0 && rng.bounded(6) == 0)
        return randomValue(rng);
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (object.isEmpty())
            return value;
        const QStringList keys = object.keys();
        const QString key = keys.at(rng.bounded(keys.size()));
        object.insert(key, mutateTree(object.value(key), rng, depth + 1));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        if (array.isEmpty())
            return value;
        const qsizetype i = rng.bounded(array.size());
        array.replace(i, mutateTree(array.at(i), rng, depth + 1));
        return array;
    }
    return randomValue(rng);
}

} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textMutations()
    {
        const auto corpus = seeds();
        QVERIFY(corpus.size() > 40);
        QRandomGenerator rng(20261126);
        int loaded = 0;
        int rejected = 0;
        for (int round = 0; round < 4000; ++round) {
            const auto &seed = corpus.at(rng.bounded(corpus.size()));
            const QByteArray mutant = mutateText(seed.second, rng);
            ObjectSet objects;
            const auto added = SnapshotLoader::addText(objects, mutant, u"mutant.yaml"_s);
            if (added.ok()) {
                ++loaded;
                renderAll(objects);
            } else {
                ++rejected;
                QVERIFY(added.errorMessage().startsWith(u"mutant.yaml"_s));
            }
        }
        // Both sides were exercised: the mutants are neither all valid nor all broken.
        QVERIFY2(loaded > 200 && rejected > 200,
                 qPrintable(u"loaded %1, rejected %2"_s.arg(loaded).arg(rejected)));
    }

    void typeMutations()
    {
        const auto corpus = seeds();
        QRandomGenerator rng(7);
        int decoded = 0;
        int rejected = 0;
        for (int round = 0; round < 4000; ++round) {
            const auto &seed = corpus.at(rng.bounded(corpus.size()));
            const auto docs = YamlConverter::documents(seed.second, seed.first);
            QVERIFY(docs.ok());
            QJsonArray mutated;
            for (const QJsonValue &doc : docs.value())
                mutated.append(mutateTree(doc, rng, 0));
            ObjectSet objects;
            const auto added =
                SnapshotLoader::addText(objects, QJsonDocument(mutated).toJson(), u"mutant.json"_s);
            if (added.ok()) {
                ++decoded;
                renderAll(objects);
            } else {
                ++rejected;
                QVERIFY(!added.errorMessage().isEmpty());
            }
        }
        QVERIFY2(decoded > 200 && rejected > 200,
                 qPrintable(u"decoded %1, rejected %2"_s.arg(decoded).arg(rejected)));
    }

    void deepNesting()
    {
        ObjectSet objects;
        const QByteArray deep = QByteArray("kind: Rollout\nmetadata: ") + QByteArray(5000, '[') +
                                QByteArray(5000, ']') + "\n";
        const auto added = SnapshotLoader::addText(objects, deep, u"deep.yaml"_s);
        QVERIFY(!added.ok());
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "test_fuzz.moc"
