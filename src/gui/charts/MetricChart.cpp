#include "gui/charts/MetricChart.h"

#include "gui/PlainText.h"
#include "gui/StatusColours.h"
#include "gui/i18n/LocaleFormat.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

// The phases a point can be drawn in; anything else (Running, Pending) is the last one.
const QStringList &plottedPhases()
{
    static const QStringList phases{u"Successful"_s, u"Failed"_s, u"Inconclusive"_s, u"Error"_s,
                                    u"Running"_s};
    return phases;
}

qsizetype phaseSlot(const QString &phase)
{
    const qsizetype i = plottedPhases().indexOf(phase);
    return i < 0 ? plottedPhases().size() - 1 : i;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

class MetricChartPrivate
{
public:
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLineSeries *values = nullptr;     // joins the numeric measurements in time order
    QList<QScatterSeries *> phases;    // one per plottedPhases()
    QScatterSeries *noValue = nullptr; // measurements without a number, along the bottom
    QList<QLineSeries *> thresholds;   // rebuilt with the metric
    QLineSeries *next = nullptr;       // the next measurement's time
    QDateTimeAxis *x = nullptr;
    QValueAxis *y = nullptr;

    void attach(QAbstractSeries *s)
    {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
};

MetricChart::MetricChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<MetricChartPrivate>())
    , m_note(plainLabel(new QLabel(this)))
{
    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->x = new QDateTimeAxis(d->chart);
    d->x->setTickCount(5);
    d->y = new QValueAxis(d->chart);
    d->y->setTickCount(5);
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);

    d->values = new QLineSeries(d->chart);
    QPen valuePen(QColor(0x5b, 0x64, 0x70));
    valuePen.setWidthF(1.5);
    d->values->setPen(valuePen);
    d->attach(d->values);
    for (const QString &phase : plottedPhases()) {
        auto *s = new QScatterSeries(d->chart);
        const QColor c = StatusColours::analysisPhase(phase);
        s->setColor(c);
        s->setBorderColor(c.darker(130));
        s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        s->setMarkerSize(10);
        d->attach(s);
        d->phases.append(s);
    }
    d->noValue = new QScatterSeries(d->chart);
    d->noValue->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    d->noValue->setMarkerSize(9);
    d->noValue->setColor(QColor(0x5b, 0x64, 0x70));
    d->attach(d->noValue);
    d->next = new QLineSeries(d->chart);
    QPen nextPen(QColor(0x1f, 0x6f, 0xd1));
    nextPen.setStyle(Qt::DotLine);
    nextPen.setWidthF(1.5);
    d->next->setPen(nextPen);
    d->attach(d->next);

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(150);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    layout->addWidget(m_note);
    rebuild();
}

MetricChart::~MetricChart() = default;

void MetricChart::setMetric(const std::optional<core::MetricBudget> &metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
}

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString MetricChart::conditionWords(const core::SimpleCondition &condition) const
{
    QStringList parts;
    for (const core::Comparison &c : condition.comparisons)
        parts << core::compareOpSymbol(c.op) + u' ' + number(c.threshold);
    //: Joins the comparisons of one condition: "≥ 0 and ≤ 0.01"
    return parts.join(tr(" and "));
}

