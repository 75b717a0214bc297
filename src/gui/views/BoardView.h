#pragma once

#include "gui/models/RolloutFilterModel.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace rd::gui {

class RolloutBoardModel;

// The rollouts board: filter chips with live counts, a context filter (several contexts), search,
// and the sortable table.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(RolloutBoardModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RolloutFilterModel *proxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    QString currentKey() const;
    void selectKey(const QString &key);
    void setChip(RolloutFilterModel::Chip chip);
    // Count shown on a chip (tests, accessibility).
    int chipCount(RolloutFilterModel::Chip chip) const;
    QToolButton *chipButton(RolloutFilterModel::Chip chip) const;
    // The context filter: shown, with the Context column, while several contexts are watched.
    QComboBox *contextFilter() const { return m_contextBox; }

Q_SIGNALS:
    void currentKeyChanged(const QString &key);
    void contextMenuRequested(const QString &key, const QPoint &globalPos);
    void activated(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void scheduleCounts();
    void updateCounts();
    void onCurrentChanged();
    void updateContexts();
    static QString chipName(RolloutFilterModel::Chip chip);

    RolloutBoardModel *m_model;
    RolloutFilterModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_contextBox;
    QTableView *m_table;
    QButtonGroup *m_chips;
    QList<QToolButton *> m_chipButtons;
    QList<int> m_counts;
    QTimer *m_countTimer;
    QString m_lastKey;
};

} // namespace rd::gui
