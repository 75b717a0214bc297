#include "gui/settings/AppSettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
const QString kLanguage = u"Preferences/Language"_s;
const QString kTheme = u"Preferences/Theme"_s;
const QString kProduction = u"Preferences/ProductionContexts"_s;
const QString kReadOnly = u"Preferences/ReadOnly"_s;
const QString kNotifications = u"Preferences/Notifications"_s;
const QString kKeepHistory = u"Preferences/KeepHistory"_s;
const QString kWatchedContexts = u"Session/WatchedContexts"_s;
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{}

QString AppSettings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
    Q_EMIT changed();
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(QSettings().value(kTheme, u"system"_s).toString());
}

void AppSettings::setTheme(Theme theme)
{
    QSettings().setValue(kTheme, themeName(theme));
    Q_EMIT changed();
}

QStringList AppSettings::productionContexts() const
{
    return QSettings().value(kProduction).toStringList();
}

void AppSettings::setProductionContexts(const QStringList &contexts)
{
    QStringList clean;
    for (const QString &c : contexts) {
        if (!c.trimmed().isEmpty() && !clean.contains(c.trimmed()))
            clean << c.trimmed();
    }
    QSettings().setValue(kProduction, clean);
    Q_EMIT changed();
}

bool AppSettings::isProductionContext(const QString &context) const
{
    return !context.isEmpty() && productionContexts().contains(context);
}

QStringList AppSettings::watchedContexts() const
{
    return QSettings().value(kWatchedContexts).toStringList();
}

void AppSettings::setWatchedContexts(const QStringList &contexts)
{
    if (contexts.size() > 1)
        QSettings().setValue(kWatchedContexts, contexts);
    else
        QSettings().remove(kWatchedContexts);
}

bool AppSettings::readOnly() const
{
    return QSettings().value(kReadOnly, false).toBool();
}

void AppSettings::setReadOnly(bool on)
{
    QSettings().setValue(kReadOnly, on);
    Q_EMIT changed();
}

bool AppSettings::keepHistory() const
{
    return QSettings().value(kKeepHistory, true).toBool();
}

void AppSettings::setKeepHistory(bool on)
{
    QSettings().setValue(kKeepHistory, on);
    Q_EMIT changed();
}

bool AppSettings::notifications() const
{
    return QSettings().value(kNotifications, true).toBool();
}

void AppSettings::setNotifications(bool on)
{
    QSettings().setValue(kNotifications, on);
    Q_EMIT changed();
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

} // namespace rd::gui