void MetricChart::rebuild()
{
    // LanguageManager sets QLocale's default before the LanguageChange (see WeightChart).
    d->chart->setLocale(QLocale());
    d->chart->setLocalizeNumbers(true);
    d->x->setFormat(LocaleFormat::timeFormatWithSeconds());
    d->values->setName(tr("Measured value"));
    const QStringList phaseNames{tr("Successful"), tr("Failed"), tr("Inconclusive"), tr("Error"),
                                 tr("Running")};
    for (qsizetype i = 0; i < d->phases.size(); ++i)
        d->phases.at(i)->setName(phaseNames.at(i));
    d->noValue->setName(tr("No numeric value"));
    d->next->setName(tr("Next measurement"));
    for (QLineSeries *s : std::as_const(d->thresholds)) {
        d->chart->removeSeries(s);
        delete s;
    }
    d->thresholds.clear();

    QList<QList<QPointF>> byPhase(d->phases.size());
    QList<QPointF> line;
    QList<double> ys;
    QList<QPair<QDateTime, QString>> missing;
    QDateTime first, last;
    const core::MetricSeries series = m_metric ? m_metric->series : core::MetricSeries();
    for (const core::MeasurementPoint &p : series.points) {
        if (!first.isValid() || p.time < first)
            first = p.time;
        if (!last.isValid() || p.time > last)
            last = p.time;
        if (!p.number) {
            missing.append({p.time, p.phase});
            continue;
        }
        const QPointF pt(qreal(p.time.toMSecsSinceEpoch()), *p.number);
        byPhase[phaseSlot(p.phase)].append(pt);
        line.append(pt);
        ys.append(*p.number);
    }
    if (m_metric && m_metric->nextMeasurement.isValid())
        last =
            std::max(last.isValid() ? last : m_metric->nextMeasurement, m_metric->nextMeasurement);
    if (!first.isValid())
        first = last.isValid() ? last : QDateTime::currentDateTimeUtc();
    if (!last.isValid())
        last = first;
    // Some room either side, and a readable span for a single measurement.
    const qint64 span = std::max<qint64>(first.msecsTo(last), 60'000);
    const QDateTime from = first.addMSecs(-span / 10);
    const QDateTime to = last.addMSecs(span / 10);

    const auto addThresholds = [&](const std::optional<core::SimpleCondition> &condition,
                                   bool success) {
        if (!condition)
            return;
        for (const core::Comparison &c : condition->comparisons) {
            auto *s = new QLineSeries(d->chart);
            QPen pen(success ? StatusColours::successThreshold()
                             : StatusColours::failureThreshold());
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(2);
            s->setPen(pen);
            const QString comparison = core::compareOpSymbol(c.op) + u' ' + number(c.threshold);
            s->setName(success ? tr("Success when %1").arg(comparison)
                               : tr("Failure when %1").arg(comparison));
            // Three points: the middle one carries the line's name on the plot itself, where
            // the legend may have to shorten it.
            const qint64 a = from.toMSecsSinceEpoch(), b = to.toMSecsSinceEpoch();
            s->append(qreal(a), c.threshold);
            s->append(qreal(a + (b - a) / 2), c.threshold);
            s->append(qreal(b), c.threshold);
            s->setPointLabelsFormat(s->name());
            s->setPointLabelsColor(pen.color().darker(120));
            s->setPointLabelsClipping(false);
            s->setPointLabelsVisible(true);
            s->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);
            s->setPointConfiguration(2, QXYSeries::PointConfiguration::LabelVisibility, false);
            d->attach(s);
            d->thresholds.append(s);
            ys.append(c.threshold);
        }
    };
    addThresholds(series.success, true);
    addThresholds(series.failure, false);

    double lo = 0, hi = 1;
    if (!ys.isEmpty()) {
        lo = *std::min_element(ys.cbegin(), ys.cend());
        hi = *std::max_element(ys.cbegin(), ys.cend());
    }
    const double pad = hi > lo ? (hi - lo) * 0.15 : std::max(1.0, std::abs(hi) * 0.1);
    lo -= pad;
    hi += pad;
    d->y->setRange(lo, hi);
    d->y->applyNiceNumbers();
    lo = d->y->min();
    hi = d->y->max();
    // Without a number or a threshold the height means nothing.
    d->y->setLabelsVisible(!ys.isEmpty());
    d->x->setRange(from.toLocalTime(), to.toLocalTime());

    d->values->replace(line);
    for (qsizetype i = 0; i < d->phases.size(); ++i)
        d->phases.at(i)->replace(byPhase.at(i));
    // Without a number there is no height: such measurements sit on the bottom edge, in their
    // phase's colour.
    QList<QPointF> bottom;
    for (const auto &m : std::as_const(missing))
        bottom.append(QPointF(qreal(m.first.toMSecsSinceEpoch()), lo));
    d->noValue->replace(bottom);
    for (qsizetype i = 0; i < missing.size(); ++i)
        d->noValue->setPointConfiguration(
            int(i), QXYSeries::PointConfiguration::Color,
            StatusColours::analysisPhase(plottedPhases().at(phaseSlot(missing.at(i).second))));
    QList<QPointF> nextLine;
    if (m_metric && m_metric->nextMeasurement.isValid()) {
        const qreal t = qreal(m_metric->nextMeasurement.toMSecsSinceEpoch());
        nextLine << QPointF(t, lo) << QPointF(t, hi);
    }
    d->next->replace(nextLine);
    // The legend lists only what is drawn.
    for (QLegendMarker *marker : d->chart->legend()->markers()) {
        const auto *xy = qobject_cast<QXYSeries *>(marker->series());
        marker->setVisible(xy && xy->count() > 0 && xy != d->values);
    }

    d->chart->setTitle(m_metric ? tr("Metric %1").arg(m_metric->metric) : QString());
    QStringList notes;
    if (m_metric && m_metric->nextMeasurement.isValid())
        notes << tr("Next measurement at %1.")
                     .arg(QLocale().toString(m_metric->nextMeasurement.toLocalTime().time(),
                                             LocaleFormat::timeFormatWithSeconds()));
    if (m_metric && !m_metric->successCondition.isEmpty() && !series.success)
        notes << tr("The success condition “%1” is not a simple comparison and is not drawn.")
                     .arg(m_metric->successCondition);
    if (m_metric && !m_metric->failureCondition.isEmpty() && !series.failure)
        notes << tr("The failure condition “%1” is not a simple comparison and is not drawn.")
                     .arg(m_metric->failureCondition);
    if (!missing.isEmpty())
        notes << tr("%n measurement(s) without a numeric value are marked along the bottom.",
                    nullptr, int(missing.size()));
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());

    setAccessibleName(m_metric ? tr("Chart of metric %1").arg(m_metric->metric)
                               : tr("Metric chart"));
    d->view->setAccessibleName(accessibleName());
    setAccessibleDescription(summary());
    d->view->setAccessibleDescription(accessibleDescription());
}

