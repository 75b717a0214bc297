#include "core/timeline/TimelineText.h"

#include "core/JsonReader.h"
#include "core/TabWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// Messages come from the cluster: no terminal control sequences, no tabs breaking the columns.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.category() == QChar::Other_Control || c == u'\t') ? u' ' : c;
    return out;
}

} // namespace

QString timelineTable(const QList<TimelineEntry> &entries)
{
    TabWriter writer;
    writer.addLine(u"TIME\tREVISION\tEVENT\tWEIGHT\tMESSAGE"_s);
    for (const TimelineEntry &e : entries) {
        writer.addLine(formatKubeTime(e.time) % u'\t' %
                       (e.revision > 0 ? QString::number(e.revision) : u"-"_s) % u'\t' %
                       timelineKindName(e.kind) % u'\t' %
                       (e.weight ? QString::number(*e.weight) : u"-"_s) % u'\t' %
                       printable(e.message));
    }
    return writer.text();
}

QByteArray timelineJson(const QString &ns, const QString &name, const QList<TimelineEntry> &entries)
{
    QJsonArray items;
    for (const TimelineEntry &e : entries) {
        items.append(
            QJsonObject{{u"time"_s, formatKubeTime(e.time)},
                        {u"revision"_s, e.revision > 0 ? QJsonValue(e.revision) : QJsonValue()},
                        {u"event"_s, timelineKindName(e.kind)},
                        {u"weight"_s, e.weight ? QJsonValue(*e.weight) : QJsonValue()},
                        {u"message"_s, e.message}});
    }
    return QJsonDocument(
               QJsonObject{{u"namespace"_s, ns}, {u"rollout"_s, name}, {u"items"_s, items}})
        .toJson(QJsonDocument::Indented);
}

} // namespace rd::core
