#include "core/StringPool.h"

#include <QMutexLocker>

namespace rd::core {

StringPool::StringPool(qsizetype capacity)
    : m_capacity(capacity)
{}

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    QMutexLocker lock(&m_mutex);
    const auto it = m_texts.constFind(text);
    if (it != m_texts.constEnd())
        return *it;
    if (m_texts.size() >= m_capacity)
        m_texts.clear(); // texts of many values do not belong here; start over, stay bounded
    m_texts.insert(text);
    return text;
}

QStringList StringPool::intern(const QStringList &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out << intern(text);
    return out;
}

qsizetype StringPool::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_texts.size();
}

StringPool &StringPool::shared()
{
    static StringPool pool;
    return pool;
}

} // namespace rd::core
