// One truth: for every `get rollout` fixture of the plugin, the window's revision tree shows the
// rows `get rollout` prints, field by field. The printed text is cut into its columns at the
// header's positions, so this compares what a user reads in both places, not two builders.

#include "../core/GoldenFixtures.h"

#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"
#include "gui/models/RevisionTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::test;
using rd::gui::RevisionTreeModel;

namespace {

struct PrintedRow
{
    QString name, kind, status, age, info;
};

// Cuts the tab-aligned table at the header's column starts (all glyphs are one column wide).
QList<PrintedRow> printedRows(const QString &table)
{
    QStringList lines = table.split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QString head = lines.takeFirst();
    const qsizetype kind = head.indexOf(u"KIND"_s), status = head.indexOf(u"STATUS"_s),
                    age = head.indexOf(u"AGE"_s), info = head.indexOf(u"INFO"_s);
    QList<PrintedRow> rows;
    for (const QString &line : lines) {
        auto cut = [&line](qsizetype from, qsizetype to) {
            return line.mid(from, to < 0 ? -1 : to - from).trimmed();
        };
        // The name cell keeps its leading indentation (the tree's drawing); only padding goes.
        QString name = line.left(kind);
        while (name.endsWith(u' '))
            name.chop(1);
        rows.append({name, cut(kind, status), cut(status, age), cut(age, info), cut(info, -1)});
    }
    return rows;
}

void preorder(const QAbstractItemModel &model, const QModelIndex &parent, int depth,
              QList<std::pair<QModelIndex, int>> &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        out.append({index, depth});
        preorder(model, index, depth + 1, out);
    }
}

// The plugin's tree glyph per node kind (rollouts-semantics.md §2.3).
QString treeGlyph(const QString &kind)
{
    static const QHash<QString, QString> glyphs{
        {u"rollout"_s, u"⟳"_s}, {u"revision"_s, u"#"_s},   {u"replicaset"_s, u"⧉"_s},
        {u"pod"_s, u"□"_s},     {u"experiment"_s, u"Σ"_s}, {u"analysisrun"_s, u"α"_s},
        {u"job"_s, u"⊞"_s}};
    return glyphs.value(kind, u"<unknown kind>"_s);
}

QString cell(const QModelIndex &row, int column, int role = Qt::DisplayRole)
{
    return row.siblingAtColumn(column).data(role).toString();
}

} // namespace

class TestGuiTreeParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelRowsEqualPrintedRows_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        int count = 0;
        for (const Case &c : cases()) {
            if (c.command != u"get rollout")
                continue;
            QTest::newRow(qPrintable(c.name)) << c.fixture << c.ns << c.object;
            ++count;
        }
        QVERIFY2(count >= 5, "ROLLOUTDESK_TEST_DATA must point at tests/data");
    }

    void modelRowsEqualPrintedRows()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(writeNormalisedFixture(fixture, dir.path()));
        auto loaded = rd::core::SnapshotLoader::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const rd::core::Rollout *ro = loaded->findRollout(ns, name);
        QVERIFY(ro);
        const rd::core::RolloutInfo info = rd::core::RolloutInfoBuilder::build(*ro, loaded.value());

        RevisionTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return asOf; });
        model.setRollout(&info);

        const QList<PrintedRow> printed =
            printedRows(rd::core::RolloutTextRenderer(asOf, false).rolloutTree(info));
        QList<std::pair<QModelIndex, int>> shown;
        preorder(model, {}, 0, shown);
        QCOMPARE(shown.size(), printed.size());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const auto &[row, depth] = shown.at(i);
            const PrintedRow &p = printed.at(i);
            const QString where = u"row %1 (%2)"_s.arg(i).arg(p.name);
            // NAME: the tree's drawing (three columns per level), the kind glyph, the name.
            const QString shownName = cell(row, RevisionTreeModel::NameColumn);
            const QString glyph = treeGlyph(row.data(RevisionTreeModel::NodeKindRole).toString());
            QVERIFY2(p.name.endsWith(glyph + u' ' + shownName), qPrintable(where));
            QVERIFY2(p.name.size() == 3 * depth + glyph.size() + 1 + shownName.size(),
                     qPrintable(where));
            QCOMPARE(cell(row, RevisionTreeModel::KindColumn), p.kind);
            // STATUS: the plugin prints the glyph and the word; the window shows the glyph as icon.
            const QString status =
                QString(cell(row, RevisionTreeModel::StatusColumn, RevisionTreeModel::GlyphRole) +
                        u' ' + cell(row, RevisionTreeModel::StatusColumn))
                    .trimmed();
            QCOMPARE(status, p.status);
            QCOMPARE(cell(row, RevisionTreeModel::AgeColumn), p.age);
            QCOMPARE(cell(row, RevisionTreeModel::InfoColumn), p.info);
        }
    }

    // The rollout page wakes for the tree only when msUntilNextChange() says: nothing the tree
    // shows differs a millisecond before that, and something differs at it.
    void nextChangeIsWhenSomethingShownChanges_data() { modelRowsEqualPrintedRows_data(); }

    void nextChangeIsWhenSomethingShownChanges()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(writeNormalisedFixture(fixture, dir.path()));
        auto loaded = rd::core::SnapshotLoader::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const rd::core::Rollout *ro = loaded->findRollout(ns, name);
        QVERIFY(ro);
        const rd::core::RolloutInfo info = rd::core::RolloutInfoBuilder::build(*ro, loaded.value());

        QDateTime now = asOf;
        RevisionTreeModel model;
        model.setClock([&now] { return now; });
        model.setRollout(&info);
        const auto shownText = [&model] {
            model.refreshAges();
            QList<std::pair<QModelIndex, int>> rows;
            preorder(model, {}, 0, rows);
            QStringList texts;
            for (const auto &[row, depth] : rows) {
                for (int c = 0; c < RevisionTreeModel::ColumnCount; ++c)
                    texts << cell(row, c);
            }
            return texts;
        };
        const QStringList atStart = shownText();
        const qint64 due = model.msUntilNextChange();
        QVERIFY2(due > 0, qPrintable(QString::number(due))); // every fixture shows ages
        now = asOf.addMSecs(due - 1);
        QCOMPARE(shownText(), atStart);
        now = asOf.addMSecs(due);
        QVERIFY2(shownText() != atStart, qPrintable(QString::number(due)));
    }

    // The two disagreements this replaced: the window showed an inconclusive count as "⚠ n" and
    // Job rows without an age.
    void inconclusiveAndJobAgesAsThePluginPrintsThem()
    {
        QTemporaryDir dir;
        QVERIFY(writeNormalisedFixture(u"experiment-analysis"_s, dir.path()));
        auto loaded = rd::core::SnapshotLoader::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const rd::core::Rollout *ro =
            loaded->findRollout(u"jesse-test"_s, u"rollout-experiment-analysis"_s);
        QVERIFY(ro);
        const rd::core::RolloutInfo info = rd::core::RolloutInfoBuilder::build(*ro, loaded.value());
        RevisionTreeModel model;
        model.setClock([] { return asOf; });
        model.setRollout(&info);
        QList<std::pair<QModelIndex, int>> shown;
        preorder(model, {}, 0, shown);
        int jobs = 0;
        bool inconclusive = false;
        for (const auto &[row, depth] : shown) {
            const QString kind = row.data(RevisionTreeModel::NodeKindRole).toString();
            if (kind == u"job") {
                ++jobs;
                QCOMPARE(cell(row, RevisionTreeModel::AgeColumn), u"7d"_s);
            }
            if (kind == u"analysisrun" &&
                cell(row, RevisionTreeModel::StatusColumn) == u"Inconclusive") {
                inconclusive = true;
                QCOMPARE(cell(row, RevisionTreeModel::InfoColumn), u"✔ 4,✖ 4,? 1,⚠ 1"_s);
            }
        }
        QCOMPARE(jobs, 8);
        QVERIFY(inconclusive);
    }
};

QTEST_MAIN(TestGuiTreeParity)
#include "test_gui_tree_parity.moc"
