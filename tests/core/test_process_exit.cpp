// core::ProcessExit: while the program runs, release() leaves a container to its owner (it is
// freed as usual); once the process is ending, release() moves the contents aside, the owner's
// container is empty and destroying it frees nothing per element. Under the sanitizer build
// (LeakSanitizer on), what was moved aside is not reported as a leak: it stays reachable.

#include "../FreeCounter.h"

#include "core/ProcessExit.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using rd::core::ProcessExit;

namespace {
constexpr int kItems = 5000;

QHash<QString, QByteArray> filled()
{
    QHash<QString, QByteArray> hash;
    for (int i = 0; i < kItems; ++i)
        hash.insert(u"object-%1"_s.arg(i), QByteArray(64, char('a' + i % 26)));
    return hash;
}
} // namespace

class TestProcessExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The order matters: begin() cannot be undone.
    void whileRunningTheOwnerFreesIt()
    {
        QVERIFY(!ProcessExit::underway());
        auto hash = std::make_unique<QHash<QString, QByteArray>>(filled());
        ProcessExit::release(*hash);
        QCOMPARE(hash->size(), kItems); // untouched
        QCOMPARE(ProcessExit::releasedCount(), std::size_t(0));
        rd::test::FreeCounter counter;
        hash.reset();
        const std::size_t freed = counter.stop();
        if (rd::test::FreeCounter::available()) // a key and a value per item at least
            QVERIFY2(freed >= std::size_t(2 * kItems), qPrintable(QString::number(freed)));
    }

    void atExitTheContentsAreKeptAside()
    {
        ProcessExit::begin();
        QVERIFY(ProcessExit::underway());
        auto hash = std::make_unique<QHash<QString, QByteArray>>(filled());
        std::vector<std::shared_ptr<const QString>> shared;
        for (int i = 0; i < kItems; ++i)
            shared.push_back(std::make_shared<const QString>(QString::number(i)));
        ProcessExit::release(*hash);
        ProcessExit::release(shared);
        QVERIFY(hash->isEmpty());
        QVERIFY(shared.empty());
        QCOMPARE(ProcessExit::releasedCount(), std::size_t(2));
        rd::test::FreeCounter counter;
        hash.reset();
        const std::size_t freed = counter.stop();
        QVERIFY2(freed <= 2, qPrintable(QString::number(freed))); // the hash object itself
    }
};

QTEST_GUILESS_MAIN(TestProcessExit)
#include "test_process_exit.moc"
