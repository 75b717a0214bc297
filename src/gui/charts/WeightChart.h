#pragma once

#include "core/timeline/WeightSeries.h"

#include <QDateTime>
#include <QWidget>

namespace rd::gui {

class WeightChartPrivate;

// The weight chart (issue 13): the rollout's story from its timeline, as traffic shares over time
// (canary red, stable amber), each stretch labelled with its revision and image, the set weight
// and the actual weight where known, markers for updates, pauses, resumes, promotions, aborts,
// retries and completions by anyone, and the current pause's countdown. The accessible
// description says the same in words. The only class that touches Qt Charts (deprecated from
// Qt 6.10), so a later swap changes this folder only.
class WeightChart : public QWidget
{
    Q_OBJECT
public:
    explicit WeightChart(QWidget *parent = nullptr);
    ~WeightChart() override;

    void setData(const core::WeightSeries &series,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool savePng(const QString &path) const;

    // What the chart shows, in words (also its accessible description).
    QString summary() const;
    // For tests: points of the set-weight line, the segment labels as drawn (with revision and
    // image), the markers' tooltips in time order, and the countdown's text (empty when none).
    int setWeightPointCount() const;
    QStringList segmentLabels() const;
    QStringList markerToolTips() const;
    QString countdownText() const;

    // The words for a series at `now`, e.g. "Canary weight 20 %, revision 2 (image …), paused
    // at step 1/8 until promoted".
    static QString describe(const core::WeightSeries &series, const QDateTime &now);
    static QString markerText(const core::WeightMarker &marker);
    static QString countdownText(const core::PauseCountdown &countdown, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void redraw();
    void placeLabels();
    std::unique_ptr<WeightChartPrivate> d;
};

} // namespace rd::gui
