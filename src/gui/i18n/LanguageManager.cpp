#include "LanguageManager.h"

#include "i18n/Catalogues.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "rd.gui.i18n")

// Keep the user's own regional formats (de_CH, en_GB, es_MX) when the system speaks the chosen
// language; otherwise take the language's default territory.
QLocale formattingLocaleFor(const QString &code, const QLocale &system)
{
    const QLocale target(code);
    if (system.language() == target.language() && system.script() == target.script())
        return system;
    return target;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

// QTranslator's destructor removes it from the application.
LanguageManager::~LanguageManager() = default;

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    QList<Language> languages;
    for (const QString &code : i18n::Catalogues::shippedLanguages())
        languages.append({code, nativeName(code)});
    return languages;
}

QString LanguageManager::nativeName(const QString &code)
{
    // Language pickers show every language in its own script, whatever the current UI language.
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"ja"_s)
        return u"日本語"_s;
    if (code == u"zh_CN"_s)
        return u"简体中文"_s;
    if (code == u"ko"_s)
        return u"한국어"_s;
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"fr"_s)
        return u"Français"_s;
    if (code == u"es"_s)
        return u"Español"_s;
    return QLocale(code).nativeLanguageName();
}

QString LanguageManager::resolveLanguage(const QString &requested, const QLocale &system)
{
    return i18n::Catalogues::resolveLanguage(requested, system);
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString resolved = resolveLanguage(code);
    if (resolved.isEmpty()) {
        qCWarning(lcI18n) << "Language not available:" << code;
        return false;
    }

    // Before the translators change: LanguageChange handlers reformat dates with the new default.
    QLocale::setDefault(formattingLocaleFor(resolved, QLocale::system()));

    std::unique_ptr<QTranslator> appTranslator = i18n::Catalogues::load(resolved);
    if (!appTranslator && resolved != u"en"_s)
        qCWarning(lcI18n) << "Cannot load the catalogue of" << resolved;
    std::unique_ptr<QTranslator> qtTranslator = i18n::Catalogues::loadQt(resolved);
    if (!qtTranslator)
        qCInfo(lcI18n) << "No qtbase translation for" << resolved;

    // Each remove/install sends QEvent::LanguageChange to the application, which forwards it to
    // every widget.
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    // Translators installed last are asked first: ours before Qt's.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());

    m_requested = code.trimmed();
    m_current = resolved;
    qCDebug(lcI18n) << "Language" << (m_requested.isEmpty() ? u"(system)"_s : m_requested) << "->"
                    << m_current << QLocale().name();
    Q_EMIT languageChanged(m_current);
    return true;
}

} // namespace rd::gui
