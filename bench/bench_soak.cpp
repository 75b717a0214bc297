// rolloutdesk-bench-soak: issue 15's soak run. A separate rolloutdesk-sim serves scale:N with churn
// (R image changes a second) and its default faults (dropped and expired watches, 5xx, 429,
// latency, truncated and malformed answers); the cluster source the window uses (or, with --window,
// the whole window) watches it for the given time. It prints resident memory and malloc's bytes in
// use after the warm-up and at the end (the growth in between; and the trend of each minute's
// low-water mark, which relists in flight do not move, against the budget of 5 %), and, once the
// churn has stopped, whether every rollout's RolloutInfo equals one built from the server's lists
// fetched directly. Numbers only: nothing here is a timed assertion; the exit code is 0 when it ran
// to the end.

#include "BenchClient.h"
#include "MemoryFigures.h"
#include "core/AllocatorTuning.h"
#include "core/ObjectSet.h"
#include "core/RolloutInfoBuilder.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeReply.h"
#include "kube/ObjectCache.h"
#include "kube/Reflector.h"
#include "source/ClusterRolloutSource.h"

#ifdef ROLLOUTDESK_SOAK_WINDOW
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/charts/WeightHistory.h"
#include "gui/models/TimelineBook.h"
#include "gui/settings/AppSettings.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNamespace = u"spring-petclinic"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct MemorySample
{
    qint64 rssKiB = 0;
    qint64 heapBytes = 0;
};

MemorySample sampleMemory()
{
    return {rd::bench::residentKiB(), rd::bench::heapInUseBytes()};
}

QString growth(double before, double after)
{
    return QString::number((after - before) * 100.0 / before, 'f', 1) + u" %"_s;
}

// The server's lists of the kinds a rollout's RolloutInfo reads, fetched directly (no watch, no
// trimming) so that the comparison does not go through the code it checks.
class ServerLists : public QObject
{
    Q_OBJECT
public:
    explicit ServerLists(rd::kube::KubeClient *client)
        : m_client(client)
    {}

    // Fetches all lists; fetched() tells whether every one arrived whole (faults may break one).
    void fetch()
    {
        m_items.clear();
        m_pending = int(kPaths.size());
        m_failed = false;
        for (const auto &entry : kPaths) {
            // Not a structured binding: clang 14 cannot capture one in the lambda below.
            const QString &path = entry.first;
            const QString kind = entry.second;
            rd::kube::KubeRequest request;
            request.path = path.arg(kNamespace);
            request.timeoutMs = 60000;
            rd::kube::KubeReply *reply = m_client->send(request);
            connect(reply, &rd::kube::KubeReply::finished, this, [this, reply, kind] {
                reply->deleteLater();
                const QJsonObject body = reply->ok() ? reply->json() : QJsonObject();
                if (!body.value(u"items"_s).isArray())
                    m_failed = true;
                for (const QJsonValue &item : body.value(u"items"_s).toArray()) {
                    QJsonObject o = item.toObject();
                    o.insert(u"kind"_s, kind); // lists may omit it; the typed views need it
                    m_items << o;
                }
                if (--m_pending == 0)
                    Q_EMIT fetched(!m_failed);
            });
        }
    }

