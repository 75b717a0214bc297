#include "CliText.h"

#include "core/RolloutInfo.h"
#include "core/TerminalText.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

QString rolloutNotFound(const QString &name)
{
    return u"rollout.argoproj.io \""_s + name + u"\" not found"_s;
}

QString degradedError(const QString &message)
{
    return u"The rollout is in a degraded state with message: "_s + message;
}

QString statusLine(const core::RolloutInfo &info, bool watching)
{
    // Status and message come from the cluster: escaped for the terminal.
    const QString status = core::terminal::safe(info.status);
    const QString message = core::terminal::safe(info.message);
    if (watching)
        return message.isEmpty() ? status : status + u" - "_s + message;
    if (info.status == u"Healthy" || info.status == u"Degraded")
        return status;
    return status + u" - "_s + message;
}

bool isRolloutKind(const QString &word)
{
    return word == u"rollout" || word == u"rollouts" || word == u"ro";
}

bool isExperimentKind(const QString &word)
{
    return word == u"experiment" || word == u"experiments" || word == u"exp";
}

bool isListRolloutsKind(const QString &word)
{
    return isRolloutKind(word);
}

bool isListExperimentsKind(const QString &word)
{
    return isExperimentKind(word);
}

bool isAnalysisRunKind(const QString &word)
{
    return word == u"analysisrun" || word == u"analysisruns" || word == u"ar";
}

bool isClusterAction(const QString &verb)
{
    static const QStringList actions{u"abort"_s, u"retry"_s,  u"promote"_s,
                                     u"pause"_s, u"resume"_s, u"restart"_s,
                                     u"set"_s,   u"undo"_s,   u"terminate"_s};
    return actions.contains(verb);
}

} // namespace rd::cli
