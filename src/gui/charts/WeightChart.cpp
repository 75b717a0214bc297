#include "gui/charts/WeightChart.h"

#include "gui/PlainText.h"
#include "gui/StatusColours.h"
#include "gui/i18n/LocaleFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

using Kind = core::WeightMarkerKind;

// The marker series, one glyph each; a series shows some kinds.
enum Glyph {
    UpdateGlyph,
    PauseGlyph,
    ResumeGlyph,
    PromotionGlyph,
    AbortGlyph,
    RetryGlyph,
    CompletedGlyph,
    GlyphCount
};

Glyph glyphOf(Kind kind)
{
    switch (kind) {
    case Kind::Updated:
        return UpdateGlyph;
    case Kind::Paused:
        return PauseGlyph;
    case Kind::Resumed:
        return ResumeGlyph;
    case Kind::Promoted:
    case Kind::PromotedFull:
        return PromotionGlyph;
    case Kind::Aborted:
        return AbortGlyph;
    case Kind::Retried:
        return RetryGlyph;
    case Kind::Completed:
        return CompletedGlyph;
    }
    return UpdateGlyph;
}

qreal msecs(const QDateTime &t)
{
    return qreal(t.toMSecsSinceEpoch());
}

QString percent(int weight)
{
    return QLocale().toString(weight);
}

// "revision 2 (image …)" as the labels and the description name a segment.
QString revisionText(const core::WeightSegment &s)
{
    if (s.image.isEmpty())
        //: Weight chart: a segment's revision when its image is not known
        return WeightChart::tr("revision %1").arg(s.revision);
    //: Weight chart: a segment's revision and image
    return WeightChart::tr("revision %1 (image %2)").arg(s.revision).arg(s.image);
}

} // namespace

class WeightChartPrivate
{
public:
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLineSeries *canaryUpper = nullptr; // the canary's share (the area's edge)
    QLineSeries *stableLower = nullptr; // the same edge, the stable area's lower bound
    QLineSeries *stableUpper = nullptr; // 100 %
    QAreaSeries *canaryArea = nullptr;
    QAreaSeries *stableArea = nullptr;
    QLineSeries *setWeight = nullptr;
    QLineSeries *actualWeight = nullptr;
    QLineSeries *resumeLine = nullptr; // where a timed pause ends
    QScatterSeries *glyphs[GlyphCount] = {};
    QList<core::WeightMarker> glyphMarkers[GlyphCount];
    QDateTimeAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    QList<QGraphicsSimpleTextItem *> labels;
    QList<qreal> labelX;
    QGraphicsSimpleTextItem *countdown = nullptr;

    core::WeightSeries series;
    QDateTime now;
    QString summary;
    QString countdownText;
};

