// Japanese style from ../shared/spec/glossary-ja.md: polite sentences, short buttons, mnemonics as
// 中止(&A), a half-width space between Japanese and Latin text. The glossary's terms and rejected
// variants are checked with every other language's in test_terminology (Terminology.cpp).
#include "TsCatalogue.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::TsCatalogue;

namespace {

bool isSentence(const QString &source)
{
    static const QRegularExpression end(u"[.?!](</[a-z]+>)*$"_s);
    return source.count(u' ') >= 3 && end.match(source).hasMatch();
}

QString where(const TsCatalogue::Message &m, const QString &ja)
{
    return m.context + u" / \""_s + m.source + u"\" -> \""_s + ja + u'"';
}

} // namespace

class TestGlossaryJa : public QObject
{
    Q_OBJECT

private:
    TsCatalogue m_ts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ts.load(QStringLiteral(ROLLOUTDESK_TS_DIR) + u"/rolloutdesk_ja.ts"_s),
                 qPrintable(m_ts.error()));
    }

    void style()
    {
        // Japanese next to Latin letters, digits or a placeholder needs a half-width space.
        static const QRegularExpression touching(
            // Explicit ranges: PCRE2's \p{Han} also matches 、「」 through their script extensions.
            uR"([\x{3041}-\x{30FF}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}][A-Za-z0-9%]|[A-Za-z0-9][\x{3041}-\x{30FF}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}])"_s);
        static const QRegularExpression mnemonic(u"\\(&[A-Z0-9]\\)"_s);
        static const QRegularExpression polite(
            u"です|ます|ました|ません|ください|でした|ましょう"_s);
        static const QRegularExpression sentenceEnd(u"[。？！](</[a-z]+>)*$"_s);
        QStringList problems;
        for (const auto &m : m_ts.messages()) {
            for (const QString &ja : m.translations) {
                if (ja.isEmpty())
                    continue;
                if (auto match = touching.match(ja); match.hasMatch())
                    problems.append(u"no space at \""_s + match.captured(0) + u"\": "_s +
                                    where(m, ja));
                const bool hasMnemonic = m.source.contains(QRegularExpression(u"&[^&\\s]"_s));
                if (hasMnemonic && !mnemonic.match(ja).hasMatch() &&
                    ja.contains(QRegularExpression(u"[^\\x{0}-\\x{7f}]"_s)))
                    problems.append(u"mnemonic not written as (&X): "_s + where(m, ja));
                if (hasMnemonic && (ja.contains(u'。') || polite.match(ja).hasMatch()))
                    problems.append(u"button or menu item not in short form: "_s + where(m, ja));
                if (isSentence(m.source) &&
                    (!sentenceEnd.match(ja).hasMatch() || !polite.match(ja).hasMatch()))
                    problems.append(u"sentence not in polite form: "_s + where(m, ja));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestGlossaryJa)
#include "test_glossary_ja.moc"
