// Desktop notifications against a stand-in org.freedesktop.Notifications service on a private
// session bus (CTest starts this test under dbus-run-session): the calls really cross the bus.
// The getting-started states drive the rollout: D (paused for a person at 1/8), E (aborted,
// Degraded), F (healthy again as revision 4).

#include "FakeRolloutSource.h"
#include "gui/notify/FreedesktopNotifier.h"
#include "gui/notify/NotificationCenter.h"
#include "gui/notify/NotificationSettings.h"
#include "source/ConnectionState.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::gui::Notice;

namespace {

const QString Key = u"default/rollouts-demo"_s;

QString state(const char *name)
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s +
           QString::fromLatin1(name) + u".yaml"_s;
}

} // namespace

// What a desktop's notification daemon answers; it counts every Notify it receives.
class StandInNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        uint id = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &, int)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        calls.append({replacesId, summary, body, actions, id});
        return id;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }

private:
    uint m_lastId = 100;
};

// The tray stand-in for when no service answers.
class CountingSink : public rd::gui::NotificationSink
{
    Q_OBJECT
public:
    using NotificationSink::NotificationSink;
    void show(const Notice &notice) override { shown << notice; }
    QList<Notice> shown;
};

// A board of two contexts: keys carry their context first, as MultiContextSource's do.
class TwoContextSource : public FakeRolloutSource
{
public:
    QStringList watchedContexts() const override { return {u"prod-eu"_s, u"prod-us"_s}; }
    QString contextOf(const QString &key) const override { return key.section(u'/', 0, 0); }
};

class TestGuiNotifications : public QObject
{
    Q_OBJECT

private:
    StandInNotifications m_service;
    std::unique_ptr<FakeRolloutSource> m_source;
    std::unique_ptr<rd::gui::FreedesktopNotifier> m_notifier;
    std::unique_ptr<CountingSink> m_tray;
    std::unique_ptr<rd::gui::NotificationCenter> m_center;
    bool m_favourite = false;

