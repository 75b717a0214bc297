#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace rd::i18n {

// The catalogues this build ships and how a requested language maps onto them. Qt Core only:
// the desktop application's LanguageManager builds on it, and rolloutdesk-cli uses it for its
// --help text (its other output is a contract for scripts and stays English).
class Catalogues
{
public:
    // "en" first, then the languages with a catalogue (also the .qm suffixes).
    static QStringList shippedLanguages();
    static bool isShipped(const QString &code);

    // Maps a requested code ("ja", "ja_JP", "zh-Hans-CN", "de-AT"; empty = the system's UI
    // languages in order) to a shipped code. Returns an empty string for a non-empty code that
    // no shipped language matches; an empty request always resolves (English as the last resort).
    static QString resolveLanguage(const QString &requested,
                                   const QLocale &system = QLocale::system());

    // Our catalogue for a shipped code (English: only its plural forms); nullptr for an empty or
    // unknown code.
    static std::unique_ptr<QTranslator> load(const QString &code);
    // Qt's own qtbase catalogue (standard buttons, file dialogs, QCommandLineParser), or nullptr.
    static std::unique_ptr<QTranslator> loadQt(const QString &code);

    // The value of --lang / -lang / --lang=CODE among raw program arguments, before any parser
    // runs (help must be written in the chosen language); empty when absent.
    static QString languageArgument(const QStringList &arguments);

    // A source text in the language of `translator` (or the source when it has none): for text
    // written before a QCoreApplication exists, where QCoreApplication::translate cannot be used.
    static QString translate(const QTranslator *translator, const char *context,
                             const char *source);
};

} // namespace rd::i18n
