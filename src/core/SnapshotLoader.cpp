#include "SnapshotLoader.h"

#include "YamlConverter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

Result<qsizetype> addValue(ObjectSet &objects, const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Error{where +
                     u": expected a Kubernetes object (a mapping with kind and metadata)"_s};
    const QJsonObject object = value.toObject();
    const QJsonValue kind = object.value(u"kind");
    if (!kind.isString() || kind.toString().isEmpty())
        return Error{where + u": the object has no kind"_s};
    if (kind.toString() == u"List" || kind.toString().endsWith(u"List")) {
        const QJsonValue items = object.value(u"items");
        if (!items.isArray() && !items.isNull() && !items.isUndefined())
            return Error{where + u": the items of a "_s + kind.toString() + u" must be a list"_s};
        qsizetype added = 0;
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto n = addValue(objects, array.at(i), where + u", item "_s + QString::number(i + 1));
            if (!n)
                return n;
            added += n.value();
        }
        return added;
    }
    auto result = objects.add(object);
    if (!result)
        return Error{where + u": "_s + result.error().message};
    return qsizetype(result.value() == ObjectSet::Added::Yes ? 1 : 0);
}

Result<qsizetype> addJsonText(ObjectSet &objects, const QByteArray &text, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error{source + u':' + QString::number(line) + u':' + QString::number(column) +
                     u": invalid JSON: "_s + error.errorString()};
    }
    if (doc.isArray()) {
        qsizetype added = 0;
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto n = addValue(objects, array.at(i), source + u", item "_s + QString::number(i + 1));
            if (!n)
                return n;
            added += n.value();
        }
        return added;
    }
    return addValue(objects, doc.object(), source);
}

} // namespace

Result<qsizetype> SnapshotLoader::addText(ObjectSet &objects, const QByteArray &text,
                                          const QString &sourceName)
{
    if (text.trimmed().isEmpty())
        return Error{sourceName + u": the file is empty"_s};
    const QByteArray trimmed = text.trimmed();
    if (sourceName.endsWith(u".json", Qt::CaseInsensitive) || trimmed.startsWith('{') ||
        trimmed.startsWith('[')) {
        // JSON is YAML too, but Qt's parser reports JSON errors better.
        if (sourceName.endsWith(u".json", Qt::CaseInsensitive))
            return addJsonText(objects, text, sourceName);
    }
    auto documents = YamlConverter::documents(text, sourceName);
    if (!documents)
        return documents.error();
    if (documents->isEmpty())
        return Error{sourceName + u": the file holds no objects"_s};
    qsizetype added = 0;
    for (qsizetype i = 0; i < documents->size(); ++i) {
        const QString where = documents->size() > 1
                                  ? sourceName + u", document "_s + QString::number(i + 1)
                                  : sourceName;
        auto n = addValue(objects, documents->at(i), where);
        if (!n)
            return n;
        added += n.value();
    }
    return added;
}

Result<ObjectSet> SnapshotLoader::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{u"snapshot "_s + path + u" does not exist"_s};
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList names = dir.entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s},
                                                QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names)
            files.append(dir.filePath(name));
        if (files.isEmpty())
            return Error{u"snapshot folder "_s + path + u" has no .yaml, .yml or .json files"_s};
    } else {
        files.append(path);
    }
    ObjectSet objects;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{u"cannot read "_s + file + u": "_s + f.errorString()};
        auto added = addText(objects, f.readAll(), file);
        if (!added)
            return added.error();
    }
    return objects;
}

} // namespace rd::core