    // RolloutInfo of every rollout, from its own objects (children by owner uid, as the source
    // and the plugin match them).
    QHash<QString, rd::core::RolloutInfo> infos() const
    {
        QHash<QString, QList<QJsonObject>> childrenOf; // owner uid -> objects
        QList<QJsonObject> rollouts;
        for (const QJsonObject &o : m_items) {
            const QJsonObject meta = o.value(u"metadata"_s).toObject();
            if (o.value(u"kind"_s).toString() == u"Rollout"_s)
                rollouts << o;
            for (const QJsonValue &ref : meta.value(u"ownerReferences"_s).toArray())
                childrenOf[ref.toObject().value(u"uid"_s).toString()] << o;
        }
        QHash<QString, rd::core::RolloutInfo> out;
        for (const QJsonObject &json : rollouts) {
            const auto rollout = rd::core::Rollout::fromJson(json);
            if (!rollout)
                continue;
            rd::core::ObjectSet set;
            set.add(json);
            QList<QJsonObject> frontier = childrenOf.value(rollout->meta.uid);
            for (int depth = 0; depth < 3 && !frontier.isEmpty(); ++depth) {
                QList<QJsonObject> next;
                for (const QJsonObject &child : frontier) {
                    set.add(child);
                    next << childrenOf.value(
                        child.value(u"metadata"_s).toObject().value(u"uid"_s).toString());
                }
                frontier = next;
            }
            const auto info = rd::core::RolloutInfoBuilder::build(*rollout, set);
            out.insert(rollout->meta.namespace_ + u'/' + rollout->meta.name, info);
        }
        return out;
    }

Q_SIGNALS:
    void fetched(bool whole);

private:
    inline static const QList<std::pair<QString, QString>> kPaths = {
        {u"/apis/argoproj.io/v1alpha1/namespaces/%1/rollouts"_s, u"Rollout"_s},
        {u"/apis/apps/v1/namespaces/%1/replicasets"_s, u"ReplicaSet"_s},
        {u"/api/v1/namespaces/%1/pods"_s, u"Pod"_s},
        {u"/apis/argoproj.io/v1alpha1/namespaces/%1/analysisruns"_s, u"AnalysisRun"_s},
        {u"/apis/argoproj.io/v1alpha1/namespaces/%1/experiments"_s, u"Experiment"_s}};

    rd::kube::KubeClient *m_client;
    QList<QJsonObject> m_items;
    int m_pending = 0;
    bool m_failed = false;
};

// What a reader needs to tell two RolloutInfo apart at a glance.
QString describe(const rd::core::RolloutInfo *info)
{
    if (!info)
        return u"(none)"_s;
    QString text =
        u"rv %1 %2 step %3 ready %4/%5"_s.arg(info->resourceVersion, info->status, info->step)
            .arg(info->ready)
            .arg(info->desired);
    for (const auto &rs : info->replicaSets) {
        text +=
            u" [%1 %2 %3/%4 pods"_s.arg(rs.meta.name, rs.status).arg(rs.available).arg(rs.replicas);
        for (const auto &pod : rs.pods)
            text += u' ' + pod.meta.name.right(5) + u':' + pod.status;
        text += u']';
    }
    return text;
}

// Rollouts whose RolloutInfo differs between the source and the server (missing on either side
// counts too); their keys in `keys` (the first few).
int mismatches(const rd::source::ClusterRolloutSource &source,
               const QHash<QString, rd::core::RolloutInfo> &server, QStringList *keys)
{
    int count = 0;
    QSet<QString> all(server.keyBegin(), server.keyEnd());
    for (const QString &key : source.keys())
        all.insert(key);
    for (const QString &key : std::as_const(all)) {
        const auto mine = source.info(key);
        const auto it = server.constFind(key);
        if (mine && it != server.constEnd() && *mine == *it)
            continue;
        ++count;
        if (keys->size() < 5)
            keys->append(key);
    }
    return count;
}

// Growth over the run by the least-squares line through the samples (one a minute from the
// warm-up on): a leak is a slope, whereas the two end points alone also carry whatever happens
// to be in flight when they are taken (a list being read, a page being decoded: a few MB).
struct Trend
{
    QList<double> seconds;
    QList<double> values;

    // The line's rise from the first sample's time to the last one's, relative to its value at
    // the first.
    QString growth() const
    {
        const qsizetype n = seconds.size();
        if (n < 3)
            return u"(too few samples)"_s;
        double mt = 0, mv = 0;
        for (qsizetype i = 0; i < n; ++i) {
            mt += seconds[i] / double(n);
            mv += values[i] / double(n);
        }
        double num = 0, den = 0;
        for (qsizetype i = 0; i < n; ++i) {
            num += (seconds[i] - mt) * (values[i] - mv);
            den += (seconds[i] - mt) * (seconds[i] - mt);
        }
        const double slope = den > 0 ? num / den : 0;
        const double start = mv + slope * (seconds.first() - mt);
        const double rise = slope * (seconds.last() - seconds.first());
        return (rise >= 0 ? u"+"_s : u""_s) + QString::number(rise / 1e6, 'f', 1) + u" MB ("_s +
               QString::number(rise * 100.0 / start, 'f', 1) + u" %)"_s;
    }
};