WeightChart::WeightChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<WeightChartPrivate>())
{
    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignRight);
    // Up to twelve entries, one per line beside the plot, in a smaller font.
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    d->chart->legend()->setFont(legendFont);
    d->chart->legend()->setShowToolTips(true);
    d->canaryUpper = new QLineSeries(d->chart);
    d->stableLower = new QLineSeries(d->chart);
    d->stableUpper = new QLineSeries(d->chart);
    d->canaryArea = new QAreaSeries(d->canaryUpper);
    d->stableArea = new QAreaSeries(d->stableUpper, d->stableLower);
    const auto fill = [](QAreaSeries *area, QColor colour) {
        QPen edge(colour);
        edge.setWidthF(0.5);
        area->setPen(edge);
        colour.setAlpha(120);
        area->setBrush(colour);
    };
    fill(d->canaryArea, StatusColours::canaryShare());
    fill(d->stableArea, StatusColours::stableShare());
    d->setWeight = new QLineSeries(d->chart);
    d->actualWeight = new QLineSeries(d->chart);
    d->resumeLine = new QLineSeries(d->chart);
    QPen actualPen(QColor(0x1f, 0x6f, 0xd1));
    actualPen.setWidthF(2.0);
    actualPen.setStyle(Qt::DashLine);
    d->actualWeight->setPen(actualPen);
    QPen resumePen(StatusColours::stableShare().darker(150));
    resumePen.setWidthF(1.5);
    resumePen.setStyle(Qt::DotLine);
    d->resumeLine->setPen(resumePen);
    const auto scatter = [&](QColor colour, QScatterSeries::MarkerShape shape, qreal size) {
        auto *s = new QScatterSeries(d->chart);
        s->setColor(colour);
        s->setBorderColor(colour.darker(150));
        s->setMarkerShape(shape);
        s->setMarkerSize(size);
        return s;
    };
    d->glyphs[UpdateGlyph] =
        scatter(QColor(0x5b, 0x64, 0x70), QScatterSeries::MarkerShapeCircle, 9);
    d->glyphs[PauseGlyph] =
        scatter(QColor(0xe8, 0xa3, 0x17), QScatterSeries::MarkerShapeRectangle, 10);
    d->glyphs[ResumeGlyph] =
        scatter(QColor(0x2e, 0x9d, 0x4c), QScatterSeries::MarkerShapeTriangle, 11);
    d->glyphs[PromotionGlyph] =
        scatter(QColor(0x88, 0x4e, 0xc9), QScatterSeries::MarkerShapeStar, 14);
    d->glyphs[AbortGlyph] =
        scatter(QColor(0xd1, 0x34, 0x38), QScatterSeries::MarkerShapeRotatedRectangle, 13);
    d->glyphs[RetryGlyph] =
        scatter(QColor(0x1f, 0x6f, 0xd1), QScatterSeries::MarkerShapePentagon, 12);
    d->glyphs[CompletedGlyph] =
        scatter(QColor(0x0e, 0x6b, 0x1f), QScatterSeries::MarkerShapeCircle, 12);

    // The set weight is drawn in the palette's text colour, over both shares.
    QPen setPen(palette().color(QPalette::WindowText));
    setPen.setWidthF(2.0);
    d->setWeight->setPen(setPen);

    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(d->stableArea),
                               static_cast<QAbstractSeries *>(d->canaryArea),
                               static_cast<QAbstractSeries *>(d->setWeight),
                               static_cast<QAbstractSeries *>(d->actualWeight),
                               static_cast<QAbstractSeries *>(d->resumeLine)})
        d->chart->addSeries(s);
    for (int g = 0; g < GlyphCount; ++g) {
        d->chart->addSeries(d->glyphs[g]);
        // Tooltips: the marker under the pointer says what happened, when and by whom.
        connect(d->glyphs[g], &QScatterSeries::hovered, this, [this, g](QPointF at, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QList<core::WeightMarker> &markers = d->glyphMarkers[g];
            const core::WeightMarker *nearest = nullptr;
            for (const core::WeightMarker &m : markers) {
                if (!nearest ||
                    std::abs(msecs(m.time) - at.x()) < std::abs(msecs(nearest->time) - at.x()))
                    nearest = &m;
            }
            if (nearest)
                QToolTip::showText(QCursor::pos(), plainToolTip(markerText(*nearest)), d->view);
        });
    }
    d->axisX = new QDateTimeAxis(d->chart);
    d->axisX->setTickCount(5);
    d->axisY = new QValueAxis(d->chart);
    d->axisY->setRange(0, 100);
    d->axisY->setTickCount(6);
    d->axisY->setLabelFormat(u"%.0f %"_s);
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisY, Qt::AlignLeft);
    for (auto *s : d->chart->series()) {
        s->attachAxis(d->axisX);
        s->attachAxis(d->axisY);
    }
    d->countdown = new QGraphicsSimpleTextItem(d->chart);
    d->countdown->setZValue(20);
    QFont bold = font();
    bold.setBold(true);
    d->countdown->setFont(bold);
    connect(d->chart, &QChart::plotAreaChanged, this, [this] { placeLabels(); });

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    retranslateUi();
    setData(core::WeightSeries{});
}

WeightChart::~WeightChart() = default;

