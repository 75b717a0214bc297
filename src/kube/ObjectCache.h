#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace rd::kube {

// The objects of one kind (in one namespace or all), keyed "namespace/name", fed by a Reflector.
//
// Objects are kept as compact JSON text and decoded when read: a decoded QJsonObject tree takes
// five to seven times the bytes of its text (every nested object and array is a container of its
// own), and at 10,000 rollouts the trees were most of the program's memory. Readers take what
// they need once per change, so decoding on read costs less than holding every tree.
class ObjectCache : public QObject
{
    Q_OBJECT
public:
    explicit ObjectCache(QString kind, QObject *parent = nullptr);
    ~ObjectCache() override;

    QString kind() const { return m_kind; }
    static QString keyOf(const QJsonObject &object);
    // The stored form of an object (also usable off the GUI thread, to pack before storing).
    static QByteArray pack(const QJsonObject &object);
    static QJsonObject unpack(const QByteArray &packed);
    // An object packed with its key, as a list collects them before replaceAll().
    struct Packed
    {
        QString key;
        QByteArray text;
    };
    static Packed packWithKey(const QJsonObject &object);

    bool contains(const QString &key) const { return m_objects.contains(key); }
    QJsonObject value(const QString &key) const;
    QList<QString> keys() const { return m_objects.keys(); }
    QList<QJsonObject> values() const;
    qsizetype size() const { return m_objects.size(); }
    // Bytes of the stored objects' text (diagnostics).
    qsizetype packedBytes() const { return m_packedBytes; }

    void upsert(const QJsonObject &object);
    void upsert(const Packed &packed);
    void remove(const QJsonObject &object);
    // After a (re)list: the list is the whole truth; objects missing from it are deleted.
    void replaceAll(const QList<QJsonObject> &objects);
    void replaceAll(const QList<Packed> &objects);

Q_SIGNALS:
    void objectAdded(const QString &key);
    void objectModified(const QString &key, const QJsonObject &previous);
    void objectRemoved(const QString &key, const QJsonObject &last);

private:
    void store(const QString &key, QByteArray packed, const QJsonObject &decoded);

    QString m_kind;
    QHash<QString, QByteArray> m_objects;
    qsizetype m_packedBytes = 0;
    // The object written last, decoded: the receivers of its signal read it at once.
    QString m_recentKey;
    QJsonObject m_recent;
};

} // namespace rd::kube
