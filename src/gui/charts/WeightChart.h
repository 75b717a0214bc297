#pragma once

#include "gui/charts/WeightHistory.h"

#include <QWidget>

namespace rd::gui {

class WeightChartPrivate;

// The weight chart: set and actual weight over time with markers. The only class that touches
// Qt Charts (deprecated from Qt 6.10), so a later swap changes this folder only.
class WeightChart : public QWidget
{
    Q_OBJECT
public:
    explicit WeightChart(QWidget *parent = nullptr);
    ~WeightChart() override;

    void setSeries(const WeightHistory::Series *series);
    bool savePng(const QString &path) const;
    // Number of points drawn in the set-weight line (tests).
    int setWeightPointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    std::unique_ptr<WeightChartPrivate> d;
};

} // namespace rd::gui
