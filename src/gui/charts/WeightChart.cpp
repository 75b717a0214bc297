#include "gui/charts/WeightChart.h"

#include "gui/i18n/LocaleFormat.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

class WeightChartPrivate
{
public:
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLineSeries *setWeight = nullptr;
    QLineSeries *actualWeight = nullptr;
    QScatterSeries *steps = nullptr;
    QScatterSeries *pauses = nullptr;
    QScatterSeries *promotions = nullptr;
    QScatterSeries *aborts = nullptr;
    QDateTimeAxis *x = nullptr;
    QValueAxis *y = nullptr;
};

WeightChart::WeightChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<WeightChartPrivate>())
{
    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->setWeight = new QLineSeries(d->chart);
    d->actualWeight = new QLineSeries(d->chart);
    QPen setPen(QColor(0x1f, 0x6f, 0xd1));
    setPen.setWidthF(2.5);
    d->setWeight->setPen(setPen);
    QPen actualPen(QColor(0x2e, 0x9d, 0x4c));
    actualPen.setWidthF(2.0);
    actualPen.setStyle(Qt::DashLine);
    d->actualWeight->setPen(actualPen);
    auto scatter = [&](QColor color, QScatterSeries::MarkerShape shape) {
        auto *s = new QScatterSeries(d->chart);
        s->setColor(color);
        s->setBorderColor(color.darker(130));
        s->setMarkerShape(shape);
        s->setMarkerSize(9);
        return s;
    };
    d->steps = scatter(QColor(0x5b, 0x64, 0x70), QScatterSeries::MarkerShapeCircle);
    d->pauses = scatter(QColor(0xe8, 0xa3, 0x17), QScatterSeries::MarkerShapeRectangle);
    d->promotions = scatter(QColor(0x88, 0x4e, 0xc9), QScatterSeries::MarkerShapeCircle);
    d->aborts = scatter(QColor(0xd1, 0x34, 0x38), QScatterSeries::MarkerShapeRectangle);
    d->promotions->setMarkerSize(12);
    d->aborts->setMarkerSize(12);
    for (QXYSeries *s :
         {static_cast<QXYSeries *>(d->setWeight), static_cast<QXYSeries *>(d->actualWeight),
          static_cast<QXYSeries *>(d->steps), static_cast<QXYSeries *>(d->pauses),
          static_cast<QXYSeries *>(d->promotions), static_cast<QXYSeries *>(d->aborts)})
        d->chart->addSeries(s);
    d->x = new QDateTimeAxis(d->chart);
    d->x->setTickCount(5);
    d->y = new QValueAxis(d->chart);
    d->y->setRange(0, 100);
    d->y->setTickCount(6);
    d->y->setLabelFormat(u"%d %%"_s);
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    for (auto *s : d->chart->series()) {
        s->attachAxis(d->x);
        s->attachAxis(d->y);
    }
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setAccessibleName(tr("Weight chart"));
    retranslateUi();
    setSeries(nullptr);
}

WeightChart::~WeightChart() = default;

void WeightChart::retranslateUi()
{
    // LanguageManager sets QLocale's default before the LanguageChange: times and numbers on the
    // axes follow the chosen language (QDateTimeAxis always formats with the chart's locale).
    d->chart->setLocale(QLocale());
    d->chart->setLocalizeNumbers(true);
    d->x->setFormat(LocaleFormat::timeFormatWithSeconds());
    d->setWeight->setName(tr("Set weight"));
    d->actualWeight->setName(tr("Actual weight"));
    d->steps->setName(tr("Step change"));
    d->pauses->setName(tr("Pause"));
    d->promotions->setName(tr("Promotion"));
    d->aborts->setName(tr("Abort"));
    d->view->setAccessibleName(tr("Canary weight over time"));
}

void WeightChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WeightChart::setSeries(const WeightHistory::Series *series)
{
    QList<QPointF> setPts, actualPts, steps, pauses, promotions, aborts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime start = now.addSecs(-60);
    if (series && !series->samples.isEmpty()) {
        // From a little before the first sample: the chart covers what was watched.
        start = std::min(now.addSecs(-30), series->samples.first().time.addSecs(-5));
        // Step lines: hold each value until the next sample, and up to now.
        int lastSet = -1, lastActual = -1;
        for (const auto &s : series->samples) {
            const qreal t = qreal(s.time.toMSecsSinceEpoch());
            if (lastSet >= 0) {
                setPts << QPointF(t, lastSet);
                actualPts << QPointF(t, lastActual);
            }
            setPts << QPointF(t, s.setWeight);
            actualPts << QPointF(t, s.actualWeight);
            lastSet = s.setWeight;
            lastActual = s.actualWeight;
        }
        setPts << QPointF(qreal(now.toMSecsSinceEpoch()), lastSet);
        actualPts << QPointF(qreal(now.toMSecsSinceEpoch()), lastActual);
        auto weightAt = [&](const QDateTime &t) {
            int w = series->samples.first().setWeight;
            for (const auto &s : series->samples) {
                if (s.time <= t)
                    w = s.setWeight;
            }
            return w;
        };
        for (const auto &m : series->markers) {
            const QPointF p(qreal(m.time.toMSecsSinceEpoch()), weightAt(m.time));
            switch (m.kind) {
            case WeightHistory::MarkerKind::StepChange:
                steps << p;
                break;
            case WeightHistory::MarkerKind::Pause:
                pauses << p;
                break;
            case WeightHistory::MarkerKind::Promotion:
                promotions << p;
                break;
            case WeightHistory::MarkerKind::Abort:
                aborts << p;
                break;
            }
        }
    }
    d->setWeight->replace(setPts);
    d->actualWeight->replace(actualPts);
    d->steps->replace(steps);
    d->pauses->replace(pauses);
    d->promotions->replace(promotions);
    d->aborts->replace(aborts);
    d->x->setRange(start.toLocalTime(), now.addSecs(5).toLocalTime());
}

int WeightChart::setWeightPointCount() const
{
    return int(d->setWeight->count());
}

bool WeightChart::savePng(const QString &path) const
{
    return d->view->grab().save(path, "PNG");
}

} // namespace rd::gui
