// The shipped catalogues are complete and keep what the code relies on: every placeholder,
// every mnemonic and every rich-text tag of the source text.
#include "TsCatalogue.h"
#include "TsChecks.h"

#include <QDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::TsCatalogue;
using rd::test::TsChecks;

class TestTsCatalogues : public QObject
{
    Q_OBJECT

private:
    static QString pathFor(const QString &language)
    {
        return QStringLiteral(ROLLOUTDESK_TS_DIR) + u"/rolloutdesk_"_s + language + u".ts"_s;
    }
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : TsChecks::shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    static QString where(const TsCatalogue::Message &m)
    {
        return m.context + u" / \""_s + m.source + u'"';
    }

private Q_SLOTS:
    void checksThemselves()
    {
        // The helpers the checks below rely on.
        QCOMPARE(TsChecks::placeholders(u"%2 of %1 (%n) %L3 100%"_s),
                 (QStringList{u"%1"_s, u"%2"_s, u"%3"_s, u"%n"_s}));
        QCOMPARE(TsChecks::mnemonicCount(u"&Abort"_s), 1);
        QCOMPARE(TsChecks::mnemonicCount(u"中止(&A)"_s), 1);
        QCOMPARE(TsChecks::mnemonicCount(u"Tom && Jerry &amp; &#38; & x"_s), 0);
        QCOMPARE(TsChecks::htmlTags(u"<b>x</b> a < b <a href=\"u\">l</a><br/>"_s),
                 (QStringList{u"</a>"_s, u"</b>"_s, u"<ahref=\"u\">"_s, u"<b>"_s, u"<br/>"_s}));
    }

    void onlyShippedFiles()
    {
        const QStringList files = QDir(QStringLiteral(ROLLOUTDESK_TS_DIR))
                                      .entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
        QStringList expected;
        for (const QString &language : TsChecks::shippedLanguages())
            expected.append(u"rolloutdesk_"_s + language + u".ts"_s);
        expected.sort();
        QCOMPARE(files, expected);
    }

    void complete_data() { addLanguageRows(); }
    void complete()
    {
        QFETCH(QString, language);
        TsCatalogue ts;
        QVERIFY2(ts.load(pathFor(language)), qPrintable(ts.error()));
        QCOMPARE(ts.language(), language);
        QStringList problems;
        for (const auto &m : ts.messages()) {
            if (!m.type.isEmpty())
                problems.append(m.type + u": "_s + where(m));
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems.append(u"empty: "_s + where(m));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 entries need work (run the update target, then "
                            "translate):\n"_s.arg(problems.size()) +
                            problems.mid(0, 40).join(u'\n')));
    }

    void numerusForms_data() { addLanguageRows(); }
    void numerusForms()
    {
        QFETCH(QString, language);
        TsCatalogue ts;
        QVERIFY2(ts.load(pathFor(language)), qPrintable(ts.error()));
        const int forms = TsChecks::numerusFormCount(language);
        for (const auto &m : ts.messages()) {
            if (language == u"en"_s)
                QVERIFY2(m.numerus,
                         qPrintable(u"the English file holds plural forms only: "_s + where(m)));
            if (m.numerus)
                QVERIFY2(m.translations.size() == forms,
                         qPrintable(u"%1 numerus forms instead of %2: "_s.arg(m.translations.size())
                                        .arg(forms) +
                                    where(m)));
        }
    }

    void keepsPlaceholdersMnemonicsAndHtml_data() { addLanguageRows(); }
    void keepsPlaceholdersMnemonicsAndHtml()
    {
        QFETCH(QString, language);
        TsCatalogue ts;
        QVERIFY2(ts.load(pathFor(language)), qPrintable(ts.error()));
        QStringList problems;
        for (const auto &m : ts.messages()) {
            QStringList wanted = TsChecks::placeholders(m.source);
            if (m.numerus && !wanted.contains(u"%n"_s))
                wanted = (wanted << u"%n"_s), wanted.sort();
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue; // reported by complete()
                if (TsChecks::placeholders(t) != wanted)
                    problems.append(u"placeholders "_s + TsChecks::placeholders(t).join(u',') +
                                    u" instead of "_s + wanted.join(u',') + u": "_s + where(m));
                if (TsChecks::mnemonicCount(t) != TsChecks::mnemonicCount(m.source))
                    problems.append(u"mnemonic count differs: "_s + where(m) + u" -> "_s + t);
                if (TsChecks::htmlTags(t) != TsChecks::htmlTags(m.source))
                    problems.append(u"HTML tags differ: "_s + where(m) + u" -> "_s + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A sentence left in English: lupdate's same-text heuristics and copy-paste can produce
    // "finished" entries that are not translated at all.
    void sentencesAreTranslated_data() { addLanguageRows(); }
    void sentencesAreTranslated()
    {
        QFETCH(QString, language);
        if (language == u"en"_s)
            QSKIP("English needs no translation check");
        TsCatalogue ts;
        QVERIFY2(ts.load(pathFor(language)), qPrintable(ts.error()));
        // A translation identical to the source is fine for names and kinds (Healthy, ReplicaSet,
        // kubectl, CSV), never for a whole sentence in these languages.
        QStringList problems;
        for (const auto &m : ts.messages()) {
            static const QRegularExpression word(u"(?<![%\\w])[a-z]{2,}\\b"_s);
            int words = 0; // lower-case English words: names, kinds and placeholders do not count
            for (auto it = word.globalMatch(m.source); it.hasNext(); it.next())
                ++words;
            if (words < 4 || m.translations.isEmpty())
                continue;
            if (m.translations.first() == m.source)
                problems.append(u"left in English: "_s + where(m));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTsCatalogues)
#include "test_ts_catalogues.moc"
