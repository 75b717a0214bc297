// OpenSSL's state is left to the kernel at exit (kube/TlsLibraryExit.h): its exit handler raced
// Qt's network thread, which may still be ending, and both freed the same block.

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTlsLibraryExit : public QObject
{
    Q_OBJECT

    static QString probe(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(TLS_EXIT_PROBE), args);
        if (!p.waitForFinished(30000))
            return u"(no answer)"_s;
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void clientProgramsKeepTheTlsLibraryUntilExit() { QCOMPARE(probe({}), u"kept"_s); }

    // The check itself: a process whose OpenSSL registered its exit handler shows the cleanup.
    void defaultInitialisationCleansUpAtExit()
    {
        QCOMPARE(probe({u"--openssl-first"_s}), u"cleaned up"_s);
    }
};

QTEST_GUILESS_MAIN(TestTlsLibraryExit)
#include "test_tls_library_exit.moc"
