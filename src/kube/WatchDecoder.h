#pragma once

#include <QByteArray>
#include <QList>

namespace rd::kube {

// Splits a watch body into its self-delimiting JSON objects, whatever the chunk boundaries
// (k8s-client.md §4.4). A truncated last object stays buffered until more bytes arrive.
// Between objects only whitespace is allowed; anything else, or an object larger than the cap,
// stops the decoder (error()) so the caller can end the watch instead of skipping an event.
class WatchDecoder
{
public:
    enum class Error { None, StrayBytes, TooLarge };
    static constexpr qsizetype kDefaultMaxObjectBytes = 16 * 1024 * 1024;

    // Appends bytes and returns every object completed by them (up to the first error).
    QList<QByteArray> feed(const QByteArray &bytes);
    // Bytes of an unfinished object (non-empty after a truncated stream).
    qsizetype pending() const { return m_buffer.size() - m_start; }
    Error error() const { return m_error; }
    void reset();

    // The largest single event accepted (one watch line).
    void setMaxObjectBytes(qsizetype bytes) { m_maxObjectBytes = bytes; }
    qsizetype maxObjectBytes() const { return m_maxObjectBytes; }

private:
    void fail(Error error);

    QByteArray m_buffer;
    qsizetype m_start = 0; // where the current object starts
    qsizetype m_pos = 0;   // next byte to scan
    qsizetype m_maxObjectBytes = kDefaultMaxObjectBytes;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    Error m_error = Error::None;
};

} // namespace rd::kube
