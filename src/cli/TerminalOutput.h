#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdio>

namespace rd::cli {

// stdout or stderr behind core::terminal::filterOutput: whatever any command writes, only line
// breaks, tabs and the program's own colour and redraw sequences reach the terminal raw. Server
// text is escaped where it is printed; this catches anything a new output path forgets.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(std::FILE *stream);
    ~TerminalOutput() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    std::FILE *m_stream;
    QByteArray m_pending; // the start of a sequence cut by the end of a write
};

} // namespace rd::cli
