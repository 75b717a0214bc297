#include "source/KubeconfigWatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace rd::source {

KubeconfigWatcher::KubeconfigWatcher(const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_files(files)
{
    // A save is often several writes (truncate, write, rename): read once they are done.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &KubeconfigWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &KubeconfigWatcher::schedule);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &KubeconfigWatcher::schedule);
    QStringList dirs;
    for (const QString &file : m_files) {
        const QString dir = QFileInfo(file).absolutePath();
        if (!dirs.contains(dir) && QFileInfo(dir).isDir())
            dirs << dir;
    }
    if (!dirs.isEmpty())
        m_watcher.addPaths(dirs);
    watchFiles();
    m_fingerprint = fingerprint();
}

void KubeconfigWatcher::watchFiles()
{
    // A file replaced by rename drops out of the watch list: add it again once it exists.
    const QStringList watched = m_watcher.files();
    for (const QString &file : m_files) {
        if (!watched.contains(file) && QFileInfo::exists(file))
            m_watcher.addPath(file);
    }
}

void KubeconfigWatcher::schedule()
{
    m_settle.start();
}

QByteArray KubeconfigWatcher::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : m_files) {
        QFile f(file);
        hash.addData(file.toUtf8());
        // Missing and empty differ: a file that appears is a change.
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(QByteArrayView("+"));
            hash.addData(f.readAll());
        }
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

void KubeconfigWatcher::check()
{
    watchFiles();
    // Folder events also come from unrelated files next to the kubeconfig: compare contents.
    const QByteArray now = fingerprint();
    if (now == m_fingerprint)
        return;
    m_fingerprint = now;
    Q_EMIT changed();
}

} // namespace rd::source