void WeightChart::retranslateUi()
{
    // LanguageManager sets QLocale's default before the LanguageChange: times and numbers on the
    // axes follow the chosen language (QDateTimeAxis always formats with the chart's locale).
    d->chart->setLocale(QLocale());
    d->chart->setLocalizeNumbers(true);
    d->axisX->setFormat(LocaleFormat::timeFormatWithSeconds());
    //: Weight chart legend: the canary's share of the traffic
    d->canaryArea->setName(tr("Canary"));
    //: Weight chart legend: the stable version's share of the traffic
    d->stableArea->setName(tr("Stable"));
    d->setWeight->setName(tr("Set weight"));
    d->actualWeight->setName(tr("Actual weight"));
    //: Weight chart legend: when a timed pause ends by itself
    d->resumeLine->setName(tr("Pause ends"));
    //: Weight chart legend: a marker glyph
    d->glyphs[UpdateGlyph]->setName(tr("Update"));
    d->glyphs[PauseGlyph]->setName(tr("Pause"));
    //: Weight chart legend: a marker glyph
    d->glyphs[ResumeGlyph]->setName(tr("Resume"));
    d->glyphs[PromotionGlyph]->setName(tr("Promotion"));
    d->glyphs[AbortGlyph]->setName(tr("Abort"));
    //: Weight chart legend: a marker glyph
    d->glyphs[RetryGlyph]->setName(tr("Retry"));
    //: Weight chart legend: a marker glyph (the revision became stable)
    d->glyphs[CompletedGlyph]->setName(tr("Completed"));
    setAccessibleName(tr("Weight chart"));
    d->view->setAccessibleName(tr("Canary weight over time"));
    if (d->now.isValid())
        redraw();
}

void WeightChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WeightChart::setData(const core::WeightSeries &series, const QDateTime &now)
{
    d->series = series;
    d->now = now;
    redraw();
}

