#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace rd::kube {

// The client's cache of one kind (in one namespace or all), keyed "namespace/name", fed by a
// Reflector. (The simulated server's own storage is sim::ClusterStore.)
class ObjectCache : public QObject
{
    Q_OBJECT
public:
    explicit ObjectCache(QString kind, QObject *parent = nullptr);
    ~ObjectCache() override;

    QString kind() const { return m_kind; }
    static QString keyOf(const QJsonObject &object);

    bool contains(const QString &key) const { return m_objects.contains(key); }
    QJsonObject value(const QString &key) const { return m_objects.value(key); }
    QList<QString> keys() const { return m_objects.keys(); }
    QList<QJsonObject> values() const { return m_objects.values(); }
    qsizetype size() const { return m_objects.size(); }

    void upsert(const QJsonObject &object);
    void remove(const QJsonObject &object);
    // After a (re)list: the list is the whole truth; objects missing from it are deleted.
    void replaceAll(const QList<QJsonObject> &objects);

Q_SIGNALS:
    void objectAdded(const QString &key);
    void objectModified(const QString &key, const QJsonObject &previous);
    void objectRemoved(const QString &key, const QJsonObject &last);

private:
    QString m_kind;
    QHash<QString, QJsonObject> m_objects;
};

} // namespace rd::kube
