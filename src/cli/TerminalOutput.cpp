#include "TerminalOutput.h"

#include "core/TerminalText.h"

namespace rd::cli {

TerminalOutput::TerminalOutput(std::FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    // A sequence still cut at exit is not ours: show it escaped.
    if (!m_pending.isEmpty()) {
        const QByteArray rest = m_pending.replace('\x1b', "^[");
        std::fwrite(rest.constData(), 1, size_t(rest.size()), m_stream);
        std::fflush(m_stream);
    }
}

qint64 TerminalOutput::writeData(const char *data, qint64 length)
{
    const QByteArray out =
        core::terminal::filterOutput(m_pending, QByteArray(data, qsizetype(length)));
    if (!out.isEmpty()) {
        std::fwrite(out.constData(), 1, size_t(out.size()), m_stream);
        std::fflush(m_stream);
    }
    return length;
}

} // namespace rd::cli
