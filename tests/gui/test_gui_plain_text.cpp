// The window shows server text as written (issue 10 §3): a Rollout whose message, images or
// ReplicaSet names hold HTML shows the tags literally in labels, tooltips and the message bar.
#include "FakeRolloutSource.h"

#include "gui/charts/WeightHistory.h"
#include "gui/models/RevisionTreeModel.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/views/RolloutPage.h"
#include "gui/views/WelcomePage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;

namespace {

const QString Html = u"<b>x</b><img src=\"file:///etc/hostname\"><a href=\"https://evil\">y</a>"_s;

// What a person reads: a tooltip is laid out as HTML when Qt guesses it is (as QToolTip does).
QString shown(const QString &tooltip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(tooltip))
        doc.setHtml(tooltip);
    else
        doc.setPlainText(tooltip);
    return doc.toPlainText();
}

// Labels are found by object name, their stable id (the accessible description is for people).
QLabel *labelFor(QWidget *root, const QString &id)
{
    return root->findChild<QLabel *>(id);
}

} // namespace

class TestGuiPlainText : public QObject
{
    Q_OBJECT

    FakeRolloutSource m_source;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.loadSnapshot(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                                      u"/getting-started/state-e-aborted.yaml"_s));
        m_key = m_source.keys().first();
        rd::core::RolloutInfo info = *m_source.info(m_key);
        QVERIFY(info.aborted && info.status == u"Degraded");
        info.message = Html;
        for (auto &c : info.containers)
            c.image = Html;
        for (auto &c : info.stableContainers)
            c.image = u"<i>stable</i>"_s;
        QVERIFY(!info.replicaSets.isEmpty());
        for (auto &rs : info.replicaSets)
            rs.images = {Html};
        info.replicaSets.first().meta.name = u"<u>rs</u>"_s;
        m_source.put(info, m_source.rolloutObject(m_key));
    }

    void rolloutPageLabelsArePlain()
    {
        WeightHistory history;
        RolloutPage page(&history);
        page.setSource(&m_source);
        page.setKey(m_key);
        QLabel *message = labelFor(&page, u"summaryMessage"_s);
        QVERIFY(message);
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QCOMPARE(message->text(), Html);
        QCOMPARE(labelFor(&page, u"summaryImages"_s)->textFormat(), Qt::PlainText);
        // Every label of the page that shows text is plain: none may guess rich text.
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (!l->text().isEmpty())
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->text()));
        }
        // The degraded panel's button names the stable image in its tooltip.
        auto *back = page.findChild<QPushButton *>(u"setImageBackButton"_s);
        QVERIFY(back);
        QVERIFY2(shown(back->toolTip()).contains(u"<i>stable</i>"_s), qPrintable(back->toolTip()));
        // The revision tree's tooltips show names as written.
        QAbstractItemModel *tree = nullptr;
        for (QTreeView *view : page.findChildren<QTreeView *>()) {
            if (qobject_cast<RevisionTreeModel *>(view->model()))
                tree = view->model();
        }
        QVERIFY(tree);
        const QModelIndexList hits = tree->match(tree->index(0, 0), Qt::DisplayRole, u"<u>rs</u>"_s,
                                                 1, Qt::MatchContains | Qt::MatchRecursive);
        QCOMPARE(hits.size(), 1);
        const QString tip = hits.first().data(Qt::ToolTipRole).toString();
        QVERIFY2(shown(tip).contains(u"<u>rs</u>"_s), qPrintable(tip));
    }

    void boardTooltipsArePlain()
    {
        RolloutBoardModel model;
        model.setSource(&m_source);
        const QModelIndex message = model.indexOfKey(m_key, RolloutBoardModel::MessageColumn);
        QCOMPARE(message.data().toString(), Html);
        const QString tip = message.data(Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(Html)); // without the escaping, Qt would render it
        QCOMPARE(shown(tip), Html);
        const QString images = model.indexOfKey(m_key, RolloutBoardModel::ImagesColumn)
                                   .data(Qt::ToolTipRole)
                                   .toString();
        QVERIFY2(shown(images).contains(Html), qPrintable(images));
    }

    void welcomeReasonIsPlain()
    {
        WelcomePage page;
        page.setReason(Html);
        QLabel *reason = labelFor(&page, u"welcomeReason"_s);
        QVERIFY(reason);
        QCOMPARE(reason->textFormat(), Qt::PlainText);
        QCOMPARE(reason->text(), Html);
    }
};

QTEST_MAIN(TestGuiPlainText)
#include "test_gui_plain_text.moc"
