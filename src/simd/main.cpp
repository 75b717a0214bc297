// rolloutdesk-sim: a loopback Kubernetes API with the Argo Rollouts controller behind it.
#include "SignalWatcher.h"
#include "core/AllocatorTuning.h"
#include "sim/SimCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "Error: " << message << "\nSee 'rolloutdesk-sim --help'.\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    rd::core::restartWithDeeperAllocatorCache(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rolloutdesk-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLOUTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulated Kubernetes cluster with the Argo Rollouts controller, for demos, training "
        u"and tests.\n"
        u"It serves the Kubernetes API on loopback; point kubectl or rolloutdesk at it with --kubeconfig-out."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address to serve on (default 127.0.0.1:0, any free port)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s,
        u"Allow a non-loopback --listen address (needs --tls and --require-auth)."_s);
    const QCommandLineOption tls(
        u"tls"_s,
        u"Generate a CA and a server certificate and require TLS (enables the cert-user client certificate)."_s);
    const QCommandLineOption kubeconfigOut(
        u"kubeconfig-out"_s,
        u"Write a kubeconfig for the users admin, viewer (read-only) and, with --tls, cert-user."_s,
        u"FILE"_s);
    const QCommandLineOption scenario(
        u"scenario"_s,
        u"Starting state: rollouts-demo (default), showcase, scale:N (N rollouts), scale:N,churn:R (and R image changes a second), scale:N,churn:R,for:S (changes during the first S seconds) or empty; a scale scenario may end with ,age:D (rollouts D days old instead of an hour, so their age text rarely changes)."_s,
        u"NAME"_s, u"rollouts-demo"_s);
    const QCommandLineOption speed(
        u"speed"_s, u"Time multiplier for every simulated delay (default 1)."_s, u"X"_s, u"1"_s);
    const QCommandLineOption requireAuth(
        u"require-auth"_s,
        u"Without --tls, refuse requests without credentials (401). kubectl sends no token over plain HTTP, so by default they act as admin."_s);
    const QCommandLineOption faults(
        u"faults"_s,
        u"Inject faults: 'default' or e.g. drop=0.05,expire=0.3,5xx=0.05,429=0.05,latency=200,truncate=0.02,malformed=0.02,seed=7."_s,
        u"SPEC"_s);
    const QCommandLineOption eventTtl(
        u"event-ttl"_s,
        u"Seconds an Event lives after its last write, as the API server's --event-ttl (default 3600; 0 keeps them)."_s,
        u"S"_s, u"3600"_s);
    const QCommandLineOption bookmarkInterval(
        u"bookmark-interval"_s,
        u"Seconds between the BOOKMARK events of a watch that asked for them (default 15; a test of an idle client sets it longer)."_s,
        u"S"_s, u"15"_s);
    parser.addOptions({listen, allowRemote, tls, requireAuth, kubeconfigOut, scenario, speed,
                       faults, eventTtl, bookmarkInterval});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("rolloutdesk-sim %s\n", ROLLOUTDESK_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    rd::sim::SimCluster::Options options;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    if (colon < 0)
        return usageError(u"--listen expects HOST:PORT, got \"%1\""_s.arg(listenValue));
    QString host = listenValue.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return usageError(u"invalid port in --listen \"%1\""_s.arg(listenValue));
    QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.addresses().isEmpty())
            return usageError(u"cannot resolve host \"%1\""_s.arg(host));
        address = info.addresses().constFirst();
    }
    options.address = address;
    options.port = quint16(port);
    options.allowRemote = parser.isSet(allowRemote);
    if (!options.allowRemote && !address.isLoopback())
        return usageError(
            u"refusing to listen on %1: not a loopback address (add --allow-remote to serve other machines)"_s
                .arg(host));
    options.tls = parser.isSet(tls);
    // Serving other machines needs both: TLS so tokens do not cross the network in clear text, and
    // credentials on every request so nobody acts as admin just by connecting.
    if (options.allowRemote && (!options.tls || !parser.isSet(requireAuth)))
        return usageError(
            u"--allow-remote needs --tls and --require-auth: without them anyone on the network could read tokens or act as admin"_s);
    options.scenario = parser.value(scenario);
    if (!rd::sim::SimCluster::isValidScenario(options.scenario))
        return usageError(
            u"unknown scenario \"%1\" (known: rollouts-demo, showcase, scale:N[,churn:R[,for:S]][,age:D], empty)"_s
                .arg(options.scenario));
    bool speedOk = false;
    options.speed = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || options.speed <= 0 || options.speed > 100000)
        return usageError(
            u"--speed expects a positive number, got \"%1\""_s.arg(parser.value(speed)));
    options.faults = parser.value(faults);
    bool ttlOk = false;
    options.eventTtlSeconds = parser.value(eventTtl).toDouble(&ttlOk);
    if (!ttlOk || options.eventTtlSeconds < 0 || options.eventTtlSeconds > 365.0 * 24 * 3600)
        return usageError(
            u"--event-ttl expects seconds (0 or more), got \"%1\""_s.arg(parser.value(eventTtl)));
    bool bookmarkOk = false;
    const double bookmarkSeconds = parser.value(bookmarkInterval).toDouble(&bookmarkOk);
    if (!bookmarkOk || bookmarkSeconds < 0.1 || bookmarkSeconds > 86400)
        return usageError(
            u"--bookmark-interval expects seconds from 0.1 to 86400, got \"%1\""_s.arg(
                parser.value(bookmarkInterval)));
    options.bookmarkIntervalMs = int(bookmarkSeconds * 1000);
    if (!options.tls && !parser.isSet(requireAuth))
        options.anonymousUser = u"admin"_s;

    rd::sim::SimCluster cluster(options);
    const rd::core::Result<QUrl> started = cluster.start();
    if (!started) {
        QTextStream(stderr) << "Error: " << started.errorMessage() << '\n';
        return 1;
    }
    const QUrl url = *started;
    if (parser.isSet(kubeconfigOut)) {
        if (const rd::core::Status written = cluster.writeKubeconfig(parser.value(kubeconfigOut));
            !written) {
            QTextStream(stderr) << "Error: " << written.errorMessage() << '\n';
            return 1;
        }
    }
    rd::sim::SignalWatcher signals;
    QObject::connect(&signals, &rd::sim::SignalWatcher::terminationRequested, &app,
                     [&cluster](int) {
                         cluster.stop();
                         QCoreApplication::quit();
                     });
    // The one ready line: tests and scripts wait for it.
    std::printf("rolloutdesk-sim serving %s\n", qPrintable(url.toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
