#include "sim/TemplateHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

QString TemplateHash::safeEncode(const QString &text)
{
    static const QString alphabet = u"bcdfghjklmnpqrstvwxz2456789"_s;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(alphabet.at(c.unicode() % alphabet.size()));
    return out;
}

QString TemplateHash::compute(const QJsonValue &value, qint64 collisionCount)
{
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        bytes = "null";
    quint32 h = 2166136261u;
    const auto feed = [&h](unsigned char b) {
        h ^= b;
        h *= 16777619u;
    };
    for (const char c : std::as_const(bytes))
        feed(static_cast<unsigned char>(c));
    if (collisionCount >= 0) {
        for (int i = 0; i < 8; ++i)
            feed(static_cast<unsigned char>((quint64(collisionCount) >> (8 * i)) & 0xff));
    }
    return safeEncode(QString::number(h));
}

} // namespace rd::sim
