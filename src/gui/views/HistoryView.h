#pragma once

#include <QPointer>
#include <QWidget>

class QTabWidget;
class QTableView;

namespace rd::gui {

class TimelineBook;
class TimelineModel;

// The rollout page's History tab (issue 13): the rows of `rolloutdesk-cli history rollout` for
// the shown rollout, from the TimelineBook (Events, live transitions, this window's actions).
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);

    // Appends a History tab to `tabs`.
    static HistoryView *addTo(QTabWidget *tabs);

    void setBook(TimelineBook *book);
    void setKey(const QString &key);
    TimelineModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    QTableView *m_view = nullptr;
    TimelineModel *m_model = nullptr;
    QPointer<TimelineBook> m_book;
    QString m_key;
};

} // namespace rd::gui
