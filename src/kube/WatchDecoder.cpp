#include "kube/WatchDecoder.h"

namespace rd::kube {

QList<QByteArray> WatchDecoder::feed(const QByteArray &bytes)
{
    QList<QByteArray> out;
    if (m_error != Error::None)
        return out;
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
        if (m_depth == 0) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                m_start = m_pos + 1;
                continue;
            }
            if (c != '{') {
                // Text that is not an event: the stream can no longer be trusted.
                fail(Error::StrayBytes);
                return out;
            }
            m_start = m_pos;
            m_depth = 1;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0) {
                if (m_pos + 1 - m_start > m_maxObjectBytes) {
                    fail(Error::TooLarge);
                    return out;
                }
                out << m_buffer.mid(m_start, m_pos + 1 - m_start);
                m_start = m_pos + 1;
            }
        }
    }
    if (m_depth > 0 && pending() > m_maxObjectBytes) {
        fail(Error::TooLarge);
        return out;
    }
    // Keep only the unfinished object.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_pos -= m_start;
        m_start = 0;
    }
    return out;
}

void WatchDecoder::fail(Error error)
{
    m_error = error;
    // Nothing more is decoded; free the (possibly huge) buffer now.
    m_buffer.clear();
    m_start = m_pos = 0;
}

void WatchDecoder::reset()
{
    m_buffer.clear();
    m_start = m_pos = 0;
    m_depth = 0;
    m_inString = m_escape = false;
    m_error = Error::None;
}

} // namespace rd::kube
