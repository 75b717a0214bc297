#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace rd::gui {

// Owns the application's translators: our catalogue (:/i18n/rolloutdesk_<code>.qm) and Qt's own
// qtbase catalogue (standard buttons, file dialogs). setLanguage() swaps them while the program
// runs; installing and removing translators makes Qt send QEvent::LanguageChange to every widget,
// which retranslates in changeEvent(). It also sets QLocale's default so that dates, times,
// numbers and durations formatted through QLocale() follow the chosen language.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;       // "en", "ja", "zh_CN", ... (also the .qm suffix)
        QString nativeName; // the language's name in that language, for pickers
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages this build ships, English first.
    static QList<Language> availableLanguages();
    static QString nativeName(const QString &code);

    // Maps a requested code ("ja", "ja_JP", "zh-Hans-CN", "de-AT"; empty = the system's UI
    // languages in order) to a shipped code. Returns an empty string for a non-empty code that
    // no shipped language matches; an empty request always resolves (English as the last resort).
    static QString resolveLanguage(const QString &requested,
                                   const QLocale &system = QLocale::system());

    // Switches the application's language; an empty code follows the system locale. Returns
    // false, changing nothing, when the code names a language that is not shipped.
    bool setLanguage(const QString &code);

    // What was asked for ("" = system) and what is in effect ("ja", "en", ...).
    QString requestedLanguage() const { return m_requested; }
    QString currentLanguage() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_requested;
    QString m_current;
};

} // namespace rd::gui
