#pragma once

// A "billion laughs" YAML document: nine levels of nine aliases each, 9^9 (387,420,489) strings
// in a few hundred bytes. yaml-cpp loads it cheaply (aliases share nodes); walking it does not end.

#include <QByteArray>
#include <QString> // QByteArray concatenation (QStringBuilder)

namespace hostile {

// The anchors, as mapping entries at the top level; the last anchor is "l9".
inline QByteArray billionLaughsAnchors()
{
    QByteArray yaml = "l1: &l1 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 2; level <= 9; ++level) {
        const QByteArray n = QByteArray::number(level);
        const QByteArray prev = QByteArray("*l") + QByteArray::number(level - 1);
        yaml += QByteArray("l") + n + QByteArray(": &l") + n + QByteArray(" [");
        for (int i = 0; i < 9; ++i)
            yaml += QByteArray(i ? ", " : "") + prev;
        yaml += "]\n";
    }
    return yaml;
}

} // namespace hostile