QString MetricChart::summary() const
{
    if (!m_metric)
        return tr("No metric selected.");
    const core::MetricSeries &s = m_metric->series;
    QStringList parts;
    if (!s.points.isEmpty()) {
        const core::MeasurementPoint &lastPoint = s.points.constLast();
        parts << (lastPoint.number ? tr("last %1").arg(number(*lastPoint.number))
                  : lastPoint.value.isEmpty()
                      //: The last measurement has no value; %1 is its phase (Error, Running)
                      ? tr("last without a value (%1)").arg(lastPoint.phase)
                      : tr("last %1").arg(lastPoint.value));
    }
    if (s.success)
        parts << tr("success when %1").arg(conditionWords(*s.success));
    else if (!m_metric->successCondition.isEmpty())
        parts << tr("success when %1 (not drawn)").arg(m_metric->successCondition);
    if (s.failure)
        parts << tr("fails when %1").arg(conditionWords(*s.failure));
    else if (!m_metric->failureCondition.isEmpty())
        parts << tr("fails when %1 (not drawn)").arg(m_metric->failureCondition);
    if (m_metric->nextMeasurement.isValid())
        parts << tr("next measurement at %1")
                     .arg(QLocale().toString(m_metric->nextMeasurement.toLocalTime().time(),
                                             LocaleFormat::timeFormatWithSeconds()));
    //: Start of the metric chart's description: "Metric success-rate: 5 measurements"
    QString text =
        tr("Metric %1: %n measurement(s)", nullptr, int(s.points.size())).arg(m_metric->metric);
    for (const QString &part : std::as_const(parts))
        //: Separates the parts of the metric chart's description
        text += tr(", ") + part;
    return text;
}

QStringList MetricChart::thresholdNames() const
{
    QStringList out;
    for (const QLineSeries *s : std::as_const(d->thresholds))
        out << s->name();
    return out;
}

int MetricChart::valuePointCount() const
{
    int n = 0;
    for (const QScatterSeries *s : std::as_const(d->phases))
        n += int(s->count());
    return n;
}

int MetricChart::noValuePointCount() const
{
    return int(d->noValue->count());
}

QString MetricChart::noteText() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

} // namespace rd::gui
