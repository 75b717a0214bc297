#pragma once

#include <QString>
#include <QStringList>

namespace rd::core {

// Aligns tab-terminated cells into columns like Go's text/tabwriter with minwidth 0, padding 2 and
// a space pad char, measuring width without ANSI colour escapes (juju/ansiterm). Text after a
// line's last tab is not part of a column and is written as is.
class TabWriter
{
public:
    explicit TabWriter(int padding = 2)
        : m_padding(padding)
    {}

    void addLine(const QString &line) { m_lines.append(line); }
    QString text() const;

    // Terminal width of text: code points, ANSI escape sequences excluded.
    static qsizetype displayWidth(QStringView text);

private:
    int m_padding;
    QStringList m_lines;
};

} // namespace rd::core
