#include "OfflineCommands.h"

#include "core/RolloutLint.h"
#include "core/YamlConverter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

// The words completion offers: commands, their kinds, and every flag.
struct Completion
{
    QString word;
    QStringList next;
};

const QList<Completion> &commandTree()
{
    static const QList<Completion> tree{
        {u"get"_s, {u"rollout"_s, u"experiment"_s}},
        {u"list"_s, {u"rollouts"_s, u"experiments"_s}},
        {u"status"_s, {}},
        {u"abort"_s, {}},
        {u"retry"_s, {u"rollout"_s, u"experiment"_s}},
        {u"promote"_s, {}},
        {u"pause"_s, {}},
        {u"resume"_s, {}},
        {u"restart"_s, {}},
        {u"set"_s, {u"image"_s}},
        {u"undo"_s, {}},
        {u"terminate"_s, {u"analysisrun"_s, u"experiment"_s}},
        {u"lint"_s, {}},
        {u"version"_s, {}},
        {u"completion"_s, {u"bash"_s, u"zsh"_s, u"fish"_s, u"powershell"_s}},
    };
    return tree;
}

const QStringList &longFlags()
{
    static const QStringList flags{
        u"kubeconfig"_s,      u"context"_s, u"namespace"_s,  u"all-namespaces"_s,
        u"snapshot"_s,        u"as-of"_s,   u"no-color"_s,   u"watch"_s,
        u"timeout-seconds"_s, u"full"_s,    u"in"_s,         u"to-revision"_s,
        u"timeout"_s,         u"name"_s,    u"timestamps"_s, u"filename"_s,
        u"short"_s,           u"help"_s,    u"version"_s};
    return flags;
}

QStringList commandWords()
{
    QStringList words;
    for (const Completion &c : commandTree())
        words << c.word;
    return words;
}

QString allFlags()
{
    QStringList flags;
    for (const QString &f : longFlags())
        flags << u"--"_s + f;
    flags << u"-n"_s << u"-A"_s << u"-w"_s << u"-i"_s << u"-t"_s << u"-f"_s;
    return flags.join(u' ');
}

QString bashScript()
{
    QString cases;
    for (const Completion &c : commandTree()) {
        if (!c.next.isEmpty())
            cases += u"        %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")) ;;\n"_s.arg(
                c.word, c.next.join(u' '));
    }
    return uR"(# bash completion for rolloutdesk-cli
# Load it with: source <(rolloutdesk-cli completion bash)
_rolloutdesk_cli()
{
    local cur="${COMP_WORDS[COMP_CWORD]}"
    local words=() w
    for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        case "$w" in -*) ;; *) words+=("$w") ;; esac
    done
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "%1" -- "$cur"))
        return
    fi
    case "${#words[@]}" in
    0) COMPREPLY=($(compgen -W "%2" -- "$cur")) ;;
    1)
        case "${words[0]}" in
%3        esac
        ;;
    esac
}
complete -F _rolloutdesk_cli rolloutdesk-cli
)"_s.arg(allFlags(), commandWords().join(u' '), cases);
}

QString zshScript()
{
    QString cases;
    for (const Completion &c : commandTree()) {
        if (!c.next.isEmpty())
            cases += u"        %1) compadd -- %2 ;;\n"_s.arg(c.word, c.next.join(u' '));
    }
    return uR"(#compdef rolloutdesk-cli
# zsh completion for rolloutdesk-cli
# Load it with: source <(rolloutdesk-cli completion zsh)
_rolloutdesk_cli()
{
    local -a given
    given=(${words[2,CURRENT-1]:#-*})
    if [[ $PREFIX == -* ]]; then
        compadd -- %1
        return
    fi
    case ${#given} in
    0) compadd -- %2 ;;
    1)
        case ${given[1]} in
%3        esac
        ;;
    esac
}
compdef _rolloutdesk_cli rolloutdesk-cli
)"_s.arg(allFlags(), commandWords().join(u' '), cases);
}

QString fishScript()
{
    QString out = uR"(# fish completion for rolloutdesk-cli
# Load it with: rolloutdesk-cli completion fish | source
complete -c rolloutdesk-cli -f
complete -c rolloutdesk-cli -n __fish_use_subcommand -a '%1'
)"_s.arg(commandWords().join(u' '));
    for (const Completion &c : commandTree()) {
        if (!c.next.isEmpty())
            out +=
                u"complete -c rolloutdesk-cli -n '__fish_seen_subcommand_from %1' -a '%2'\n"_s.arg(
                    c.word, c.next.join(u' '));
    }
    for (const QString &flag : longFlags())
        out += u"complete -c rolloutdesk-cli -l %1\n"_s.arg(flag);
    return out;
}

