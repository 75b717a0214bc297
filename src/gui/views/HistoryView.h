#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

class AttemptsModel;
class TimelineBook;
class TimelineModel;

// The rollout page's History tab (issue 13): the rows of `rolloutdesk-cli history rollout` for
// the shown rollout, from the TimelineBook (Events, live transitions, this window's actions),
// under a summary of its attempts.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setBook(TimelineBook *book);
    void setKey(const QString &key);
    TimelineModel *model() const { return m_model; }

    // Per-attempt summary (issue 13): the live rollout tells images, step durations and the
    // current pause; refreshAttempts() recounts the running attempt's times (the page's tick).
    void setRollout(std::shared_ptr<const core::RolloutInfo> info);
    void refreshAttempts();
    AttemptsModel *attemptsModel() const { return m_attempts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    QTableView *m_view = nullptr;
    TimelineModel *m_model = nullptr;
    // Per-attempt summary
    QLabel *m_attemptsCaption = nullptr;
    QTableView *m_attemptsView = nullptr;
    AttemptsModel *m_attempts = nullptr;
    std::shared_ptr<const core::RolloutInfo> m_info;
    QPointer<TimelineBook> m_book;
    QString m_key;
};

} // namespace rd::gui
