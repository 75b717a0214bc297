#pragma once

#include <QByteArray>
#include <QList>

namespace rd::kube {

// Splits a watch body into its self-delimiting JSON objects, whatever the chunk boundaries
// (k8s-client.md §4.4). A truncated last object stays buffered until more bytes arrive.
class WatchDecoder
{
public:
    // Appends bytes and returns every object completed by them.
    QList<QByteArray> feed(const QByteArray &bytes);
    // Bytes of an unfinished object (non-empty after a truncated stream).
    qsizetype pending() const { return m_buffer.size() - m_start; }
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_start = 0; // where the current object starts
    qsizetype m_pos = 0;   // next byte to scan
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace rd::kube
