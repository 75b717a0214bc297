// The catalogues are current: running lupdate with the update target's options over today's
// sources (into copies) neither adds nor drops an entry. When this fails, the desktop
// application gained or lost strings: run `cmake --build <build> --target
// rolloutdesk_update_translations`, translate the new entries, and commit translations/.
#include "TsCatalogue.h"
#include "TsChecks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::TsCatalogue;
using rd::test::TsChecks;

class TestTsCurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        for (const QString &language : TsChecks::shippedLanguages()) {
            const QString name = u"rolloutdesk_"_s + language + u".ts"_s;
            QVERIFY(QFile::copy(QStringLiteral(ROLLOUTDESK_TS_DIR) + u'/' + name,
                                m_dir.filePath(name)));
            QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ROLLOUTDESK_CMAKE_COMMAND),
                      {u"-DLUPDATE="_s + QStringLiteral(ROLLOUTDESK_LUPDATE),
                       u"-DSOURCE_ROOT="_s + QStringLiteral(ROLLOUTDESK_SOURCE_ROOT),
                       u"-DTS_DIR="_s + m_dir.path(), u"-P"_s,
                       QStringLiteral(ROLLOUTDESK_SOURCE_ROOT) +
                           u"/translations/UpdateTranslations.cmake"_s});
        QVERIFY2(lupdate.waitForFinished(180000), "lupdate did not finish");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));
        // lupdate could not place a tr() call in its class: the context it records would not be the
        // one tr() asks for at run time, so that string would never be translated.
        QVERIFY2(!output.contains(u"unknown namespace/class"_s), qPrintable(output));
    }

    void current_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : TsChecks::shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void current()
    {
        QFETCH(QString, language);
        const QString name = u"rolloutdesk_"_s + language + u".ts"_s;
        TsCatalogue shipped;
        QVERIFY2(shipped.load(QStringLiteral(ROLLOUTDESK_TS_DIR) + u'/' + name),
                 qPrintable(shipped.error()));
        TsCatalogue updated;
        QVERIFY2(updated.load(m_dir.filePath(name)), qPrintable(updated.error()));

        QSet<QString> before;
        for (const auto &m : shipped.messages())
            before.insert(m.key());
        QStringList added;
        QSet<QString> after;
        for (const auto &m : updated.messages()) {
            after.insert(m.key());
            if (!before.contains(m.key()))
                added.append(m.context + u" / \""_s + m.source + u'"');
            else if (m.type == u"unfinished"_s)
                added.append(u"(unfinished) "_s + m.context + u" / \""_s + m.source + u'"');
        }
        QStringList dropped;
        for (const auto &m : shipped.messages()) {
            if (!after.contains(m.key()))
                dropped.append(m.context + u" / \""_s + m.source + u'"');
        }
        QVERIFY2(
            added.isEmpty() && dropped.isEmpty(),
            qPrintable(u"%1 new, %2 stale entries; run the rolloutdesk_update_translations target "
                       "and translate.\nNew:\n  "_s.arg(added.size())
                           .arg(dropped.size()) +
                       added.mid(0, 60).join(u"\n  "_s) + u"\nStale:\n  "_s +
                       dropped.mid(0, 60).join(u"\n  "_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTsCurrent)
#include "test_ts_current.moc"
