#include "kube/WatchDecoder.h"

namespace rd::kube {

QList<QByteArray> WatchDecoder::feed(const QByteArray &bytes)
{
    QList<QByteArray> out;
    m_buffer += bytes;
    for (; m_pos < m_buffer.size(); ++m_pos) {
        const char c = m_buffer.at(m_pos);
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            if (m_depth == 0)
                m_start = m_pos;
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (m_depth > 0 && --m_depth == 0) {
                out << m_buffer.mid(m_start, m_pos + 1 - m_start);
                m_start = m_pos + 1;
            }
        } else if (m_depth == 0) {
            m_start = m_pos + 1; // whitespace or stray bytes between objects
        }
    }
    // Keep only the unfinished object.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_pos -= m_start;
        m_start = 0;
    }
    return out;
}

void WatchDecoder::reset()
{
    m_buffer.clear();
    m_start = m_pos = 0;
    m_depth = 0;
    m_inString = m_escape = false;
}

} // namespace rd::kube
