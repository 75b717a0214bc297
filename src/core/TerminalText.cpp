#include "TerminalText.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core::terminal {

namespace {

// The visible form of one control character, or an empty string when `c` is not one.
// Bidirectional formatting characters reorder what a terminal shows (Trojan Source,
// CVE-2021-42574): a name could display as something else. They are shown as "\\uXXXX".
bool isBidiControl(char16_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString escaped(char16_t c, Lines lines)
{
    switch (c) {
    case u'\t':
        return u"\\t"_s;
    case u'\n':
        return lines == Lines::Keep ? u"\n"_s : u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    default:
        break;
    }
    if (c < 0x20 || c == 0x7f)
        return QString(u'^') + QChar(char16_t(c ^ 0x40));
    if ((c >= 0x80 && c <= 0x9f) || isBidiControl(c))
        return u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
    return {};
}

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidiControl(c);
}

// The length of the UTF-8 encoding of a bidi control starting at `at` (2 or 3), 0 when there is
// none, or -1 when `text` ends before the character can be told.
qsizetype bidiControlLength(const QByteArray &text, qsizetype at)
{
    const auto byte = [&text](qsizetype i) { return static_cast<unsigned char>(text.at(i)); };
    const unsigned char lead = byte(at);
    const qsizetype length = lead == 0xd8 ? 2 : lead == 0xe2 ? 3 : 0;
    if (length == 0)
        return 0;
    if (at + length > text.size())
        return -1;
    char16_t c = 0;
    if (length == 2)
        c = char16_t(((lead & 0x1f) << 6) | (byte(at + 1) & 0x3f));
    else
        c = char16_t(((lead & 0x0f) << 12) | ((byte(at + 1) & 0x3f) << 6) | (byte(at + 2) & 0x3f));
    return isBidiControl(c) ? length : 0;
}

void makeSafe(QString &s)
{
    s = safe(s);
}

void makeSafe(QStringList &list)
{
    for (QString &s : list)
        makeSafe(s);
}

void makeSafe(InfoMeta &meta)
{
    makeSafe(meta.name);
    makeSafe(meta.namespace_);
}

void makeSafe(ReplicaSetInfo &rs)
{
    makeSafe(rs.meta);
    makeSafe(rs.status);
    makeSafe(rs.templateName);
    makeSafe(rs.scaleDownDeadline);
    makeSafe(rs.images);
    makeSafe(rs.initContainerImages);
    for (PodInfo &pod : rs.pods) {
        makeSafe(pod.meta);
        makeSafe(pod.status);
        makeSafe(pod.ready);
    }
}

void makeSafe(AnalysisRunInfo &run)
{
    makeSafe(run.meta);
    makeSafe(run.status);
    makeSafe(run.message);
    for (JobInfo &job : run.jobs) {
        makeSafe(job.meta);
        makeSafe(job.status);
        makeSafe(job.metricName);
    }
    for (NonJobInfo &n : run.nonJobInfo) {
        makeSafe(n.value);
        makeSafe(n.status);
        makeSafe(n.metricName);
    }
    for (MetricInfo &m : run.metrics) {
        makeSafe(m.name);
        makeSafe(m.successCondition);
    }
}

void makeSafe(ExperimentInfo &ex)
{
    makeSafe(ex.meta);
    makeSafe(ex.status);
    makeSafe(ex.message);
    for (ReplicaSetInfo &rs : ex.replicaSets)
        makeSafe(rs);
    for (AnalysisRunInfo &run : ex.analysisRuns)
        makeSafe(run);
}

void makeSafe(QList<ContainerInfo> &containers)
{
    for (ContainerInfo &c : containers) {
        makeSafe(c.name);
        makeSafe(c.image);
    }
}

// The program's own sequences: SGR ("ESC[" digits and ';' "m") and the watch redraw.
qsizetype ownSequenceLength(const QByteArray &text, qsizetype at, bool *incomplete)
{
    *incomplete = false;
    qsizetype i = at + 1;
    if (i >= text.size()) {
        *incomplete = true;
        return 0;
    }
    if (text.at(i) != '[')
        return 0;
    for (++i; i < text.size(); ++i) {
        const char c = text.at(i);
        if ((c >= '0' && c <= '9') || c == ';')
            continue;
        const QByteArray params = text.mid(at + 2, i - at - 2);
        if (c == 'm' || (c == 'H' && (params.isEmpty() || params == "0;0")) ||
            (c == 'J' && params == "2"))
            return i + 1 - at;
        return 0;
    }
    *incomplete = i - at < 16; // longer parameter runs are not ours
    return 0;
}

} // namespace

QString safe(QStringView text, Lines lines)
{
    qsizetype i = 0;
    while (i < text.size() && !isControl(text[i].unicode()))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out = text.left(i).toString();
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const QString e = escaped(c, lines);
        if (e.isEmpty() || e == u"\n")
            out += QChar(c);
        else
            out += e;
    }
    return out;
}

RolloutInfo safe(const RolloutInfo &info)
{
    RolloutInfo out = info;
    makeSafe(out.meta);
    makeSafe(out.resourceVersion);
    makeSafe(out.status);
    makeSafe(out.message);
    makeSafe(out.parseError); // strategy is an enum: nothing of the cluster in it
    makeSafe(out.step);
    makeSafe(out.setWeight);
    makeSafe(out.actualWeight);
    makeSafe(out.restartedAt);
    makeSafe(out.generation);
    makeSafe(out.containers);
    makeSafe(out.initContainers);
    makeSafe(out.stableContainers);
    for (ReplicaSetInfo &rs : out.replicaSets)
        makeSafe(rs);
    for (ExperimentInfo &ex : out.experiments)
        makeSafe(ex);
    for (AnalysisRunInfo &run : out.analysisRuns)
        makeSafe(run);
    return out;
}

ExperimentInfo safe(const ExperimentInfo &info)
{
    ExperimentInfo out = info;
    makeSafe(out);
    return out;
}

QByteArray filterOutput(QByteArray &pending, const QByteArray &chunk)
{
    const QByteArray text = pending + chunk;
    pending.clear();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == 0x1b) {
            bool incomplete = false;
            const qsizetype n = ownSequenceLength(text, i, &incomplete);
            if (incomplete) {
                pending = text.mid(i);
                return out;
            }
            if (n > 0) {
                out += text.mid(i, n);
                i += n - 1;
                continue;
            }
        }
        // A C1 control is U+0080..U+009F, in UTF-8 0xC2 0x80..0x9F.
        if (c == 0xc2) {
            if (i + 1 >= text.size()) {
                pending = text.mid(i);
                return out;
            }
            const auto next = static_cast<unsigned char>(text.at(i + 1));
            if (next >= 0x80 && next <= 0x9f) {
                out += escaped(next, Lines::Keep).toLatin1();
                ++i;
                continue;
            }
        }
        if (c == 0xd8 || c == 0xe2) {
            const qsizetype n = bidiControlLength(text, i);
            if (n < 0) {
                pending = text.mid(i);
                return out;
            }
            if (n > 0) {
                out += escaped(QString::fromUtf8(text.mid(i, n)).at(0).unicode(), Lines::Keep)
                           .toLatin1();
                i += n - 1;
                continue;
            }
        }
        if ((c < 0x20 || c == 0x7f) && c != '\n' && c != '\t') {
            out += escaped(c, Lines::Keep).toLatin1();
            continue;
        }
        out += char(c);
    }
    return out;
}

} // namespace rd::core::terminal