QString powershellScript()
{
    QString cases;
    for (const Completion &c : commandTree()) {
        if (c.next.isEmpty())
            continue;
        QStringList quoted;
        for (const QString &w : c.next)
            quoted << u'\'' + w + u'\'';
        cases += u"            '%1' { $candidates = @(%2) }\n"_s.arg(c.word, quoted.join(u','));
    }
    QStringList commands;
    for (const QString &w : commandWords())
        commands << u'\'' + w + u'\'';
    QStringList flags;
    for (const QString &f : allFlags().split(u' '))
        flags << u'\'' + f + u'\'';
    return uR"(# powershell completion for rolloutdesk-cli
# Load it with: rolloutdesk-cli completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName 'rolloutdesk-cli' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $given = @($commandAst.CommandElements | Select-Object -Skip 1 |
        ForEach-Object { $_.ToString() } |
        Where-Object { $_ -notlike '-*' -and $_ -ne $wordToComplete })
    $candidates = @()
    if ($wordToComplete -like '-*') {
        $candidates = @(%1)
    } elseif ($given.Count -eq 0) {
        $candidates = @(%2)
    } elseif ($given.Count -eq 1) {
        switch ($given[0]) {
%3        }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
)"_s.arg(flags.join(u','), commands.join(u','), cases);
}

// Go's GOOS/GOARCH words for the platform line of `version`.
QString platform()
{
    QString os = QSysInfo::kernelType();
    if (os == u"winnt")
        os = u"windows"_s;
    QString arch = QSysInfo::buildCpuArchitecture();
    if (arch == u"x86_64")
        arch = u"amd64"_s;
    else if (arch == u"i386")
        arch = u"386"_s;
    return os + u'/' + arch;
}

} // namespace

bool OfflineCommands::handles(const QString &verb)
{
    return verb == u"version" || verb == u"completion" || verb == u"lint";
}

int OfflineCommands::fail(const QString &message)
{
    m_err << "Error: " << message << Qt::endl;
    return 1;
}

int OfflineCommands::usage(const QString &message)
{
    m_err << "Error: " << message << "\nRun 'rolloutdesk-cli --help' for usage." << Qt::endl;
    return 2;
}

int OfflineCommands::run()
{
    const QString verb = m_command.words.value(0);
    if (verb == u"version")
        return version();
    if (verb == u"completion")
        return completion();
    return lint();
}

int OfflineCommands::version()
{
    if (m_command.words.size() != 1)
        return usage(u"version takes no arguments"_s);
    // The plugin's layout: "<program>: v<version>" and, without --short, indented details.
    m_out << "rolloutdesk-cli: v" << ROLLOUTDESK_VERSION << '\n';
    if (!m_command.shortVersion) {
        m_out << "  QtVersion: " << qVersion() << '\n';
        m_out << "  Platform: " << platform() << '\n';
    }
    m_out.flush();
    return 0;
}

QString OfflineCommands::completionScript(const QString &shell)
{
    if (shell == u"bash")
        return bashScript();
    if (shell == u"zsh")
        return zshScript();
    if (shell == u"fish")
        return fishScript();
    if (shell == u"powershell")
        return powershellScript();
    return {};
}

int OfflineCommands::completion()
{
    const QStringList &w = m_command.words;
    // cobra.ExactValidArgs(1): the argument count first, then the word.
    if (w.size() != 2)
        return usage(u"accepts 1 arg(s), received %1"_s.arg(w.size() - 1));
    const QString script = completionScript(w.at(1));
    if (script.isEmpty())
        return usage(u"invalid argument \"%1\" for \"rolloutdesk-cli completion\""_s.arg(w.at(1)));
    m_out << script;
    m_out.flush();
    return 0;
}

int OfflineCommands::lint()
{
    if (m_command.words.size() != 1)
        return usage(u"lint takes no arguments; name the file with -f FILE"_s);
    if (m_command.filename.isEmpty())
        return usage(u"lint needs -f FILE"_s);
    const QString path = m_command.filename;
    QFile file(path);
    // Go's os.ReadFile wording.
    if (!QFileInfo::exists(path))
        return fail(u"open %1: no such file or directory"_s.arg(path));
    if (QFileInfo(path).isDir())
        return fail(u"read %1: is a directory"_s.arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"open %1: permission denied"_s.arg(path));
    const auto documents = core::YamlConverter::documents(file.readAll(), path);
    if (!documents)
        return fail(documents.errorMessage());

    QList<core::LintError> errors;
    for (const QJsonValue &doc : documents.value()) {
        const QJsonObject object = doc.toObject();
        const QString apiVersion = object.value(u"apiVersion"_s).toString();
        if (object.value(u"kind"_s).toString() != u"Rollout" ||
            apiVersion.section(u'/', 0, 0) != u"argoproj.io")
            continue;
        errors += core::RolloutLint::validate(object);
    }
    // As the plugin: every error's body on stdout, the first error in full as the failure.
    for (const core::LintError &e : std::as_const(errors))
        m_out << e.body() << '\n';
    m_out.flush();
    if (!errors.isEmpty())
        return fail(errors.constFirst().text());
    return 0;
}

} // namespace rd::cli
