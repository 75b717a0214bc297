#include "gui/models/AttemptsModel.h"

#include "gui/i18n/LocaleFormat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

// The same attempt in an older and a newer list (its times and outcome may have changed).
bool sameAttempt(const core::Attempt &a, const core::Attempt &b)
{
    return a.revision == b.revision && a.started == b.started && a.retry == b.retry;
}

} // namespace

AttemptsModel::AttemptsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttemptsModel::setAttempts(const QList<core::Attempt> &attempts)
{
    const qsizetype old = m_attempts.size();
    const bool prefix = attempts.size() >= old && std::equal(m_attempts.cbegin(), m_attempts.cend(),
                                                             attempts.cbegin(), sameAttempt);
    if (!prefix) {
        beginResetModel();
        m_attempts = attempts;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < old; ++i)
        m_attempts[i] = attempts.at(i);
    if (old > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(old) - 1, ColumnCount - 1));
    if (attempts.size() > old) {
        beginInsertRows({}, int(old), int(attempts.size()) - 1);
        m_attempts = attempts;
        endInsertRows();
    }
}

void AttemptsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString AttemptsModel::outcomeText(core::AttemptOutcome outcome)
{
    switch (outcome) {
    case core::AttemptOutcome::InProgress:
        //: Attempt outcome: the update is still going on
        return tr("In progress");
    case core::AttemptOutcome::Completed:
        //: Attempt outcome: the revision became stable
        return tr("Completed");
    case core::AttemptOutcome::Aborted:
        //: Attempt outcome
        return tr("Aborted");
    case core::AttemptOutcome::Superseded:
        //: Attempt outcome: another update replaced it before it finished
        return tr("Superseded");
    }
    return {};
}

QString AttemptsModel::stepsText(const core::Attempt &a, const QString &separator) const
{
    QStringList parts;
    for (const core::StepTime &s : a.steps) {
        const QString took = LocaleFormat::duration(s.seconds * 1000);
        parts << (s.finished
                      //: Time a step took: %1 step number, %2 duration
                      ? tr("step %1: %2").arg(QLocale().toString(s.step), took)
                      //: The step still running: %1 step number, %2 duration until now
                      : tr("step %1: %2 so far").arg(QLocale().toString(s.step), took));
    }
    return parts.join(separator);
}

int AttemptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int AttemptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_attempts.size())
        return {};
    const core::Attempt &a = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Steps)
            return stepsText(a, u"\n"_s);
        if (index.column() == Started && !a.startSeen)
            return tr("The update began before the oldest entry known of this rollout.");
        if (index.column() == Waiting)
            return tr("Time in pauses that only a person ends (a pause step without duration, an "
                      "inconclusive analysis, a manual pause)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Revision:
        return QLocale().toString(a.revision);
    case Image:
        return a.image.isEmpty() ? tr("—") : a.image;
    case Started: {
        const QString when = LocaleFormat::dateTime(a.started);
        //: Attempt start that is only known to be before this time
        const QString text = a.startSeen ? when : tr("before %1").arg(when);
        //: An attempt that began with a retry after an abort
        return a.retry ? tr("%1 (retry)").arg(text) : text;
    }
    case Finished:
        return a.finished.isValid() ? LocaleFormat::dateTime(a.finished) : tr("—");
    case Outcome:
        return outcomeText(a.outcome);
    case Steps:
        return a.steps.isEmpty() ? tr("—") : stepsText(a, u" · "_s);
    case Waiting:
        return LocaleFormat::duration(a.waitingSeconds * 1000);
    default:
        return {};
    }
}

QVariant AttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Revision:
        return tr("Revision");
    case Image:
        return tr("Image");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Outcome:
        return tr("Outcome");
    case Steps:
        return tr("Time per step");
    case Waiting:
        //: Column: time the attempt waited for a person to promote or resume it
        return tr("Waiting for a person");
    default:
        return {};
    }
}

} // namespace rd::gui
