#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace rd::gui {

// The user's preferences (Settings dialog). Keys live under "Preferences/"; enums are stored by
// name. Never holds secrets: tokens and keys stay in the kubeconfig.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit AppSettings(QObject *parent = nullptr);

    // Empty = follow the system.
    QString language() const;
    void setLanguage(const QString &code);
    Theme theme() const;
    void setTheme(Theme theme);
    QStringList productionContexts() const;
    void setProductionContexts(const QStringList &contexts);
    bool isProductionContext(const QString &context) const;
    bool readOnly() const;
    void setReadOnly(bool on);
    // Keep each cluster rollout's history in a local file (source::TimelineStore); default on.
    bool keepHistory() const;
    void setKeepHistory(bool on);
    bool notifications() const;
    void setNotifications(bool on);
    // The contexts last watched together ("Watch Several Contexts…"); empty = one context.
    // Not a preference: changing it emits no changed().
    QStringList watchedContexts() const;
    void setWatchedContexts(const QStringList &contexts);

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

Q_SIGNALS:
    void changed();
};

} // namespace rd::gui
