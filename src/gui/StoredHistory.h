#pragma once

#include <QObject>

class QWidget;

namespace rd::source {
class TimelineStore;
}

namespace rd::gui {

class AppSettings;

// The window's side of the local history file (issue 13): opens the TimelineStore the first time
// a cluster's stories are to be kept and the settings allow it, says once what went wrong, and
// clears the file after the user confirmed. Snapshots and the demo cluster keep nothing.
class StoredHistory : public QObject
{
    Q_OBJECT
public:
    // `path` empty = TimelineStore::defaultPath().
    explicit StoredHistory(AppSettings *settings, const QString &path = QString(),
                           QObject *parent = nullptr);
    ~StoredHistory() override;

    // The open store for a source of this kind, or null (setting off, not a cluster, or the file
    // could not be used). Opens the file on first need.
    source::TimelineStore *storeFor(bool cluster);
    // Asks (a window-modal question, never a nested loop) and clears the stored stories;
    // cleared() follows when done.
    void askToClear(QWidget *parent);

Q_SIGNALS:
    // Translated; error = true for a failure.
    void message(const QString &text, bool error);
    void cleared();

private:
    void clearNow();

    AppSettings *m_settings;
    QString m_path;
    source::TimelineStore *m_store = nullptr;
    bool m_tried = false; // one attempt to open per session: a failure is said once
};

} // namespace rd::gui
