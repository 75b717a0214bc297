// The GUI models under QAbstractItemModelTester, fed from the getting-started snapshots: a
// watch event (state D -> E -> F) updates rows in place and never resets a model.

#include "FakeRolloutSource.h"

#include "gui/charts/WeightChart.h"
#include "gui/charts/WeightHistory.h"
#include "gui/models/RevisionTreeModel.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/models/RolloutFilterModel.h"
#include "gui/models/StepsModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::gui::RevisionTreeModel;
using rd::gui::RolloutBoardModel;
using rd::gui::RolloutFilterModel;
using rd::gui::StepsModel;

namespace {
QString data(const QString &name)
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + name;
}

rd::core::RolloutInfo simple(const QString &ns, const QString &name, const QString &status)
{
    rd::core::RolloutInfo info;
    info.meta.name = name;
    info.meta.namespace_ = ns;
    info.meta.creationTimestamp = QDateTime::currentDateTimeUtc().addSecs(-60);
    info.status = status;
    info.strategy = rd::core::Strategy::Canary;
    return info;
}

QModelIndex childNamed(const QAbstractItemModel &m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex idx = m.index(r, 0, parent);
        if (idx.data().toString() == name)
            return idx;
    }
    return {};
}
} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The board's status, strategy, step, weight and ready cells are the `list rollouts` row
    // (issue 12): "-" where the list prints "-", ready over *current* replicas.
    void boardColumnsAreListColumns()
    {
        QJsonParseError error;
        const QJsonObject json =
            QJsonDocument::fromJson(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout",
                "metadata":{"name":"bg","namespace":"shop","uid":"u","generation":1},
                "spec":{"replicas":2,"strategy":{"blueGreen":{"activeService":"a"}}},
                "status":{"observedGeneration":"1","phase":"Progressing","message":"m",
                          "replicas":3,"readyReplicas":2,"updatedReplicas":1}})",
                                    &error)
                .object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        rd::core::ObjectSet objects;
        QVERIFY(objects.add(json).ok());
        FakeRolloutSource source;
        source.setObjects(objects);
        RolloutBoardModel model;
        model.setSource(&source);
        const auto row = source.info(u"shop/bg"_s)->listRow;
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(RolloutBoardModel::StatusColumn), row.status);
        QCOMPARE(cell(RolloutBoardModel::StrategyColumn), u"BlueGreen"_s);
        QCOMPARE(cell(RolloutBoardModel::StepColumn), u"-"_s);
        QCOMPARE(cell(RolloutBoardModel::WeightColumn), u"-"_s);
        QCOMPARE(cell(RolloutBoardModel::ReadyColumn), u"2/3"_s);
        QCOMPARE(cell(RolloutBoardModel::ReadyColumn), row.readyCurrent);
    }

    void boardUpdatesRowsWithoutReset()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        RolloutBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex status =
            model.indexOfKey(u"default/rollouts-demo"_s, RolloutBoardModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Paused"_s);
        QCOMPARE(model.index(0, RolloutBoardModel::StepColumn).data().toString(), u"1/8"_s);
        QCOMPARE(model.index(0, RolloutBoardModel::WeightColumn).data().toString(), u"20 / 20"_s);
        QCOMPARE(model.index(0, RolloutBoardModel::ImagesColumn).data().toString(),
                 u"argoproj/rollouts-demo:red → argoproj/rollouts-demo:yellow"_s);
        QCOMPARE(model.index(0, RolloutBoardModel::ReadyColumn).data().toString(), u"5/5"_s);
        QVERIFY(!model.index(0, RolloutBoardModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(changed.count() >= 3); // status, step, weight, images, message
        bool phaseRoleSeen = false;
        for (const auto &args : changed) {
            const QModelIndex tl = args.at(0).toModelIndex();
            const QModelIndex br = args.at(1).toModelIndex();
            QCOMPARE(tl.row(), 0);
            QCOMPARE(br.row(), 0);
            const auto roles = args.at(2).value<QList<int>>();
            QVERIFY(!roles.isEmpty()); // role-specific
            if (tl.column() == RolloutBoardModel::StatusColumn)
                phaseRoleSeen = roles.contains(RolloutBoardModel::PhaseRole);
        }
        QVERIFY(phaseRoleSeen);
        QCOMPARE(status.data().toString(), u"Degraded"_s);
        QCOMPARE(model.index(0, RolloutBoardModel::StepColumn).data().toString(), u"0/8"_s);
        QCOMPARE(model.index(0, RolloutBoardModel::MessageColumn).data().toString(),
                 u"RolloutAborted: Rollout aborted update to revision 3"_s);

        // Another rollout arrives and leaves: inserts and removes, still no reset.
        source.put(simple(u"shop"_s, u"cart"_s, u"Healthy"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        source.remove(u"default/rollouts-demo"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.keyAt(0), u"shop/cart"_s);
        QCOMPARE(model.indexOfKey(u"shop/cart"_s).row(), 0);
        QCOMPARE(reset.count(), 0);
    }

    // The board offers the status to code only as the typed phase: no role (by name or by value)
    // hands out the status word, so filters, chips and delegates cannot compare strings again.
    void boardHasNoStringStatusRole()
    {
        const QMetaEnum roles = QMetaEnum::fromType<RolloutBoardModel::Role>();
        QVERIFY(roles.isValid());
        QVERIFY(roles.keyCount() > 0);
        for (int i = 0; i < roles.keyCount(); ++i) {
            const QByteArray key = roles.key(i);
            QVERIFY2(!key.contains("Status"), key.constData());
        }

        FakeRolloutSource source;
        source.put(simple(u"shop"_s, u"cart"_s, u"Paused"_s));
        source.put(simple(u"shop"_s, u"odd"_s, u"Reconciling"_s)); // a word Phase does not know
        RolloutBoardModel model;
        model.setSource(&source);
        QCOMPARE(model.rowCount(), 2);
        // Display, tooltip and accessible text show the word; every other role must not.
        const QSet<int> textRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                                  Qt::AccessibleDescriptionRole, RolloutBoardModel::SortRole};
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString word = source.info(model.keyAt(row))->status;
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (int role = 0; role < Qt::UserRole + 64; ++role) {
                    if (textRoles.contains(role))
                        continue;
                    const QVariant value = index.data(role);
                    QVERIFY2(!(value.typeId() == QMetaType::QString && value.toString() == word),
                             qPrintable(u"role %1 of column %2 is the status word"_s.arg(role).arg(
                                 column)));
                }
            }
        }
        const QModelIndex paused =
            model.indexOfKey(u"shop/cart"_s, RolloutBoardModel::StatusColumn);
        QCOMPARE(rd::core::Phase(paused.data(RolloutBoardModel::PhaseRole).toInt()),
                 rd::core::Phase::Paused);
        const QModelIndex odd = model.indexOfKey(u"shop/odd"_s, RolloutBoardModel::StatusColumn);
        QCOMPARE(rd::core::Phase(odd.data(RolloutBoardModel::PhaseRole).toInt()),
                 rd::core::Phase::Unknown);
        QCOMPARE(odd.data().toString(), u"Reconciling"_s); // still shown as written
    }

    void filterChipsSearchAndSort()
    {
        FakeRolloutSource source;
        RolloutBoardModel model;
        model.setSource(&source);
        RolloutFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        auto a = simple(u"shop"_s, u"cart"_s, u"Healthy"_s);
        auto b = simple(u"shop"_s, u"checkout"_s, u"Paused"_s);
        b.steps = QList<rd::core::CanaryStep>(8);
        b.currentStepIndex = 1;
        auto c = simple(u"billing"_s, u"invoices"_s, u"Degraded"_s);
        c.aborted = true;
        c.steps = QList<rd::core::CanaryStep>(4);
        c.currentStepIndex = 3;
        auto d = simple(u"billing"_s, u"ledger"_s, u"Progressing"_s);
        // Labels come typed with the info (metadata.labels), as the board reads them.
        a.labels.insert(u"team"_s, u"web"_s);
        b.labels.insert(u"team"_s, u"pay"_s);
        source.put(a);
        source.put(b);
        source.put(c);
        source.put(d);
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setChip(RolloutFilterModel::Chip::NeedsAttention);
        QCOMPARE(proxy.rowCount(), 2); // paused + aborted
        proxy.setChip(RolloutFilterModel::Chip::Healthy);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setChip(RolloutFilterModel::Chip::Favourites);
        QCOMPARE(proxy.rowCount(), 0);
        model.setFavourite(u"billing/ledger"_s, true);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, RolloutBoardModel::NameColumn).data().toString(), u"ledger"_s);
        proxy.setChip(RolloutFilterModel::Chip::All);

        proxy.setSearchText(u"team:web"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, RolloutBoardModel::NameColumn).data().toString(), u"cart"_s);
        proxy.setSearchText(u"team:"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(u"billing"_s); // namespace match
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(u"CHECK"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());

        // Sorting by the raw step fraction, not by the text "1/8" vs "3/4".
        proxy.sort(RolloutBoardModel::StepColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RolloutBoardModel::NameColumn).data().toString(), u"invoices"_s);
        QCOMPARE(proxy.index(1, RolloutBoardModel::NameColumn).data().toString(), u"checkout"_s);
        // Live: a status change moves a row between chips.
        proxy.setChip(RolloutFilterModel::Chip::Healthy);
        QCOMPARE(proxy.rowCount(), 1);
        d.status = u"Healthy"_s;
        source.put(d);
        QCOMPARE(proxy.rowCount(), 2);
    }

    // A batch of results (a first load) goes in with one insertion, in the order delivered; the
    // rolloutAdded signals that follow add nothing; a known key in the batch is updated in place.
    void boardInsertsABatchAtOnce()
    {
        FakeRolloutSource source;
        RolloutBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        RolloutFilterModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(RolloutBoardModel::NameColumn, Qt::AscendingOrder);
        source.put(simple(u"shop"_s, u"m"_s, u"Healthy"_s));

        QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<rd::core::RolloutInfo> batch{
            simple(u"shop"_s, u"z"_s, u"Paused"_s), simple(u"shop"_s, u"a"_s, u"Healthy"_s),
            simple(u"shop"_s, u"m"_s, u"Degraded"_s), // known: changed, not inserted
            simple(u"shop"_s, u"k"_s, u"Progressing"_s)};
        batch[0].aborted = true;
        source.putMany(batch);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(model.rowCount(), 4);
        const QStringList order{model.keyAt(0), model.keyAt(1), model.keyAt(2), model.keyAt(3)};
        QCOMPARE(order, (QStringList{u"shop/m"_s, u"shop/z"_s, u"shop/a"_s, u"shop/k"_s}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.indexOfKey(model.keyAt(row)).row(), row);
        // Only the known row changed; the new rows were complete when inserted.
        QVERIFY(changed.count() > 0);
        for (const auto &args : std::as_const(changed))
            QCOMPARE(args.at(0).toModelIndex().row(), 0);
        QCOMPARE(model.indexOfKey(u"shop/m"_s, RolloutBoardModel::StatusColumn).data().toString(),
                 u"Degraded"_s);
        // The facts kept with each row are those the roles give.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex idx = model.index(row, 0);
            const RolloutBoardModel::RowFacts facts = model.factsAt(row);
            QCOMPARE(int(facts.phase), idx.data(RolloutBoardModel::PhaseRole).toInt());
            QCOMPARE(facts.needsAttention,
                     idx.data(RolloutBoardModel::NeedsAttentionRole).toBool());
            QCOMPARE(facts.waitingOnMe, idx.data(RolloutBoardModel::WaitingOnMeRole).toBool());
            QCOMPARE(facts.needsAttention,
                     RolloutBoardModel::needsAttention(*source.info(model.keyAt(row))));
            QCOMPARE(facts.waitingOnMe,
                     RolloutBoardModel::waitingOnMe(*source.info(model.keyAt(row))));
        }
        QVERIFY(model.factsAt(1).needsAttention); // aborted
        // The proxy sorted the batch in.
        QStringList sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted << proxy.index(row, RolloutBoardModel::NameColumn).data().toString();
        QCOMPARE(sorted, (QStringList{u"a"_s, u"k"_s, u"m"_s, u"z"_s}));
        proxy.setChip(RolloutFilterModel::Chip::NeedsAttention);
        QCOMPARE(proxy.rowCount(), 2); // z (aborted), m (degraded)

        // A later single add still goes in at once, as before.
        source.put(simple(u"shop"_s, u"b"_s, u"Healthy"_s));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.keyAt(4), u"shop/b"_s);
    }

    void stepsModelStatesAndCountdown()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        const auto info = source.info(u"default/rollouts-demo"_s);
        QVERIFY(info);
        StepsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(info->steps, info->currentStepIndex, info->aborted, {});
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0).data().toString(), u"1. Set weight to 20 %"_s);
        QCOMPARE(model.index(1).data().toString(), u"2. Pause until promoted"_s);
        QCOMPARE(model.index(3).data().toString(), u"4. Pause for 10s"_s);
        QCOMPARE(model.index(0).data(StepsModel::StateRole).toInt(), int(StepsModel::State::Done));
        QCOMPARE(model.index(1).data(StepsModel::StateRole).toInt(),
                 int(StepsModel::State::Current));
        QCOMPARE(model.index(2).data(StepsModel::StateRole).toInt(),
                 int(StepsModel::State::Pending));

        // Step 4 (pause 10 s) started 3 s ago: a countdown, refreshed by tick().
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSteps(info->steps, 3, false, QDateTime::currentDateTimeUtc().addSecs(-3));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 2); // step 2 done, step 4 current
        const qint64 left = model.remainingSeconds();
        QVERIFY2(left >= 5 && left <= 7, qPrintable(QString::number(left)));
        QVERIFY(model.index(3).data().toString().contains(u"left"_s));
        // Fewer steps (a spec change): rows removed, not reset.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSteps(info->steps.mid(0, 2), 1, false, {});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void revisionTreeDiffsWithoutReset()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        RevisionTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = u"default/rollouts-demo"_s;
        model.setRollout(source.info(key).get());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex rollout = model.index(0, 0);
        QCOMPARE(rollout.data().toString(), u"rollouts-demo"_s);
        QCOMPARE(model.rowCount(rollout), 3); // revisions 3, 2, 1
        QCOMPARE(model.index(0, 0, rollout).data().toString(), u"revision:3"_s);
        const QModelIndex rev2 = model.index(1, 0, rollout);
        const QModelIndex stableRs = model.index(0, 0, rev2);
        QCOMPARE(stableRs.siblingAtColumn(RevisionTreeModel::InfoColumn).data().toString(),
                 u"stable"_s);
        QCOMPARE(model.rowCount(stableRs), 4);
        QPersistentModelIndex keepStable(stableRs);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Abort: the canary is scaled down, the stable ReplicaSet gets its fifth pod.
        QVERIFY(source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        model.setRollout(source.info(key).get());
        QCOMPARE(reset.count(), 0);
        QVERIFY(keepStable.isValid());
        QCOMPARE(model.rowCount(keepStable), 5);
        QVERIFY(inserted.count() >= 1);
        QVERIFY(removed.count() >= 1); // the canary pod
        QVERIFY(changed.count() >= 1);
        const QModelIndex rev3 = childNamed(model, model.index(0, 0), u"revision:3"_s);
        QVERIFY(rev3.isValid());
        const QModelIndex canaryRs = model.index(0, 0, rev3);
        QCOMPARE(canaryRs.siblingAtColumn(RevisionTreeModel::StatusColumn).data().toString(),
                 u"ScaledDown"_s);
        QCOMPARE(model.rowCount(canaryRs), 0);

        // Back to stable: revision 2 becomes revision 4 (a move of the ReplicaSet's revision).
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        model.setRollout(source.info(key).get());
        QCOMPARE(reset.count(), 0);
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(model.index(0, 0, top).data().toString(), u"revision:4"_s);
        QVERIFY(!childNamed(model, top, u"revision:2"_s).isValid());
        QVERIFY(childNamed(model, top, u"revision:3"_s).isValid());
        QVERIFY(childNamed(model, top, u"revision:1"_s).isValid());
        QCOMPARE(top.siblingAtColumn(RevisionTreeModel::StatusColumn).data().toString(),
                 u"Healthy"_s);

        // Another rollout is a new tree: that one resets.
        auto other = simple(u"shop"_s, u"cart"_s, u"Healthy"_s);
        model.setRollout(&other);
        QCOMPARE(reset.count(), 1);
    }

    void weightHistoryMarkersAndCsv()
    {
        FakeRolloutSource source;
        rd::gui::WeightHistory history;
        const QString key = u"default/rollouts-demo"_s;
        const QDateTime t0 = QDateTime::fromString(u"2026-11-26T10:00:00Z"_s, Qt::ISODate);
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        history.record(*source.info(key), t0);
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        history.record(*source.info(key), t0.addSecs(5));
        history.addMarker(key, rd::gui::WeightHistory::MarkerKind::Promotion, u"Promote"_s,
                          t0.addSecs(7));
        QVERIFY(source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        history.record(*source.info(key), t0.addSecs(9));
        // The same state again adds nothing.
        history.record(*source.info(key), t0.addSecs(10));
        const auto *series = history.series(key);
        QVERIFY(series);
        QCOMPARE(series->samples.size(), 3);
        QCOMPARE(series->samples[1].setWeight, 20);
        QCOMPARE(series->samples[2].setWeight, 0);
        QList<rd::gui::WeightHistory::MarkerKind> kinds;
        for (const auto &m : series->markers)
            kinds << m.kind;
        using MK = rd::gui::WeightHistory::MarkerKind;
        QVERIFY(kinds.contains(MK::StepChange));
        QVERIFY(kinds.contains(MK::Pause));
        QVERIFY(kinds.contains(MK::Promotion));
        QVERIFY(kinds.contains(MK::Abort));
        const QStringList csv = history.toCsv(key).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.first(), u"time,set_weight,actual_weight,step,event,text"_s);
        QCOMPARE(csv.at(1), u"2026-11-26T10:00:00.000Z,100,100,8,,"_s);
        QVERIFY(csv.contains(u"2026-11-26T10:00:07.000Z,,,,promotion,Promote"_s));
        QVERIFY(csv.contains(u"2026-11-26T10:00:09.000Z,0,0,0,,"_s));

        // The chart draws segments (from the timeline in the window); here one per sample.
        rd::core::WeightSeries story;
        for (qsizetype i = 0; i < series->samples.size(); ++i) {
            rd::core::WeightSegment segment;
            segment.start = series->samples.at(i).time;
            segment.end =
                i + 1 < series->samples.size() ? series->samples.at(i + 1).time : t0.addSecs(10);
            segment.revision = 4;
            segment.setWeight = series->samples.at(i).setWeight;
            story.segments << segment;
        }
        rd::gui::WeightChart chart;
        chart.resize(600, 300);
        chart.setData(story, t0.addSecs(10));
        QVERIFY(chart.setWeightPointCount() >= 3);
        const QString png = QDir::temp().filePath(u"rolloutdesk-test-chart.png"_s);
        QVERIFY(chart.savePng(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        QFile::remove(png);
    }

    void weightHistoryStaysFlat()
    {
        FakeRolloutSource source;
        rd::gui::WeightHistory history;
        const QString key = u"default/rollouts-demo"_s;
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        const rd::core::RolloutInfo healthy = *source.info(key);
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        const rd::core::RolloutInfo paused = *source.info(key);
        // A rollout flapping all session long keeps only the newest points.
        const QDateTime t0 = QDateTime::fromString(u"2026-11-26T10:00:00Z"_s, Qt::ISODate);
        const qsizetype max = rd::gui::WeightHistory::kMaxPoints;
        for (qsizetype i = 0; i < max + 100; ++i)
            history.record(i % 2 ? paused : healthy, t0.addSecs(i));
        QCOMPARE(history.series(key)->samples.size(), max);
        QVERIFY(history.series(key)->markers.size() <= max);
        QCOMPARE(history.series(key)->samples.constLast().time, t0.addSecs(max + 99));
        // A deleted rollout's series goes, and the chart is told (it must not keep a pointer).
        QSignalSpy updated(&history, &rd::gui::WeightHistory::updated);
        history.remove(key);
        QVERIFY(!history.series(key));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.first().first().toString(), key);
    }

    // Many rollouts changing all session: all of them together keep the newest points within
    // the total, and each keeps its newest.
    void weightHistoryStaysFlatAcrossRollouts()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        const rd::core::RolloutInfo healthy = *source.info(u"default/rollouts-demo"_s);
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        const rd::core::RolloutInfo paused = *source.info(u"default/rollouts-demo"_s);
        rd::gui::WeightHistory history;
        const QDateTime t0 = QDateTime::fromString(u"2026-11-26T10:00:00Z"_s, Qt::ISODate);
        const int rollouts = 400;
        const qsizetype total = rd::gui::WeightHistory::kMaxPointsTotal;
        qsizetype most = 0;
        for (int i = 0; i < 2 * int(total / rollouts); ++i) {
            for (int r = 0; r < rollouts; ++r)
                history.record(u"ns/r%1"_s.arg(r), i % 2 ? paused : healthy,
                               t0.addMSecs(qint64(i) * rollouts + r));
            most = std::max(most, history.pointCount());
        }
        QVERIFY2(most <= total, qPrintable(QString::number(most)));
        qsizetype counted = 0;
        for (int r = 0; r < rollouts; ++r) {
            const auto *s = history.series(u"ns/r%1"_s.arg(r));
            QVERIFY(s && !s->samples.isEmpty());
            counted += s->samples.size() + s->markers.size();
            // The newest sample is the last one recorded.
            QCOMPARE(s->samples.constLast().time,
                     t0.addMSecs(qint64(2 * int(total / rollouts) - 1) * rollouts + r));
        }
        QCOMPARE(counted, history.pointCount());
        QVERIFY(counted >= total / 2); // trimmed to a quarter free, not emptied
        history.remove(u"ns/r0"_s);
        QVERIFY(history.pointCount() < counted);
    }
};

QTEST_MAIN(TestGuiModels)
#include "test_gui_models.moc"
