#pragma once

#include "core/RolloutEnums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// Set and actual canary weight of each watched rollout over time, with markers for step
// changes, pauses, promotions and aborts. Recorded while the window watches; not persisted.
class WeightHistory : public QObject
{
    Q_OBJECT
public:
    struct Sample
    {
        QDateTime time;
        int setWeight = 0;
        int actualWeight = 0;
        qint64 step = -1;
    };
    enum class MarkerKind { StepChange, Pause, Promotion, Abort };
    struct Marker
    {
        QDateTime time;
        MarkerKind kind = MarkerKind::StepChange;
        QString text;
    };
    struct Series
    {
        QList<Sample> samples;
        QList<Marker> markers;
        core::Phase lastPhase = core::Phase::Unknown;
        bool lastAborted = false;
    };

    explicit WeightHistory(QObject *parent = nullptr);
    ~WeightHistory() override;

    // Adds a sample when weight or step changed, and markers for what changed.
    void record(const core::RolloutInfo &info,
                const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same under the source's key (which names the context when several are watched, so
    // equal namespace/name in two contexts keep two histories).
    void record(const QString &key, const core::RolloutInfo &info,
                const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A user action the window sent (promote, promote full).
    void addMarker(const QString &key, MarkerKind kind, const QString &text,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    void clear();
    // The rollout was deleted: its series goes with it (a long session must stay flat).
    void remove(const QString &key);

    // Samples and markers kept per rollout; the oldest go first.
    static constexpr qsizetype kMaxPoints = 5000;
    // Samples and markers of all rollouts together: past this, the oldest of them all go until a
    // quarter is free again (10,000 rollouts changing all day must not grow the window).
    static constexpr qsizetype kMaxPointsTotal = 60'000;
    qsizetype pointCount() const { return m_points; }

    const Series *series(const QString &key) const;
    // "time,set_weight,actual_weight,step" then one line per sample; markers as comment-free rows
    // "time,,,,event,text".
    QString toCsv(const QString &key) const;

Q_SIGNALS:
    void updated(const QString &key);

private:
    void trim(Series &s);
    void trimOldest();

    QHash<QString, Series> m_series;
    qsizetype m_points = 0; // samples and markers of every series
};

} // namespace rd::gui
