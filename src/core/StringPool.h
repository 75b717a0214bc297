#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rd::core {

// Shares one copy of texts that repeat across thousands of objects (namespaces, statuses,
// "3/3", image names): an equal text comes back as the same implicitly shared QString, so each
// RolloutInfo does not hold its own copy. Only for texts of few distinct values: past `capacity`
// entries the pool starts over (strings handed out stay valid). Safe to use from any thread.
class StringPool
{
public:
    explicit StringPool(qsizetype capacity = 4096);

    QString intern(const QString &text);
    QStringList intern(const QStringList &texts);
    qsizetype size() const;

    // The pool RolloutInfoBuilder uses.
    static StringPool &shared();

private:
    mutable QMutex m_mutex;
    QSet<QString> m_texts;
    qsizetype m_capacity;
};

} // namespace rd::core
