#include "CommandLine.h"

#include "core/Duration.h"
#include "core/JsonReader.h"
#include "i18n/Catalogues.h"

#include <QCommandLineParser>
#include <QTranslator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

QString usageText(const QString &language)
{
    // Not installed in the application: kube/ and source/ carry translated tr() texts for the
    // window, and the CLI's errors and output must stay English for scripts.
    const std::unique_ptr<QTranslator> catalogue =
        i18n::Catalogues::load(i18n::Catalogues::resolveLanguage(language));
    auto say = [&](const char *source) {
        return i18n::Catalogues::translate(catalogue.get(), "rd::cli::Help", source);
    };
    // The command lines are the plugin's syntax: never translated.
    static const QString commands =
        uR"(  rolloutdesk-cli get rollout NAME [-w] [--no-color] [--timeout-seconds N]
  rolloutdesk-cli get experiment NAME [--no-color]
  rolloutdesk-cli list rollouts [-A] [--name NAME] [--timestamps] [-w]
  rolloutdesk-cli list rollouts --contexts A,B [-A] [--name NAME] [--timestamps]
  rolloutdesk-cli list experiments [-A]
  rolloutdesk-cli abort NAME | retry rollout NAME | promote NAME [--full]
  rolloutdesk-cli pause NAME | resume NAME | restart NAME [--in DURATION]
  rolloutdesk-cli set image NAME CONTAINER=IMAGE | undo NAME [--to-revision N]
  rolloutdesk-cli status NAME [--watch=false] [--timeout D]
  rolloutdesk-cli terminate analysisrun|experiment NAME... | retry experiment NAME...
  rolloutdesk-cli lint -f FILE | version [--short] | completion bash|zsh|fish|powershell
  rolloutdesk-cli history rollout NAME [-o json]
)"_s;
    struct Flag
    {
        const char *names;
        const char *description;
    };
    static const Flag flags[] = {
        {"--kubeconfig FILE",
         QT_TRANSLATE_NOOP("rd::cli::Help",
                           "kubeconfig to use (default: KUBECONFIG or ~/.kube/config)")},
        {"--context NAME", QT_TRANSLATE_NOOP("rd::cli::Help", "kubeconfig context")},
        {"--contexts A,B",
         QT_TRANSLATE_NOOP("rd::cli::Help",
                           "list rollouts of several contexts, CONTEXT column first (not in "
                           "the plugin)")},
        {"-n, --namespace NS", QT_TRANSLATE_NOOP("rd::cli::Help", "namespace")},
        {"-A, --all-namespaces", QT_TRANSLATE_NOOP("rd::cli::Help", "every namespace (list)")},
        {"--snapshot PATH",
         QT_TRANSLATE_NOOP("rd::cli::Help",
                           "read objects from a YAML/JSON file or folder instead of a cluster")},
        {"--as-of TIME", QT_TRANSLATE_NOOP("rd::cli::Help",
                                           "compute ages as of this RFC 3339 instant (snapshots)")},
        {"--no-color", QT_TRANSLATE_NOOP("rd::cli::Help", "no ANSI colours (also when TERM=dumb)")},
        {"-v, --verbose",
         QT_TRANSLATE_NOOP("rd::cli::Help",
                           "print connection diagnostics (retries, reconnects) on stderr")},
        {"--lang CODE",
         QT_TRANSLATE_NOOP("rd::cli::Help",
                           "language of this help, e.g. ja (default: the system's); the "
                           "output of the commands is always English")},
        {"--version", QT_TRANSLATE_NOOP("rd::cli::Help", "show the version")},
        {"-h, --help", QT_TRANSLATE_NOOP("rd::cli::Help", "show this help")},
    };
    QString text =
        say(QT_TRANSLATE_NOOP("rd::cli::Help",
                              "rolloutdesk-cli: the console companion of Rollout Desk (Argo "
                              "Rollouts).")) +
        u"\n\n"_s + say(QT_TRANSLATE_NOOP("rd::cli::Help", "Usage:")) + u'\n' + commands + u'\n' +
        say(QT_TRANSLATE_NOOP("rd::cli::Help", "Global flags:")) + u'\n';
    for (const Flag &flag : flags)
        text += u"  "_s + QString::fromLatin1(flag.names).leftJustified(22) + u' ' +
                say(flag.description) + u'\n';
    return text;
}

