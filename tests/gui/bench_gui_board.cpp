// Prints how long the board takes for 2,000 rollouts and a burst of 1,000 watch events, and for a
// first load of 10,000 in batches (batched insertion against one row per signal), through
// the model, the filter proxy and the chip counts (product.md §6). Numbers only, no timing
// assertions; the correctness checks still hold.

#include "FakeRolloutSource.h"

#include "gui/models/RolloutBoardModel.h"
#include "gui/views/BoardView.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class BenchGuiBoard : public QObject
{
    Q_OBJECT

    static rd::core::RolloutInfo info(int i, const QString &status, qint64 step)
    {
        rd::core::RolloutInfo r;
        r.meta.name = u"app-%1"_s.arg(i, 4, 10, QChar(u'0'));
        r.meta.namespace_ = u"scale"_s;
        r.meta.creationTimestamp = QDateTime::currentDateTimeUtc().addSecs(-i);
        r.status = status;
        r.strategy = rd::core::Strategy::Canary;
        r.steps = QList<rd::core::CanaryStep>(8);
        r.currentStepIndex = step;
        r.step = u"%1/8"_s.arg(step);
        r.setWeight = QString::number(step * 10);
        r.actualWeight = r.setWeight;
        r.desired = 5;
        r.ready = 5;
        return r;
    }

private Q_SLOTS:
    void board2000AndBurst()
    {
        FakeRolloutSource source;
        rd::gui::RolloutBoardModel model;
        model.setSource(&source);
        rd::gui::BoardView view(&model);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 2000; ++i)
            source.put(info(i, u"Healthy"_s, 8));
        QCoreApplication::processEvents(); // counts and repaint
        const qint64 fill = t.elapsed();
        QCOMPARE(model.rowCount(), 2000);
        QTRY_COMPARE(view.chipCount(rd::gui::RolloutFilterModel::Chip::Healthy), 2000);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        t.restart();
        for (int i = 0; i < 1000; ++i)
            source.put(info(i, i % 2 ? u"Paused"_s : u"Progressing"_s, 1));
        const qint64 burst = t.elapsed();
        t.restart();
        QCoreApplication::processEvents();
        const qint64 settle = t.elapsed();
        QCOMPARE(reset.count(), 0);
        QTRY_COMPARE(view.chipCount(rd::gui::RolloutFilterModel::Chip::Paused), 500);
        QCOMPARE(view.chipCount(rd::gui::RolloutFilterModel::Chip::Healthy), 1000);
        qInfo("board: 2000 rollouts added in %lld ms; 1000 watch events applied in %lld ms, "
              "then counts and repaint in %lld ms (sorted view, all chips)",
              fill, burst, settle);
    }

    // A first load of 10,000 as the cluster source delivers it (batches of 500 results, each a
    // rolloutsAdded then per-key rolloutAdded) against the same rows one signal at a time, into
    // a view sorted by name with the chip counts: the time of each, one event-loop turn per batch.
    void board10000Batched()
    {
        qint64 elapsed[2] = {0, 0};
        for (const bool batched : {false, true}) {
            FakeRolloutSource source;
            rd::gui::RolloutBoardModel model;
            model.setSource(&source);
            rd::gui::BoardView view(&model);
            view.resize(1200, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            QElapsedTimer t;
            t.start();
            for (int b = 0; b < 20; ++b) {
                QList<rd::core::RolloutInfo> batch;
                for (int i = 0; i < 500; ++i) {
                    // Names out of order, so that the sorted proxy interleaves every batch.
                    const int n = (b + 20 * i) % 10000;
                    batch << info(n, n % 3 ? u"Healthy"_s : u"Paused"_s, 8);
                }
                if (batched) {
                    source.putMany(batch);
                } else {
                    for (const auto &one : std::as_const(batch))
                        source.put(one);
                }
                QCoreApplication::processEvents(); // counts and repaint, as between batches
            }
            elapsed[batched] = t.elapsed();
            QCOMPARE(model.rowCount(), 10000);
            QCOMPARE(inserted.count(), batched ? 20 : 10000);
            QTRY_COMPARE(view.chipCount(rd::gui::RolloutFilterModel::Chip::All), 10000);
            QCOMPARE(view.chipCount(rd::gui::RolloutFilterModel::Chip::Paused), 3334);
            const QAbstractItemModel *proxy = view.proxy();
            for (int r = 1; r < proxy->rowCount(); ++r) {
                QVERIFY(
                    proxy->index(r - 1, rd::gui::RolloutBoardModel::NameColumn).data().toString() <
                    proxy->index(r, rd::gui::RolloutBoardModel::NameColumn).data().toString());
            }
        }
        qInfo("board: 10000 rollouts in 20 batches of 500 (sorted view, counts, repaint): "
              "%lld ms one row per signal, %lld ms one insertion per batch",
              elapsed[0], elapsed[1]);
    }
};

QTEST_MAIN(BenchGuiBoard)
#include "bench_gui_board.moc"
