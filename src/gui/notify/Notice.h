#pragma once

#include <QList>
#include <QString>

namespace rd::gui {

// What a desktop notification says about one rollout, and what it offers to do.
struct Notice
{
    // The transitions that need a person, each one a setting of its own.
    enum class Kind {
        WaitingForPerson, // an indefinite canary pause, a blue-green pause, an inconclusive
                          // analysis
        AnalysisFailed,   // a measurement failed or errored
        Aborted,          // aborted (and the Degraded it causes: one notice)
        Degraded,         // Degraded for another reason (progress deadline, ...)
        Completed,        // the update finished: Healthy again
    };
    enum class Action { Open, Promote, Abort };

    Kind kind = Kind::Completed;
    QString context;
    QString key; // the source's key of the rollout (namespace/name, or context/namespace/name)
    QString title;
    QString body;
    QList<Action> actions;
};

} // namespace rd::gui

#include <QMetaType>
Q_DECLARE_METATYPE(rd::gui::Notice)