// Where each reflector's time goes (watching, listing, waiting out a backoff): a reflector that
// spends most of it waiting shows a store that lags the server, whatever the code computes.
class ReflectorTimes
{
public:
    explicit ReflectorTimes(const QList<rd::kube::Reflector *> &reflectors)
    {
        m_clock.start();
        for (rd::kube::Reflector *r : reflectors) {
            const qsizetype i = m_entries.size();
            m_entries.append({r, r->state(), 0, {}});
            QObject::connect(r, &rd::kube::Reflector::stateChanged, r,
                             [this, i](rd::kube::Reflector::State state) { enter(i, state); });
        }
    }

    // One line per reflector, in the source's order of kinds: shares of the time since the
    // last call (then the counts start over).
    QString takeSummary()
    {
        static const QStringList kNames = {u"rollouts"_s,     u"replicasets"_s, u"pods"_s,
                                           u"analysisruns"_s, u"experiments"_s, u"deployments"_s,
                                           u"events"_s};
        QString text;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            Entry &e = m_entries[i];
            enter(i, e.state); // closes the running interval
            qint64 total = 0;
            for (qint64 ms : std::as_const(e.msIn))
                total += ms;
            auto share = [&](rd::kube::Reflector::State st) {
                return total > 0 ? QString::number(e.msIn.value(st) * 100 / total) : u"-"_s;
            };
            using S = rd::kube::Reflector::State;
            text +=
                u"    %1: watching %2 %, listing %3 %, backoff %4 %; %5 lists, %6 watches so far\n"_s
                    .arg(kNames.value(i, u"?"_s), share(S::Watching), share(S::Listing),
                         share(S::Backoff))
                    .arg(e.reflector->listCount())
                    .arg(e.reflector->watchCount());
            e.msIn.clear();
        }
        return text;
    }

private:
    struct Entry
    {
        rd::kube::Reflector *reflector;
        rd::kube::Reflector::State state;
        qint64 since;
        QHash<rd::kube::Reflector::State, qint64> msIn;
    };

    void enter(qsizetype i, rd::kube::Reflector::State state)
    {
        Entry &e = m_entries[i];
        const qint64 now = m_clock.elapsed();
        e.msIn[e.state] += now - e.since;
        e.since = now;
        e.state = state;
    }

    QElapsedTimer m_clock;
    QList<Entry> m_entries;
};

} // namespace

