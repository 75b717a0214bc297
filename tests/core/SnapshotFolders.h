#pragma once

// Data rows of every folder of upstream fixtures and getting-started states that holds YAML,
// for tests that load each folder as one snapshot.

#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QTest>

namespace rd::test {

inline void addSnapshotFolderRows()
{
    QTest::addColumn<QString>("folder");
    const QString data = qEnvironmentVariable("ROLLOUTDESK_TEST_DATA");
    const QStringList roots{data + QStringLiteral("/argo-rollouts"),
                            data + QStringLiteral("/getting-started")};
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QSet<QString> folders;
        while (it.hasNext())
            folders.insert(QFileInfo(it.next()).absolutePath());
        for (const QString &folder : folders)
            QTest::newRow(qPrintable(QDir(data).relativeFilePath(folder))) << folder;
    }
}

} // namespace rd::test
