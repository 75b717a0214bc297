#include "i18n/Catalogues.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace rd::i18n {

namespace {

QString catalogueFor(const QString &code)
{
    return u":/i18n/rolloutdesk_"_s + code + u".qm"_s;
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
    return !code.isEmpty() && Catalogues::isShipped(code) ? code : QString();
}

} // namespace

QStringList Catalogues::shippedLanguages()
{
    QStringList codes;
    for (const QString &code : {u"en"_s, u"ja"_s, u"zh_CN"_s, u"ko"_s, u"de"_s, u"fr"_s, u"es"_s}) {
        if (isShipped(code))
            codes.append(code);
    }
    return codes;
}

// English is the source language: it needs no catalogue (rolloutdesk_en.qm only adds plurals).
bool Catalogues::isShipped(const QString &code)
{
    return code == u"en"_s || QFile::exists(catalogueFor(code));
}

QString Catalogues::resolveLanguage(const QString &requested, const QLocale &system)
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

std::unique_ptr<QTranslator> Catalogues::load(const QString &code)
{
    auto translator = std::make_unique<QTranslator>();
    if (code.isEmpty() || !translator->load(catalogueFor(code)))
        return nullptr;
    return translator;
}

std::unique_ptr<QTranslator> Catalogues::loadQt(const QString &code)
{
    auto translator = std::make_unique<QTranslator>();
    const QLocale locale(code);
    // Qt's installation first, then a folder next to the executable (Windows/macOS bundles).
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance())
        dirs.append(QCoreApplication::applicationDirPath() + u"/translations"_s);
    for (const QString &dir : dirs) {
        if (translator->load(locale, u"qtbase"_s, u"_"_s, dir))
            return translator;
    }
    return nullptr;
}

QString Catalogues::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--")
            break;
        if ((arg == u"--lang" || arg == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QString &prefix : {u"--lang="_s, u"-lang="_s}) {
            if (arg.startsWith(prefix))
                return arg.mid(prefix.size());
        }
    }
    return {};
}

QString Catalogues::translate(const QTranslator *translator, const char *context,
                              const char *source)
{
    const QString text = translator ? translator->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace rd::i18n