int main(int argc, char *argv[])
{
    // As the window does (src/app/main.cpp).
    rd::core::limitAllocatorArenas();
    rd::core::fixLargeBlockThreshold();
    // --window: the whole window (MainWindow, offscreen unless a platform is named) watches
    // instead of the bare cluster source, so that its models, stories and weight history are
    // measured too. Its settings and stored history go to a folder of this run's own.
    bool windowMode = false;
    for (int i = 1; i < argc; ++i)
        windowMode = windowMode || std::strcmp(argv[i], "--window") == 0;
    QTemporaryDir home;
    std::unique_ptr<QCoreApplication> application;
#ifdef ROLLOUTDESK_SOAK_WINDOW
    if (windowMode) {
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(var, QFile::encodeName(home.filePath(QString::fromLatin1(var))));
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Soak run: memory growth and final consistency of the cluster source under churn."_s);
    parser.addHelpOption();
    const QCommandLineOption rolloutsOpt(u"rollouts"_s, u"Rollouts in the scenario."_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption churnOpt(u"churn"_s, u"Image changes a second."_s, u"r"_s, u"10"_s);
    const QCommandLineOption minutesOpt(u"minutes"_s, u"Length of the churn."_s, u"m"_s, u"30"_s);
    const QCommandLineOption warmupOpt(
        u"warmup-minutes"_s, u"Warm-up before the first sample (default: a sixth)."_s, u"m"_s);
    const QCommandLineOption faultsOpt(u"faults"_s, u"Faults of the simulator."_s, u"spec"_s,
                                       u"default"_s);
    const QCommandLineOption settleOpt(u"settle-seconds"_s,
                                       u"How long the source may take to match the server."_s,
                                       u"s"_s, u"180"_s);
    const QCommandLineOption simOpt(u"sim"_s, u"rolloutdesk-sim to start."_s, u"path"_s,
                                    QStringLiteral(ROLLOUTDESK_SIM_PATH));
    // A real cluster deletes Events an hour after their last write; a soak shorter than that
    // would only measure the Events piling up, so by default the hour is compressed to 5 min.
    const QCommandLineOption eventTtlOpt(
        u"event-ttl"_s, u"Seconds the simulator keeps an Event after its last write."_s, u"s"_s,
        u"300"_s);
    const QCommandLineOption windowOpt(
        u"window"_s,
        u"Measure the whole window (offscreen) rather than the cluster source alone."_s);
    parser.addOptions({rolloutsOpt, churnOpt, minutesOpt, warmupOpt, faultsOpt, settleOpt, simOpt,
                       eventTtlOpt, windowOpt});
    parser.process(app);
    // Faults make the client log every retry; the figures are what this program is for.
    QLoggingCategory::setFilterRules(u"rd.kube.info=false\nrd.source.info=false"_s);
    const int rollouts = parser.value(rolloutsOpt).toInt();
    const int churn = parser.value(churnOpt).toInt();
    const double minutes = parser.value(minutesOpt).toDouble();
    // By default the warm-up lasts two rounds of the churn through every rollout (each then has
    // its second ReplicaSet and its Events), at least a sixth of the run, at most half: before that
    // the state the server holds still grows.
    const double twoRounds = 2.0 * parser.value(rolloutsOpt).toDouble() /
                             std::max(1.0, parser.value(churnOpt).toDouble()) / 60.0;
    const double warmupMinutes = parser.isSet(warmupOpt)
                                     ? parser.value(warmupOpt).toDouble()
                                     : std::min(std::max(minutes / 6.0, twoRounds), minutes / 2);
    const int churnSeconds = std::max(1, int(std::lround(minutes * 60)));
    if (rollouts < 1 || churn < 1 || minutes <= 0 || warmupMinutes < 0 ||
        warmupMinutes >= minutes) {
        QTextStream(stderr) << "invalid options (rollouts, churn >= 1; 0 <= warm-up < minutes)"
                            << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    const QString scenario =
        u"scale:%1,churn:%2,for:%3"_s.arg(rollouts).arg(churn).arg(churnSeconds);
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(simOpt),
              {u"--tls"_s, u"--scenario"_s, scenario, u"--faults"_s, parser.value(faultsOpt),
               u"--event-ttl"_s, parser.value(eventTtlOpt), u"--kubeconfig-out"_s, kubeconfig});
    if (!sim.waitForReadyRead(120000)) {
        QTextStream(stderr) << "rolloutdesk-sim did not start" << Qt::endl;
        return 1;
    }
    QElapsedTimer sinceChurnStart; // the churn began while the simulator built its scenario
    sinceChurnStart.start();
    // A simulator that goes away (a crash, or someone's kill) leaves every reflector backing off
    // against a refused connection: that run says nothing about the source, so it ends here.
    bool simGone = false;
    QObject simWatch; // goes before `sim` and what the handler uses: no call from ~QProcess
    QObject::connect(
        &sim, &QProcess::finished, &simWatch, [&](int code, QProcess::ExitStatus status) {
            simGone = true;
            QTextStream(stderr) << "rolloutdesk-sim ended after "
                                << qRound(double(sinceChurnStart.elapsed()) / 1000) << " s ("
                                << (status == QProcess::CrashExit ? u"crashed or killed"_s
                                                                  : u"exit code %1"_s.arg(code))
                                << "); the run is void" << Qt::endl;
            QCoreApplication::exit(3);
        });
    out() << "server: " << QString::fromUtf8(sim.readLine()).trimmed() << ", scenario " << scenario
          << ", faults " << parser.value(faultsOpt) << " (TLS)\n";
    out().flush();

    QString error;
    auto client = rd::bench::clientFor(kubeconfig, &error);
    auto checkClient = rd::bench::clientFor(kubeconfig, &error);
    if (!client || !checkClient) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    std::unique_ptr<rd::source::ClusterRolloutSource> ownSource;
    rd::source::ClusterRolloutSource *watching = nullptr;
#ifdef ROLLOUTDESK_SOAK_WINDOW
    rd::gui::AppSettings settings;
    rd::gui::ConnectionManager connection;
    std::unique_ptr<rd::gui::MainWindow> window;
    if (windowMode) {
        window = std::make_unique<rd::gui::MainWindow>(&settings, &connection);
        window->resize(1280, 800);
        window->show();
        if (!connection.openKubeconfig(kubeconfig, QString(), kNamespace, false, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        watching = qobject_cast<rd::source::ClusterRolloutSource *>(connection.source());
    }
#endif
    if (windowMode && !watching) {
        QTextStream(stderr) << "--window: this build has no window, or it watches no cluster"
                            << Qt::endl;
        return 2;
    }
    if (!windowMode) {
        ownSource =
            std::make_unique<rd::source::ClusterRolloutSource>(std::move(client), kNamespace);
        watching = ownSource.get();
    }
    rd::source::ClusterRolloutSource &source = *watching;
    out() << "watching: " << (windowMode ? "the whole window (offscreen)" : "the cluster source")
          << "\n";
    int changes = 0;
    int reconnects = 0;
    QObject::connect(&source, &rd::source::RolloutSource::rolloutChanged, &app, [&] { ++changes; });
    QObject::connect(&source, &rd::source::RolloutSource::connectionStateChanged, &app, [&] {
        if (source.connectionState() == rd::source::ConnectionState::Reconnecting)
            ++reconnects;
    });
    if (!windowMode)
        source.start(); // the window's connection started its own
    ReflectorTimes times(source.reflectors());

    MemorySample warm;
    MemorySample end;
    double perEventBytes = 0;
    qint64 endPeakKiB = 0;
    Trend residentTrend;
    Trend heapTrend;
    QList<double> eventsHeld; // Events in the store at each of the trend's samples
    qint64 eventsAtWarm = 0;  // bytes the Events store held (the server's Events only grow)
    qint64 othersAtWarm = 0;  // and the other stores
    qint64 eventsAtEnd = 0;
    qint64 othersAtEnd = 0;
    auto held = [&](qint64 *events, qint64 *others) {
        *events = 0;
        *others = 0;
        for (const QString &kind : {u"Rollout"_s, u"ReplicaSet"_s, u"Pod"_s, u"Event"_s}) {
            if (const rd::kube::ObjectCache *store = source.store(kind))
                *(kind == u"Event"_s ? events : others) += store->packedBytes();
        }
    };
    auto report = [&](const char *what, const MemorySample &m) {
        if (warm.rssKiB > 0) {
            const double t = double(sinceChurnStart.elapsed()) / 1000;
            residentTrend.seconds << t;
            residentTrend.values << double(m.rssKiB) * 1024;
            heapTrend.seconds << t;
            heapTrend.values << double(m.heapBytes);
            const rd::kube::ObjectCache *events = source.store(u"Event"_s);
            eventsHeld << double(events ? events->size() : 0);
        }
        out() << qRound(double(sinceChurnStart.elapsed()) / 1000) << " s, " << what << ": resident "
              << rd::bench::megabytes(m.rssKiB) << ", malloc in use "
              << rd::bench::megabytes(m.heapBytes / 1024) << ", " << source.keys().size()
              << " rollouts, " << changes << " changes seen, " << reconnects
              << " reconnections; held:";
        // What the source holds: growth here follows the server's state (Events pile up), not
        // a leak.
        for (const QString &kind : {u"Rollout"_s, u"ReplicaSet"_s, u"Pod"_s, u"Event"_s}) {
            if (const rd::kube::ObjectCache *store = source.store(kind))
                out() << " " << store->size() << " " << kind << "s ("
                      << QString::number(double(store->packedBytes()) / 1e6, 'f', 1) << " MB)";
        }
        // The source's own indexes: they follow the objects held, so they must stay flat too.
        qsizetype indexed = 0;
        const auto sizes = source.indexSizes();
        for (qsizetype n : sizes)
            indexed += n;
        const rd::kube::KubeClient::Alive alive = source.client()->alive();
        out() << "; " << indexed << " index entries; requests alive: " << alive.replies
              << " replies, " << alive.networkReplies << " network replies, " << alive.managers
              << " managers\n";
#ifdef ROLLOUTDESK_SOAK_WINDOW
        // The window's own per-rollout memory: bounded, so these level off.
        if (window) {
            out() << "    window: " << window->stories()->entriesInMemory()
                  << " story entries in memory, " << window->weightHistory()->pointCount()
                  << " weight points\n";
        }
#endif
        out() << times.takeSummary();
        out().flush();
    };
    // Each minute's low-water mark, from samples 5 s apart. A sample taken while a list is being
    // read holds the old store and the new list at once (tens of MB at 2,000 rollouts, seen in a
    // heaptrack run); whether a minute's sample lands in one is chance, and under the default
    // faults lists are frequent. A leak raises the floor as well as the rest; a relist does not.
    Trend residentFloorTrend;
    Trend heapFloorTrend;
    MemorySample floor;
    QTimer fiveSeconds;
    fiveSeconds.setInterval(5000);
    QObject::connect(&fiveSeconds, &QTimer::timeout, &app, [&] {
        const MemorySample m = sampleMemory();
        floor.rssKiB = floor.rssKiB > 0 ? std::min(floor.rssKiB, m.rssKiB) : m.rssKiB;
        floor.heapBytes =
            floor.heapBytes > 0 ? std::min(floor.heapBytes, m.heapBytes) : m.heapBytes;
    });
    auto takeFloor = [&] {
        if (warm.rssKiB > 0 && floor.rssKiB > 0) {
            const double t = double(sinceChurnStart.elapsed()) / 1000;
            residentFloorTrend.seconds << t;
            residentFloorTrend.values << double(floor.rssKiB) * 1024;
            heapFloorTrend.seconds << t;
            heapFloorTrend.values << double(floor.heapBytes);
        }
        floor = {};
    };
    QTimer minute;
    minute.setInterval(60000);
    QObject::connect(&minute, &QTimer::timeout, &app, [&] {
        takeFloor();
        report("sample", sampleMemory());
    });
    QTimer::singleShot(qint64(warmupMinutes * 60000), &app, [&] {
        warm = sampleMemory();
        held(&eventsAtWarm, &othersAtWarm);
        report("after warm-up", warm);
        minute.start(); // from here on: the trend's samples, a minute apart
        floor = {};
        fiveSeconds.start();
    });
    minute.start();
    QTimer::singleShot(qint64(churnSeconds) * 1000, &app, [&] {
        minute.stop();
        fiveSeconds.stop();
        // Sampled before the comparison allocates its own copies of the lists.
        end = sampleMemory();
        held(&eventsAtEnd, &othersAtEnd);
        endPeakKiB = rd::bench::peakResidentKiB();
        report("churn over", end);
        // What one Event costs, measured: the bytes malloc gets back when the source lets go of
        // every Event it holds (store, key, index entries; a hash keeps its buckets, so at
        // least). The stores refill from the watch; the comparison below does not read Events.
        if (rd::kube::ObjectCache *events = source.store(u"Event"_s); events && events->size()) {
            const qsizetype count = events->size();
            const qint64 packed = events->packedBytes();
            const qint64 before = rd::bench::heapInUseBytes();
            events->replaceAll(QList<rd::kube::ObjectCache::Packed>{});
            perEventBytes = double(before - rd::bench::heapInUseBytes()) / double(count);
            out() << "the " << count << " Events held took "
                  << QString::number(perEventBytes * double(count) / 1e6, 'f', 1)
                  << " MB of malloc in use, " << qRound(perEventBytes) << " bytes each ("
                  << packed / count << " of them their text)\n";
        }
        if (rd::bench::trimFreeMemory())
            out() << "resident after malloc_trim: "
                  << rd::bench::megabytes(rd::bench::residentKiB()) << "\n";
        QCoreApplication::exit(0);
    });
    if (QCoreApplication::exec() == 3 || simGone)
        return 3;

    // The churn has stopped: the cluster settles (rollouts end paused or healthy) and the source
    // must come to show exactly what the server has, faults notwithstanding.
    ServerLists lists(checkClient.get());
    QElapsedTimer settling;
    settling.start();
    int lastMismatches = -1;
    QStringList examples;
    int rounds = 0;
    QObject::connect(&lists, &ServerLists::fetched, &app, [&](bool whole) {
        ++rounds;
        if (whole) {
            examples.clear();
            lastMismatches = mismatches(source, lists.infos(), &examples);
            if (lastMismatches == 0) {
                QCoreApplication::exit(0);
                return;
            }
        }
        if (settling.elapsed() > parser.value(settleOpt).toLongLong() * 1000) {
            QCoreApplication::exit(1);
            return;
        }
        QTimer::singleShot(2000, &app, [&] { lists.fetch(); });
    });
    QTimer::singleShot(2000, &app, [&] { lists.fetch(); });
    const bool settled = QCoreApplication::exec() == 0;
    if (simGone)
        return 3;

    out() << "memory growth after warm-up (" << warmupMinutes << " min) to the end (" << minutes
          << " min): resident " << growth(double(warm.rssKiB), double(end.rssKiB))
          << ", malloc in use " << growth(double(warm.heapBytes), double(end.heapBytes))
          << " (budget 5 %)\n";
    out() << "trend after warm-up (least squares over " << heapTrend.seconds.size()
          << " samples a minute apart): resident " << residentTrend.growth() << ", malloc in use "
          << heapTrend.growth() << "\n";
    out() << "trend of each minute's low-water mark (samples 5 s apart; least squares over "
          << heapFloorTrend.seconds.size() << " minutes): resident " << residentFloorTrend.growth()
          << ", malloc in use " << heapFloorTrend.growth() << " (budget 5 %)\n";
    if (perEventBytes > 0) {
        // The server's Events only grow (the simulator keeps every one), and the source holds
        // them all: the same trend with their measured cost taken out is what the source itself
        // grew by.
        Trend withoutEvents = heapTrend;
        for (qsizetype i = 0; i < withoutEvents.values.size(); ++i)
            withoutEvents.values[i] -= perEventBytes * eventsHeld.value(i);
        out() << "  malloc in use less the Events held (" << qRound(perEventBytes)
              << " bytes each): " << withoutEvents.growth() << "; Events held from "
              << qRound(eventsHeld.value(0)) << " to "
              << qRound(eventsHeld.value(eventsHeld.size() - 1)) << "\n";
    }
    out() << "meanwhile the stores' packed objects went from "
          << QString::number(double(othersAtWarm + eventsAtWarm) / 1e6, 'f', 1) << " to "
          << QString::number(double(othersAtEnd + eventsAtEnd) / 1e6, 'f', 1) << " MB, Events from "
          << QString::number(double(eventsAtWarm) / 1e6, 'f', 1) << " to "
          << QString::number(double(eventsAtEnd) / 1e6, 'f', 1)
          << " MB (the simulator deletes an Event --event-ttl seconds after its last write)\n";
    out() << "peak resident memory (ru_maxrss) until the churn stopped: "
          << rd::bench::megabytes(endPeakKiB) << "\n";
    out() << "final state: " << lastMismatches << " of " << rollouts
          << " rollouts differ from the server's"
          << (settled ? u""_s : u" (still after %1 s)"_s.arg(settling.elapsed() / 1000))
          << ", compared " << rounds << " times over " << settling.elapsed() / 1000 << " s"
          << (examples.isEmpty() ? u""_s : u"; e.g. "_s + examples.join(u", "_s)) << "\n";
    out() << "  reflectors while settling:\n" << times.takeSummary();
    if (!examples.isEmpty()) {
        const auto server = lists.infos();
        for (const QString &key : examples.mid(0, 2)) {
            const auto mine = source.info(key);
            const auto it = server.constFind(key);
            out() << "  " << key << "\n    source: " << describe(mine.get())
                  << "\n    server: " << describe(it == server.constEnd() ? nullptr : &*it) << "\n";
        }
        for (const rd::kube::Reflector *r : source.reflectors())
            out() << "  reflector: state " << int(r->state()) << ", " << r->listCount()
                  << " lists, " << r->watchCount() << " watches, at " << r->lastResourceVersion()
                  << ", last error: " << r->lastError().message << "\n";
    }
    out().flush();

    sim.disconnect(&simWatch);
    sim.terminate();
    sim.waitForFinished(10000);
    return settled ? 0 : 1;
}

#include "bench_soak.moc"
