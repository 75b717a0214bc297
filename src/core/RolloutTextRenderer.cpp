#include "RolloutTextRenderer.h"

#include "Icons.h"
#include "ListRows.h"
#include "RolloutInfoBuilder.h"
#include "RolloutPhase.h"
#include "RolloutTree.h"
#include "TabWriter.h"
#include "TerminalText.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

const QHash<QString, int> &colorCodes()
{
    static const QHash<QString, int> codes = {
        {QString::fromUtf16(icons::waiting), 33},
        {QString::fromUtf16(icons::progressing), 94},
        {QString::fromUtf16(icons::warning), 31},
        {QString::fromUtf16(icons::unknown), 33},
        {QString::fromUtf16(icons::ok), 32},
        {QString::fromUtf16(icons::bad), 31},
        {u"canary"_s, 33},
        {u"stable"_s, 32},
        {u"active"_s, 32},
        {u"preview"_s, 94},
        {u"ping"_s, 94},
        {u"pong"_s, 94},
        {u"Pending"_s, 94},
        {u"Running"_s, 94},
    };
    return codes;
}

// getPrefixes: the connector for this child and the indentation its own children continue with.
std::pair<QString, QString> prefixes(bool last, const QString &parentSub)
{
    if (last)
        return {parentSub + u"└──"_s, parentSub + u"   "_s};
    return {parentSub + u"├──"_s, parentSub + u"│  "_s};
}

QString cells(std::initializer_list<QString> parts)
{
    QString line;
    bool first = true;
    for (const QString &p : parts) {
        if (!first)
            line += u'\t';
        line += p;
        first = false;
    }
    return line;
}

} // namespace

bool RolloutTextRenderer::colorWanted(bool noColorFlag)
{
    return !noColorFlag && qEnvironmentVariable("TERM") != u"dumb";
}

QString RolloutTextRenderer::colorizeAs(const QString &text, const QString &status) const
{
    if (!m_color)
        return text;
    return u"\x1b["_s + QString::number(colorCodes().value(status, 0)) + u'm' + text + u"\x1b[0m"_s;
}

QString RolloutTextRenderer::colorize(const QString &token) const
{
    return colorizeAs(token, token);
}

QString RolloutTextRenderer::header(const QString &label, const QString &value) const
{
    return label.leftJustified(17, u' ') + value + u'\n';
}

QString RolloutTextRenderer::imagesBlock(const QList<ImageInfo> &images) const
{
    QString out;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const ImageInfo &image = images.at(i);
        QString text = image.image;
        if (!image.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : image.tags)
                tags.append(colorize(tag));
            text += u" ("_s + tags.join(u", "_s) + u')';
        }
        out += header(i == 0 ? u"Images:"_s : QString(), text);
    }
    return out;
}

QString RolloutTextRenderer::rollout(const RolloutInfo &unsafeInfo) const
{
    // Every string from the cluster is made terminal-safe before it is drawn.
    const RolloutInfo info = terminal::safe(unsafeInfo);
    QString out = identityHeader(info.meta, info.icon, info.status, info.message);
    out += header(u"Strategy:"_s, strategyName(info.strategy));
    if (info.strategy == Strategy::Canary) {
        out += header(u"  Step:"_s, info.step);
        out += header(u"  SetWeight:"_s, info.setWeight);
        out += header(u"  ActualWeight:"_s, info.actualWeight);
    }
    out += imagesBlock(info.images());
    out += u"Replicas:\n"_s;
    out += header(u"  Desired:"_s, QString::number(info.desired));
    out += header(u"  Current:"_s, QString::number(info.current));
    out += header(u"  Updated:"_s, QString::number(info.updated));
    out += header(u"  Ready:"_s, QString::number(info.ready));
    out += header(u"  Available:"_s, QString::number(info.available));
    out += u'\n';
    out += rolloutTree(info);
    return out;
}

QString RolloutTextRenderer::rolloutTree(const RolloutInfo &unsafeInfo) const
{
    const RolloutInfo info = terminal::safe(unsafeInfo);
    TabWriter w;
    w.addLine(u"NAME\tKIND\tSTATUS\tAGE\tINFO"_s);
    treeRows(w, RolloutTree::ofRollout(info, m_now), QString(), QString());
    return w.text();
}

void RolloutTextRenderer::treeRows(TabWriter &w, const RolloutTreeNode &node, const QString &prefix,
                                   const QString &subPrefix) const
{
    QString name = node.name;
    for (const QString &colour : node.nameColours)
        name = colorizeAs(name, colour);
    QStringList info;
    for (const TreeInfoPart &part : node.info)
        info.append((part.token.isEmpty() ? QString() : colorize(part.token)) + part.plain);
    // A revision row has a blank STATUS cell of one space, uncoloured.
    const QString status = node.kind == RolloutTreeNode::Kind::Revision
                               ? u" "_s
                               : colorize(node.icon) + u' ' + node.status;
    w.addLine(cells({prefix + node.kindIcon() + u' ' + name, node.kindText(), status,
                     node.ageText(m_now), info.join(u',')}));
    const size_t count = node.children.size();
    for (size_t i = 0; i < count; ++i) {
        const auto [p, s] = prefixes(i + 1 == count, subPrefix);
        treeRows(w, node.children[i], p, s);
    }
}

QString RolloutTextRenderer::identityHeader(const InfoMeta &meta, const QString &icon,
                                            const QString &status, const QString &message) const
{
    QString out = header(u"Name:"_s, meta.name);
    out += header(u"Namespace:"_s, meta.namespace_);
    out += header(u"Status:"_s, colorize(icon) + u' ' + status);
    if (!message.isEmpty())
        out += header(u"Message:"_s, message);
    return out;
}

QString RolloutTextRenderer::experiment(const ExperimentInfo &unsafeInfo) const
{
    const ExperimentInfo info = terminal::safe(unsafeInfo);
    QString out = identityHeader(info.meta, info.icon, info.status, info.message);
    out += imagesBlock(experimentImages(info));
    out += u'\n';

    TabWriter w;
    w.addLine(u"NAME\tKIND\tSTATUS\tAGE\tINFO"_s);
    treeRows(w, RolloutTree::ofExperiment(info, m_now), QString(), QString());
    out += w.text();
    return out;
}

QString RolloutTextRenderer::rolloutList(const QList<Rollout> &rollouts, bool allNamespaces)
{
    QList<RolloutListRow> rows;
    for (const Rollout &ro : rollouts)
        rows.append(RolloutListRow::of(ro));
    return ListTables::rollouts(rows, allNamespaces, false, {});
}

} // namespace rd::core
