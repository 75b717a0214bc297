#pragma once

// Comparing rendered `get rollout` output with the guide's, ages and generated names aside.

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace simtest {

// Generated names become placeholders; the AGE column goes; runs of spaces become one; pod rows
// of one ReplicaSet are sorted (their order follows creation times we cannot reproduce).
inline QString normalize(const QString &text)
{
    static const QRegularExpression podName(u"rollouts-demo-[a-z0-9]{5,10}-[a-z0-9]{5}\\b"_s);
    static const QRegularExpression rsName(u"rollouts-demo-[a-z0-9]{5,10}\\b"_s);
    static const QRegularExpression spaces(u" {2,}"_s);
    static const QRegularExpression firstWord(u"[A-Za-z]"_s);
    QStringList out;
    bool inTree = false;
    QStringList podRows;
    const auto flushPods = [&] {
        podRows.sort();
        out += podRows;
        podRows.clear();
    };
    for (QString line : text.split(u'\n')) {
        line.replace(podName, u"rollouts-demo-HASH-POD"_s);
        line.replace(rsName, u"rollouts-demo-HASH"_s);
        if (line.startsWith(u"NAME "))
            inTree = true;
        QString prefix;
        QString rest = line;
        if (inTree && !line.startsWith(u"NAME ")) {
            const qsizetype i = line.indexOf(firstWord);
            prefix = line.left(i < 0 ? 0 : i).remove(u' ');
            rest = line.mid(i < 0 ? 0 : i);
        }
        QStringList cols = rest.trimmed().isEmpty() ? QStringList() : rest.trimmed().split(spaces);
        if (inTree && line.startsWith(u"NAME "))
            cols.removeAll(u"AGE"_s);
        else if (inTree && cols.size() >= 4)
            cols.removeAt(3); // AGE
        const QString row = prefix + cols.join(u" | "_s);
        // Pod rows: the glyph before □ only says whether it is the last; their order follows
        // creation times we cannot reproduce.
        if (row.contains(u"□"_s)) {
            podRows << QString(row).replace(u"├──□"_s, u"──□"_s).replace(u"└──□"_s, u"──□"_s);
            continue;
        }
        flushPods();
        if (!row.isEmpty())
            out << row;
    }
    flushPods();
    return out.join(u'\n');
}

inline QString expected(const QString &file)
{
    QFile f(QString::fromLocal8Bit(qgetenv("ROLLOUTDESK_TEST_DATA")) + u"/sim/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        return u"missing "_s + f.fileName();
    return QString::fromUtf8(f.readAll());
}

} // namespace simtest
