#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace rd::source {

// Tells when any file of a kubeconfig list changed on disk, as kubectl would see it on its next
// call. Editors and tools often write a new file and rename it over the old one (the watched
// inode disappears), and KUBECONFIG may name files that do not exist yet; so the folders are
// watched as well and changed() fires only when the files' contents really differ.
class KubeconfigWatcher : public QObject
{
    Q_OBJECT
public:
    explicit KubeconfigWatcher(const QStringList &files, QObject *parent = nullptr);

    QStringList files() const { return m_files; }

Q_SIGNALS:
    // The contents changed (a burst of writes gives one signal).
    void changed();

private:
    void schedule();
    void check();
    void watchFiles();
    QByteArray fingerprint() const;

    QStringList m_files;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QByteArray m_fingerprint;
};

} // namespace rd::source
