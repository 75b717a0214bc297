// The upstream fixtures are vendored in tests/data/argo-rollouts. Where the project's specification
// folder sits beside the repository (../shared/fixtures/argo-rollouts), the two copies must be
// identical, file for file and byte for byte, so that they cannot drift apart. A clone without that
// folder skips the comparison but still checks that the vendored copy is complete.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString vendoredDir()
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/argo-rollouts"_s;
}

// tests/data -> the repository root -> its parent folder.
QString specificationDir()
{
    return QDir::cleanPath(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                           u"/../../../shared/fixtures/argo-rollouts"_s);
}

// Relative path -> SHA-256 of the file's bytes, for every file below `root`.
QMap<QString, QByteArray> digests(const QString &root, const QStringList &ignored = {})
{
    QMap<QString, QByteArray> result;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        if (ignored.contains(relative))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.insert(relative, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return result;
}

} // namespace

class TestVendoredFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vendoredCopyIsComplete()
    {
        const QString root = vendoredDir();
        QVERIFY2(QFileInfo::exists(root + u"/LICENSE"_s),
                 "the Apache-2.0 license travels with the files");
        QVERIFY2(QFileInfo::exists(root + u"/NOTICE"_s), "the NOTICE names where they come from");
        QFile cases(root + u"/cases.tsv"_s);
        QVERIFY(cases.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = cases.readAll().split('\n');
        int checked = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() < 5)
                continue;
            const QString name = QString::fromUtf8(fields.at(0));
            const QString dir = QString::fromUtf8(fields.at(1));
            QVERIFY2(QFileInfo(root + u'/' + dir).isDir(), qPrintable(dir));
            QVERIFY2(QFileInfo::exists(root + u"/golden/"_s + name + u".txt"_s), qPrintable(name));
            ++checked;
        }
        QVERIFY(checked >= 6);
    }

    void identicalToSpecification()
    {
        const QString upstream = specificationDir();
        if (!QFileInfo(upstream).isDir())
            QSKIP("no specification folder beside the repository; nothing to compare with");
        const auto ours = digests(vendoredDir(), {u"NOTICE"_s});
        const auto theirs = digests(upstream);
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(ours.keys(), theirs.keys());
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
            QVERIFY2(ours.value(it.key()) == it.value(), qPrintable(u"differs: "_s + it.key()));
    }
};

QTEST_GUILESS_MAIN(TestVendoredFixtures)
#include "test_vendored_fixtures.moc"
