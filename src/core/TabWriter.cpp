#include "TabWriter.h"

#include <QList>

namespace rd::core {

qsizetype TabWriter::displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\x1b' && i + 1 < text.size() && text[i + 1] == u'[') {
            i += 2;
            while (i < text.size() && !(text[i] >= u'@' && text[i] <= u'~'))
                ++i;
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        ++width;
    }
    return width;
}

QString TabWriter::text() const
{
    // Split every line into its cells; the trailing text is not a cell.
    QList<QStringList> rows;
    rows.reserve(m_lines.size());
    for (const QString &line : m_lines)
        rows.append(line.split(u'\t'));

    // Go's tabwriter aligns a column over each run of consecutive lines that have that column.
    QList<QList<qsizetype>> widths(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r)
        widths[r].resize(rows[r].size() - 1, 0);
    qsizetype maxColumns = 0;
    for (const QStringList &row : rows)
        maxColumns = std::max(maxColumns, row.size() - 1);
    for (qsizetype col = 0; col < maxColumns; ++col) {
        qsizetype r = 0;
        while (r < rows.size()) {
            if (rows[r].size() - 1 <= col) {
                ++r;
                continue;
            }
            qsizetype end = r;
            qsizetype width = 0;
            while (end < rows.size() && rows[end].size() - 1 > col) {
                width = std::max(width, displayWidth(rows[end][col]) + m_padding);
                ++end;
            }
            for (qsizetype k = r; k < end; ++k)
                widths[k][col] = width;
            r = end;
        }
    }

    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        for (qsizetype col = 0; col + 1 < cells.size(); ++col) {
            out += cells[col];
            out += QString(widths[r][col] - displayWidth(cells[col]), u' ');
        }
        out += cells.last();
        out += u'\n';
    }
    return out;
}

} // namespace rd::core