    bool registerService()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_service,
                                  QDBusConnection::ExportAllSlots) &&
               bus.registerService(u"org.freedesktop.Notifications"_s);
    }
    void unregisterService()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    }
    // Loads a state and gives the bus time to carry any Notify there and back.
    void load(const char *name)
    {
        QVERIFY(m_source->loadSnapshot(state(name)));
        QTest::qWait(300);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus: run under dbus-run-session (CTest does)");
        QVERIFY(registerService());
    }

    void init()
    {
        QSettings().clear();
        m_service.calls.clear();
        m_source = std::make_unique<FakeRolloutSource>();
        m_notifier = std::make_unique<rd::gui::FreedesktopNotifier>();
        m_tray = std::make_unique<CountingSink>();
        m_favourite = false;
        rd::gui::NotificationCenter::Policy policy;
        policy.isFavourite = [this](const QString &, const QString &) { return m_favourite; };
        m_center = std::make_unique<rd::gui::NotificationCenter>(policy);
        m_center->setSinks(m_notifier.get(), m_tray.get());
    }

    void cleanup()
    {
        m_center.reset();
        m_notifier.reset();
        m_tray.reset();
        m_source.reset();
    }

    // The abort and the Degraded it causes are one notice; the recovery replaces it.
    void abortIsOneNoticeAndRecoveryReplacesIt()
    {
        load("state-d-paused");
        m_center->watch(m_source.get(), u"prod-eu"_s); // D is what was found: nothing
        load("state-e-aborted");
        QCOMPARE(m_service.calls.size(), 1);
        QCOMPARE(m_service.calls.at(0).summary,
                 u"Rollout aborted: default/rollouts-demo in prod-eu"_s);
        QVERIFY2(m_service.calls.at(0).body.contains(u"Rollout aborted update to revision 3"_s),
                 qPrintable(m_service.calls.at(0).body));
        QCOMPARE(m_service.calls.at(0).replacesId, 0u);

        load("state-e-aborted"); // the same state again (a resync): nothing
        QCOMPARE(m_service.calls.size(), 1);

        load("state-f-healthy-rev4");
        QCOMPARE(m_service.calls.size(), 2);
        QVERIFY(m_service.calls.at(1).summary.startsWith(u"Rollout completed:"_s));
        QCOMPARE(m_service.calls.at(1).replacesId, m_service.calls.at(0).id);
        QVERIFY(m_tray->shown.isEmpty());
    }

    // A pause for a person offers Promote and Abort; the chosen action comes back as a request.
    void waitingOffersPromoteAndAbort()
    {
        load("state-f-healthy-rev4");
        m_center->watch(m_source.get(), u"prod-eu"_s);
        load("state-d-paused");
        QCOMPARE(m_service.calls.size(), 1);
        const auto call = m_service.calls.at(0);
        QCOMPARE(call.summary, u"Waiting for you: default/rollouts-demo in prod-eu"_s);
        QCOMPARE(call.actions, (QStringList{u"default"_s, u"Open"_s, u"promote"_s, u"Promote…"_s,
                                            u"abort"_s, u"Abort…"_s}));

        QSignalSpy promote(m_center.get(), &rd::gui::NotificationCenter::promoteRequested);
        QSignalSpy open(m_center.get(), &rd::gui::NotificationCenter::openRequested);
        QDBusMessage signal =
            QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                       u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        signal << call.id << u"promote"_s;
        QVERIFY(QDBusConnection::sessionBus().send(signal));
        QTRY_COMPARE(promote.size(), 1);
        QCOMPARE(promote.at(0).at(0).toString(), u"prod-eu"_s);
        QCOMPARE(promote.at(0).at(1).toString(), Key);

        // Another program's notice id is not ours.
        QDBusMessage foreign =
            QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                       u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        foreign << uint(4242) << u"default"_s;
        QVERIFY(QDBusConnection::sessionBus().send(foreign));
        QTest::qWait(200);
        QCOMPARE(open.size(), 0);
    }

    // None for the state found at start, after the first complete load, during a reconnect and
    // its catch-up, or on a context switch.
    void nothingForFoundStates()
    {
        m_center->watch(m_source.get(), u"prod-eu"_s);
        load("state-d-paused"); // first sight
        Q_EMIT m_source->ready();
        m_source->setState(rd::source::ConnectionState::Reconnecting, u"watch dropped"_s);
        load("state-e-aborted"); // seen while reconnecting
        m_source->setState(rd::source::ConnectionState::Connected);
        load("state-f-healthy-rev4"); // the relist's catch-up
        QCOMPARE(m_service.calls.size(), 0);

        QTest::qWait(rd::gui::NotificationCenter::quietAfterReconnectMs);
        load("state-d-paused"); // live again
        QCOMPARE(m_service.calls.size(), 1);

        FakeRolloutSource other; // a context switch: the other context's state is the baseline
        QVERIFY(other.loadSnapshot(state("state-e-aborted")));
        m_center->watch(&other, u"staging"_s);
        QVERIFY(other.loadSnapshot(state("state-e-aborted")));
        QTest::qWait(200);
        QCOMPARE(m_service.calls.size(), 1);
        load("state-f-healthy-rev4"); // the old source is no longer heard
        QCOMPARE(m_service.calls.size(), 1);
    }

    void snoozeSettingsAndFavourites()
    {
        load("state-f-healthy-rev4");
        m_center->watch(m_source.get(), u"prod-eu"_s);
        m_center->snooze(u"prod-eu"_s, Key, QDateTime::currentDateTimeUtc().addSecs(600));
        QVERIFY(m_center->isSnoozed(u"prod-eu"_s, Key));
        QVERIFY(!m_center->isSnoozed(u"staging"_s, Key));
        load("state-d-paused");
        QCOMPARE(m_service.calls.size(), 0);
        m_center->snooze(u"prod-eu"_s, Key, QDateTime::currentDateTimeUtc().addSecs(-1));

        rd::gui::NotificationSettings::setKindEnabled(Notice::Kind::Aborted, false);
        load("state-e-aborted");
        QCOMPARE(m_service.calls.size(), 0);

        rd::gui::NotificationSettings::setFavouritesOnly(true);
        load("state-f-healthy-rev4");
        QCOMPARE(m_service.calls.size(), 0); // not a favourite
        m_favourite = true;
        load("state-d-paused");
        QCOMPARE(m_service.calls.size(), 1);
        QVERIFY(m_service.calls.at(0).summary.startsWith(u"Waiting for you:"_s));
    }

    // On a board of several contexts a notice names the row's own context and its plain
    // namespace/name; its actions come back with the board's key.
    void severalContextsNameTheRowsOwn()
    {
        TwoContextSource board;
        auto loadAs = [&board](const char *name) {
            auto objects = rd::core::SnapshotLoader::load(state(name));
            QVERIFY(objects);
            for (const auto &rollout : objects.value().rollouts) {
                auto info = rd::core::RolloutInfoBuilder::build(rollout, objects.value());
                const QString key = u"prod-us/"_s + info.key();
                board.putKeyed(key, info);
            }
            QTest::qWait(300);
        };
        loadAs("state-f-healthy-rev4");
        m_center->watch(&board, u"prod-eu, prod-us"_s);
        QCOMPARE(m_center->contextOf(u"prod-us/default/rollouts-demo"_s), u"prod-us"_s);
        loadAs("state-d-paused");
        QCOMPARE(m_service.calls.size(), 1);
        QCOMPARE(m_service.calls.at(0).summary,
                 u"Waiting for you: default/rollouts-demo in prod-us"_s);
        QSignalSpy open(m_center.get(), &rd::gui::NotificationCenter::openRequested);
        QDBusMessage signal =
            QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                       u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        signal << m_service.calls.at(0).id << u"default"_s;
        QVERIFY(QDBusConnection::sessionBus().send(signal));
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"prod-us"_s);
        QCOMPARE(open.at(0).at(1).toString(), u"prod-us/default/rollouts-demo"_s);
        m_center->watch(nullptr, QString());
    }

    // No service on the bus: the tray shows the notice, and keeps doing so.
    void trayWhenNoServiceAnswers()
    {
        unregisterService();
        load("state-f-healthy-rev4");
        m_center->watch(m_source.get(), u"prod-eu"_s);
        load("state-e-aborted");
        QTRY_COMPARE(m_tray->shown.size(), 1);
        QCOMPARE(m_tray->shown.at(0).kind, Notice::Kind::Aborted);
        load("state-f-healthy-rev4");
        QCOMPARE(m_tray->shown.size(), 2);
        QCOMPARE(m_service.calls.size(), 0);
        QVERIFY(registerService());
    }
};

QTEST_MAIN(TestGuiNotifications)
#include "test_gui_notifications.moc"