void WeightChart::redraw()
{
    const core::WeightSeries &s = d->series;
    const QDateTime now = d->now;
    QList<QPointF> canary, top, set, actual;
    // Step lines: each segment holds its value from its start to its end.
    for (const core::WeightSegment &g : s.segments) {
        for (const QDateTime &t : {g.start, g.end}) {
            canary << QPointF(msecs(t), g.canaryShare());
            top << QPointF(msecs(t), 100);
            set << QPointF(msecs(t), g.setWeight);
        }
    }
    int lastActual = -1;
    for (const core::WeightPoint &p : s.actual) {
        if (lastActual >= 0)
            actual << QPointF(msecs(p.time), lastActual);
        actual << QPointF(msecs(p.time), p.weight);
        lastActual = p.weight;
    }
    d->canaryUpper->replace(canary);
    d->stableLower->replace(canary);
    d->stableUpper->replace(top);
    d->setWeight->replace(set);
    d->actualWeight->replace(actual);

    QList<QPointF> points[GlyphCount];
    for (int g = 0; g < GlyphCount; ++g)
        d->glyphMarkers[g].clear();
    for (const core::WeightMarker &m : s.markers) {
        const Glyph g = glyphOf(m.kind);
        points[g] << QPointF(msecs(m.time), m.weight);
        d->glyphMarkers[g] << m;
    }
    for (int g = 0; g < GlyphCount; ++g) {
        d->glyphs[g]->replace(points[g]);
        // Only the kinds that happened are explained in the legend.
        for (QLegendMarker *marker : d->chart->legend()->markers(d->glyphs[g]))
            marker->setVisible(!points[g].isEmpty());
    }

    // The x range: the whole story up to now, and the end of a timed pause if it is near.
    QDateTime from = now.addSecs(-60);
    QDateTime to = now;
    if (!s.segments.isEmpty())
        from = std::min(from, s.segments.first().start);
    for (const core::WeightPoint &p : s.actual)
        from = std::min(from, p.time);
    QList<QPointF> resume;
    d->countdownText.clear();
    if (s.countdown) {
        const QDateTime end = s.countdown->resumesAt();
        if (end.isValid() && end > now && now.secsTo(end) <= 3600) {
            to = std::max(to, end);
            resume << QPointF(msecs(end), 0) << QPointF(msecs(end), 100);
        }
        d->countdownText = countdownText(*s.countdown, now);
    }
    d->resumeLine->replace(resume);
    for (QLegendMarker *marker : d->chart->legend()->markers(d->resumeLine))
        marker->setVisible(!resume.isEmpty());
    for (QLegendMarker *marker : d->chart->legend()->markers(d->actualWeight))
        marker->setVisible(!actual.isEmpty());
    const qint64 span = std::max<qint64>(from.msecsTo(to), 10'000);
    d->axisX->setRange(from.addMSecs(-span / 50).toLocalTime(),
                       to.addMSecs(span / 50 + 1000).toLocalTime());

    // A label where the revision changes (and at the start): its revision and image.
    qDeleteAll(d->labels);
    d->labels.clear();
    d->labelX.clear();
    qint64 revision = -1;
    bool stable = false;
    for (const core::WeightSegment &g : s.segments) {
        if (g.revision == revision && g.stable == stable)
            continue;
        revision = g.revision;
        stable = g.stable;
        auto *label = new QGraphicsSimpleTextItem(d->chart);
        //: Weight chart: label of the stretch where a revision is the stable version
        const QString text = g.stable ? tr("Stable: %1").arg(revisionText(g))
                                      //: Weight chart: label of a canary stretch
                                      : tr("Canary: %1").arg(revisionText(g));
        label->setText(text);
        label->setToolTip(plainToolTip(text));
        label->setZValue(15);
        label->setBrush(palette().color(QPalette::WindowText));
        d->labels << label;
        d->labelX << msecs(g.start);
    }
    d->countdown->setText(d->countdownText);
    d->countdown->setVisible(!d->countdownText.isEmpty());
    placeLabels();

    d->summary = describe(s, now);
    if (accessibleDescription() != d->summary) {
        setAccessibleDescription(d->summary);
        d->view->setAccessibleDescription(d->summary);
    }
}

void WeightChart::placeLabels()
{
    const QRectF plot = d->chart->plotArea();
    qreal freeFrom = plot.left();
    int row = 0;
    for (qsizetype i = 0; i < d->labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = d->labels.at(i);
        const QPointF at = d->chart->mapToPosition(QPointF(d->labelX.at(i), 100), d->setWeight);
        // Inside the plot: a label near the right edge moves left to stay readable.
        const qreal width = label->boundingRect().width();
        const qreal left =
            std::max(std::min(at.x() + 3, plot.right() - width - 2), plot.left() + 2);
        // Two rows of labels; a third that would overlap is left to its tooltip and the summary.
        row = left < freeFrom ? row + 1 : 0;
        label->setVisible(row < 2);
        label->setPos(left, plot.top() + 2 + row * (label->boundingRect().height() + 1));
        if (row == 0)
            freeFrom = left + width + 6;
    }
    const QRectF box = d->countdown->boundingRect();
    d->countdown->setPos(plot.right() - box.width() - 4, plot.bottom() - box.height() - 4);
}

QString WeightChart::describe(const core::WeightSeries &s, const QDateTime &now)
{
    if (s.segments.isEmpty())
        return tr("No weight history is known for this rollout yet.");
    const core::WeightSegment &last = s.segments.constLast();
    QStringList parts;
    if (last.stable)
        parts << tr("Stable at 100 %, %1").arg(revisionText(last));
    else if (last.aborted)
        parts << tr("Aborted: canary weight 0 %, %1; all traffic is on the stable version")
                     .arg(revisionText(last));
    else
        parts << tr("Canary weight %1 %, %2").arg(percent(last.setWeight), revisionText(last));
    if (s.countdown)
        parts << countdownText(*s.countdown, now);
    int promotions = 0, aborts = 0, pauses = 0;
    for (const core::WeightMarker &m : s.markers) {
        promotions += m.kind == Kind::Promoted || m.kind == Kind::PromotedFull;
        aborts += m.kind == Kind::Aborted;
        pauses += m.kind == Kind::Paused;
    }
    //: Separates the parts of the weight chart's summary (a list joiner)
    const QString separator = tr(", ");
    QStringList counts;
    if (pauses > 0)
        counts << tr("%n pause(s)", nullptr, pauses);
    if (promotions > 0)
        counts << tr("%n promotion(s)", nullptr, promotions);
    if (aborts > 0)
        counts << tr("%n abort(s)", nullptr, aborts);
    if (!counts.isEmpty())
        //: Weight chart summary: %1 lists counts, e.g. "2 pauses, 1 promotion"
        parts << tr("marked: %1").arg(counts.join(separator));
    QString out = parts.join(separator);
    // The newest marker in words, as its tooltip says it (the glyphs are not reachable by
    // keyboard or screen reader).
    if (!s.markers.isEmpty())
        //: Weight chart summary: the newest marker's text (time: what, by whom)
        //: Weight chart summary: ends the summary before the newest marker's sentence
        out += tr(". ") +
               tr("Latest: %1").arg(markerText(s.markers.constLast()).replace(u'\n', u"; "_s));
    return out;
}

QString WeightChart::countdownText(const core::PauseCountdown &c, const QDateTime &now)
{
    const QString step = c.step;
    switch (c.wait) {
    case core::PauseWait::Timed: {
        const qint64 left = c.remainingSeconds(now).value_or(0);
        if (left <= 0)
            return step.isEmpty() ? tr("paused, resuming now")
                                  : tr("paused at step %1, resuming now").arg(step);
        const QString in = LocaleFormat::duration(left * 1000);
        return step.isEmpty() ? tr("paused, resumes in %1").arg(in)
                              : tr("paused at step %1, resumes in %2").arg(step, in);
    }
    case core::PauseWait::UntilPromoted:
        return step.isEmpty() ? tr("paused until someone promotes it")
                              : tr("paused at step %1 until someone promotes it").arg(step);
    case core::PauseWait::UntilResumed:
        return tr("paused by a person until someone resumes it");
    case core::PauseWait::Unknown:
        break;
    }
    //: %1 is the pause condition's reason from the cluster, e.g. BlueGreenPause
    return c.reason.isEmpty() ? tr("paused") : tr("paused (%1)").arg(c.reason);
}

QString WeightChart::markerText(const core::WeightMarker &m)
{
    QString what;
    switch (m.kind) {
    case Kind::Updated:
        what = tr("Updated to revision %1").arg(m.revision);
        break;
    case Kind::Paused:
        what = tr("Paused at %1 %").arg(percent(m.weight));
        break;
    case Kind::Resumed:
        what = tr("Resumed");
        break;
    case Kind::Promoted:
        what = m.inferred ? tr("Promoted (the pause ended before its time; read from the "
                               "cluster's Events)")
                          : tr("Promoted");
        break;
    case Kind::PromotedFull:
        what = m.inferred ? tr("Fully promoted (read from the completion's reason)")
                          : tr("Fully promoted");
        break;
    case Kind::Aborted:
        what = tr("Aborted: all traffic back on the stable version");
        break;
    case Kind::Retried:
        what = tr("Retried");
        break;
    case Kind::Completed:
        what = tr("Revision %1 completed: it is the stable version").arg(m.revision);
        break;
    }
    QStringList lines{tr("%1: %2").arg(LocaleFormat::dateTime(m.time), what)};
    if (!m.actor.isEmpty())
        lines << tr("By %1").arg(m.actor);
    if (!m.reason.isEmpty())
        lines << tr("Reason given: %1").arg(m.reason);
    if (!m.message.isEmpty())
        lines << m.message;
    return lines.join(u'\n');
}

QString WeightChart::summary() const
{
    return d->summary;
}

int WeightChart::setWeightPointCount() const
{
    return int(d->setWeight->count());
}

QStringList WeightChart::segmentLabels() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *label : d->labels)
        out << label->text();
    return out;
}

QStringList WeightChart::markerToolTips() const
{
    QStringList out;
    for (const core::WeightMarker &m : d->series.markers)
        out << markerText(m);
    return out;
}

QString WeightChart::countdownText() const
{
    return d->countdownText;
}

bool WeightChart::savePng(const QString &path) const
{
    return d->view->grab().save(path, "PNG");
}

} // namespace rd::gui
