#include "LanguageManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "rd.gui.i18n")

QString catalogueFor(const QString &code)
{
    return u":/i18n/rolloutdesk_"_s + code + u".qm"_s;
}

// English is the source language: it needs no catalogue (rolloutdesk_en.qm only adds plurals).
bool isShipped(const QString &code)
{
    return code == u"en"_s || QFile::exists(catalogueFor(code));
}

// The shipped code for a locale, or empty. Traditional Chinese is not shipped: a Taiwanese or
// Hong Kong user gets English rather than a script they may not read comfortably.
QString shippedCodeFor(const QLocale &locale)
{
    QString code;
    switch (locale.language()) {
    case QLocale::English:
        code = u"en"_s;
        break;
    case QLocale::Japanese:
        code = u"ja"_s;
        break;
    case QLocale::Korean:
        code = u"ko"_s;
        break;
    case QLocale::German:
        code = u"de"_s;
        break;
    case QLocale::French:
        code = u"fr"_s;
        break;
    case QLocale::Spanish:
        code = u"es"_s;
        break;
    case QLocale::Chinese:
        if (locale.script() == QLocale::SimplifiedHanScript)
            code = u"zh_CN"_s;
        break;
    default:
        break;
    }
    return !code.isEmpty() && isShipped(code) ? code : QString();
}

// Keep the user's own regional formats (de_CH, en_GB, es_MX) when the system speaks the chosen
// language; otherwise take the language's default territory.
QLocale formattingLocaleFor(const QString &code, const QLocale &system)
{
    const QLocale target(code);
    if (system.language() == target.language() && system.script() == target.script())
        return system;
    return target;
}

bool loadQtTranslator(QTranslator &translator, const QString &code)
{
    const QLocale locale(code);
    // Qt's installation first, then a folder next to the executable (Windows/macOS bundles).
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                           QCoreApplication::applicationDirPath() + u"/translations"_s};
    for (const QString &dir : dirs) {
        if (translator.load(locale, u"qtbase"_s, u"_"_s, dir))
            return true;
    }
    return false;
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
    const QStringList codes{u"en"_s, u"ja"_s, u"zh_CN"_s, u"ko"_s, u"de"_s, u"fr"_s, u"es"_s};
    for (const QString &code : codes) {
        if (isShipped(code))
            languages.append({code, nativeName(code)});
    }
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
    if (!requested.trimmed().isEmpty()) {
        QString tag = requested.trimmed();
        tag.replace(u'-', u'_');
        return shippedCodeFor(QLocale(tag));
    }
    // uiLanguages() honours the LANGUAGE priority list on Unix and the preferred-language list on
    // Windows and macOS; take the first one we ship.
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &tag : uiLanguages) {
        const QString code = shippedCodeFor(QLocale(tag));
        if (!code.isEmpty())
            return code;
    }
    return u"en"_s;
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

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(catalogueFor(resolved))) {
        if (resolved != u"en"_s)
            qCWarning(lcI18n) << "Cannot load" << catalogueFor(resolved);
        appTranslator.reset();
    }
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!loadQtTranslator(*qtTranslator, resolved)) {
        qCInfo(lcI18n) << "No qtbase translation for" << resolved;
        qtTranslator.reset();
    }

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