ParseOutcome parseCommandLine(const QStringList &arguments, CommandLine &out)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // The language of --help; nothing else the CLI prints is translated.
    const QCommandLineOption lang(u"lang"_s, QString(), u"code"_s);
    parser.addOption(lang);
    const QCommandLineOption kubeconfig(u"kubeconfig"_s, QString(), u"file"_s);
    const QCommandLineOption context(u"context"_s, QString(), u"name"_s);
    // Not a flag of the plugin: one board over several contexts (issue 14).
    const QCommandLineOption contexts(u"contexts"_s, QString(), u"names"_s);
    const QCommandLineOption ns({u"n"_s, u"namespace"_s}, QString(), u"ns"_s);
    const QCommandLineOption all(QStringList{u"A"_s, u"all-namespaces"_s});
    const QCommandLineOption snapshot(u"snapshot"_s, QString(), u"path"_s);
    const QCommandLineOption asOf(u"as-of"_s, QString(), u"time"_s);
    const QCommandLineOption noColor(u"no-color"_s);
    const QCommandLineOption watch(QStringList{u"w"_s, u"watch"_s});
    const QCommandLineOption timeoutSeconds(u"timeout-seconds"_s, QString(), u"n"_s);
    const QCommandLineOption full(u"full"_s);
    const QCommandLineOption in({u"i"_s, u"in"_s}, QString(), u"duration"_s);
    const QCommandLineOption toRevision(u"to-revision"_s, QString(), u"n"_s);
    const QCommandLineOption timeout({u"t"_s, u"timeout"_s}, QString(), u"duration"_s);
    const QCommandLineOption name(u"name"_s, QString(), u"name"_s);
    const QCommandLineOption timestamps(u"timestamps"_s);
    const QCommandLineOption filename({u"f"_s, u"filename"_s}, QString(), u"file"_s);
    const QCommandLineOption shortVersion(u"short"_s);
    const QCommandLineOption verbose(QStringList{u"v"_s, u"verbose"_s});
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(u"version"_s);
    parser.addOptions(
        {kubeconfig, context,    contexts,       ns,           all,     snapshot,   asOf,
         noColor,    watch,      timeoutSeconds, full,         in,      toRevision, timeout,
         name,       timestamps, filename,       shortVersion, verbose, help,       version});
    const QCommandLineOption output({u"o"_s, u"output"_s}, QString(), u"format"_s);
    parser.addOption(output);

    // `--watch=false` (status) is the plugin's spelling; QCommandLineParser has no boolean values.
    QStringList args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        // `-v 4` (klog's spelling) as well as a bare -v.
        if ((arg == u"-v"_s || arg == u"--v"_s) && i + 1 < arguments.size() &&
            !arguments.at(i + 1).isEmpty() &&
            std::all_of(arguments.at(i + 1).cbegin(), arguments.at(i + 1).cend(),
                        [](QChar c) { return c.isDigit(); })) {
            out.verbose = out.verbose || arguments.at(++i).toInt() > 0;
            continue;
        }
        if (arg == u"--watch=false" || arg == u"-w=false") {
            out.statusWatch = false;
            continue;
        }
        if (arg == u"--watch=true" || arg == u"-w=true") {
            out.statusWatch = true;
            args.append(u"--watch"_s);
            continue;
        }
        // The plugin's klog level (`-v=4`, `--v=4`): any level above 0 means verbose here.
        if (arg.startsWith(u"-v="_s) || arg.startsWith(u"--v="_s)) {
            bool ok = false;
            const int level = arg.section(u'=', 1).toInt(&ok);
            if (!ok || level < 0)
                return {ParseOutcome::Kind::UsageError,
                        u"-v needs a log level such as -v=4, not \""_s + arg + u'"', 2};
            out.verbose = out.verbose || level > 0;
            continue;
        }
        args.append(arg);
    }
    if (!parser.parse(args))
        return {ParseOutcome::Kind::UsageError, parser.errorText(), 2};
    if (parser.isSet(help))
        return {ParseOutcome::Kind::Exit, usageText(parser.value(lang)), 0};
    if (parser.isSet(version))
        return {ParseOutcome::Kind::Exit,
                u"rolloutdesk-cli "_s + QStringLiteral(ROLLOUTDESK_VERSION) + u'\n', 0};

    out.words = parser.positionalArguments();
    out.kubeconfig = parser.value(kubeconfig);
    out.context = parser.value(context);
    if (parser.isSet(contexts)) {
        for (const QString &word : parser.value(contexts).split(u',', Qt::SkipEmptyParts)) {
            if (!out.contexts.contains(word.trimmed()))
                out.contexts << word.trimmed();
        }
        if (out.contexts.isEmpty())
            return {ParseOutcome::Kind::UsageError, u"--contexts needs context names"_s, 2};
    }
    out.namespace_ = parser.value(ns);
    out.allNamespaces = parser.isSet(all);
    out.snapshot = parser.value(snapshot);
    out.noColor = parser.isSet(noColor);
    out.verbose = out.verbose || parser.isSet(verbose);
    out.watch = parser.isSet(watch);
    if (parser.isSet(watch) && !out.statusWatch)
        out.statusWatch = true;
    out.full = parser.isSet(full);
    out.restartIn = parser.value(in);
    out.statusTimeout = parser.value(timeout);
    out.output = parser.value(output);
    out.nameFilter = parser.value(name);
    out.timestamps = parser.isSet(timestamps);
    out.filename = parser.value(filename);
    out.shortVersion = parser.isSet(shortVersion);
    if (parser.isSet(timeout) && !core::parseGoDurationMs(out.statusTimeout))
        // pflag's wording for a bad time.Duration flag.
        return {ParseOutcome::Kind::UsageError,
                u"invalid argument \""_s + out.statusTimeout +
                    u"\" for \"-t, --timeout\" flag: time: invalid duration \""_s +
                    out.statusTimeout + u'"',
                2};
    if (parser.isSet(asOf)) {
        out.asOf = core::parseKubeTime(parser.value(asOf));
        if (!out.asOf.isValid())
            return {ParseOutcome::Kind::UsageError,
                    u"--as-of needs an RFC 3339 time such as 2026-01-02T03:04:05Z, not \""_s +
                        parser.value(asOf) + u'"',
                    2};
    }
    bool ok = true;
    if (parser.isSet(timeoutSeconds)) {
        out.timeoutSeconds = parser.value(timeoutSeconds).toLongLong(&ok);
        if (!ok || out.timeoutSeconds < 0)
            return {ParseOutcome::Kind::UsageError,
                    u"--timeout-seconds needs a whole number of seconds"_s, 2};
    }
    if (parser.isSet(toRevision)) {
        // The plugin's flag is an int64: a negative revision is accepted (and found nowhere).
        const auto revision = core::parseGoInt(parser.value(toRevision));
        ok = revision.has_value();
        out.toRevision = revision.value_or(0);
        if (!ok)
            return {ParseOutcome::Kind::UsageError, u"--to-revision needs a revision number"_s, 2};
    }
    if (!out.contexts.isEmpty() && !out.snapshot.isEmpty())
        return {ParseOutcome::Kind::UsageError, u"--contexts needs a cluster, not --snapshot"_s, 2};
    if (out.words.isEmpty())
        return {ParseOutcome::Kind::UsageError, u"a command is required"_s, 2};
    return {};
}

} // namespace rd::cli
