// Japanese follows ../shared/spec/glossary-ja.md: the required terms wherever the English source
// has the concept, none of the rejected variants, polite sentences, short buttons, mnemonics as
// 中止(&A), a half-width space between Japanese and Latin text, and the facts the abort and
// Degraded texts must state.
#include "TsCatalogue.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::TsCatalogue;

namespace {

struct Required
{
    const char16_t *source; // regex over the English source
    QStringList anyOf;      // the Japanese must contain one of these
    bool caseSensitive = false;
};

struct Forbidden
{
    const char16_t *japanese;     // regex over the Japanese translation
    const char16_t *unlessSource; // ...allowed when the source matches this (may be empty)
};

QRegularExpression rx(const char16_t *pattern, bool caseSensitive = false)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              caseSensitive ? QRegularExpression::NoPatternOption
                                            : QRegularExpression::CaseInsensitiveOption);
}

const QList<Required> &requiredTerms()
{
    static const QList<Required> terms{
        {u"container image", {u"コンテナーイメージ"_s}},
        {u"\\babort(s|ed|ing)?\\b", {u"中止"_s, u"手動中断"_s}},
        {u"stable version", {u"安定バージョン"_s}},
        {u"\\bstable\\b", {u"安定"_s}},
        {u"canary version", {u"カナリアバージョン"_s}},
        {u"\\bcanary\\b", {u"カナリア"_s}},
        {u"desired version", {u"希望のバージョン"_s}},
        {u"\\bpromot(e|ed|es|ing)\\b", {u"プロモート"_s}},
        {u"promote[ -]?full|full(y)? promot", {u"完全にプロモート"_s}},
        {u"\\bretr(y|ied|ies|ying)\\b", {u"再試行"_s}},
        {u"\\b(Pause|pause|pauses|paused|pausing)\\b", {u"一時停止"_s}, true},
        {u"\\bresum(e|ed|es|ing)\\b", {u"再開"_s}},
        {u"\\brestart(s|ed|ing)?\\b", {u"再起動"_s}},
        {u"\\broll(s|ed|ing)? ?back\\b|\\brollbacks?\\b", {u"ロールバック"_s}},
        {u"\\brevisions?\\b", {u"リビジョン"_s}},
        {u"\\breplicas?\\b", {u"レプリカ"_s}},
        {u"\\bcontrollers?\\b", {u"コントローラー"_s}},
        {u"\\bclusters?\\b", {u"クラスター"_s}},
        {u"\\bservers?\\b", {u"サーバー"_s}},
        {u"read-only mode", {u"読み取り専用モード"_s}},
        {u"read-only", {u"読み取り専用"_s}},
        {u"\\breconnecting\\b", {u"再接続中"_s}},
        {u"\\b(connect|connected|connecting|connection|connections)\\b", {u"接続"_s}},
        {u"\\bweights?\\b", {u"重み"_s}},
        {u"\\btraffic\\b", {u"トラフィック"_s}},
        {u"\\bcontexts?\\b", {u"コンテキスト"_s}},
        {u"\\b(settings|preferences)\\b", {u"設定"_s}},
        {u"^&?Cancel$", {u"キャンセル"_s}},
        {u"\\banalys(is|es)\\b", {u"分析"_s, u"AnalysisRun"_s}},
        {u"\\bexperiments?\\b", {u"実験"_s, u"Experiment"_s}},
        {u"(?<!PNG )\\bimages?\\b", {u"イメージ"_s}}, // "PNG images" are pictures
        {u"\\bnamespaces?\\b", {u"namespace"_s, u"Namespace"_s}},
        {u"\\bdeploy(s|ed|ing|ment|ments)?\\b", {u"デプロイ"_s}},
        {u"\\bcommands?\\b", {u"コマンド"_s}},
        {u"\\bconfirm(ation|ed|s)?\\b", {u"確認"_s}},
        // Status values and kinds stay in English.
        // (A capitalised word that only starts a phrase, "Paused at step 3", is a verb.)
        {u"^Healthy$|(?<!^)\\bHealthy\\b", {u"Healthy"_s}, true},
        {u"^Degraded$|(?<!^)\\bDegraded\\b", {u"Degraded"_s}, true},
        {u"^Paused$|(?<!^)\\bPaused\\b", {u"Paused"_s}, true},
        {u"^Progressing$|(?<!^)\\bProgressing\\b", {u"Progressing"_s}, true},
        {u"\\bScaledDown\\b", {u"ScaledDown"_s}, true},
        {u"\\bReplicaSets?\\b", {u"ReplicaSet"_s}, true},
        {u"\\bAnalysisRuns?\\b", {u"AnalysisRun"_s}, true},
        {u"\\bIngress\\b", {u"Ingress"_s}, true},
    };
    return terms;
}

const QList<Forbidden> &forbiddenVariants()
{
    static const QList<Forbidden> variants{
        {u"コンテナ(?!ー)", u""},
        {u"アボート", u""},
        {u"サーバ(?!ー)", u""},
        {u"コントローラ(?!ー)", u""},
        {u"クラスタ(?!ー)", u""},
        {u"プロモーション", u"\\bpromotion\\b"}, // only the noun in "analysis and promotion steps"
        {u"中断", u"manual abort"}, // 中止 is the action; 手動中断 is the guide's title
        {u"キャンセル", u"^(?![\\s\\S]*\\babort)"}, // Cancel, but never for Abort
        {u"リトライ", u""},
        {u"リスタート", u""},
        {u"レジューム", u""},
        {u"ポーズ", u""},
        {u"名前空間|ネームスペース", u""},
        {u"安定版", u""},
        {u"ウェイト|ウエイト|重量", u""},
        {u"改訂|版数", u""},
        {u"[Ａ-Ｚａ-ｚ０-９％＆（）]", u""}, // full-width Latin, digits, %, & and parentheses
        {u"\u3000", u""},                    // ideographic space
    };
    return variants;
}

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

    // Translations joined per context whose name matches, or whose source matches.
    QString japaneseWhere(const QRegularExpression &context, const QRegularExpression &source) const
    {
        QString all;
        for (const auto &m : m_ts.messages()) {
            if ((context.pattern().isEmpty() || context.match(m.context).hasMatch()) &&
                (source.pattern().isEmpty() || source.match(m.source).hasMatch()))
                all += m.translations.join(u' ') + u'\n';
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ts.load(QStringLiteral(ROLLOUTDESK_TS_DIR) + u"/rolloutdesk_ja.ts"_s),
                 qPrintable(m_ts.error()));
    }

    void requiredTerms()
    {
        QStringList problems;
        for (const auto &term : ::requiredTerms()) {
            const QRegularExpression source = rx(term.source, term.caseSensitive);
            for (const auto &m : m_ts.messages()) {
                if (!source.match(m.source).hasMatch())
                    continue;
                for (const QString &ja : m.translations) {
                    const bool ok = std::any_of(term.anyOf.cbegin(), term.anyOf.cend(),
                                                [&](const QString &t) { return ja.contains(t); });
                    if (!ok)
                        problems.append(term.anyOf.join(u'|') + u" missing: "_s + where(m, ja));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void forbiddenVariants()
    {
        QStringList problems;
        for (const auto &variant : ::forbiddenVariants()) {
            const QRegularExpression japanese = rx(variant.japanese, true);
            const QRegularExpression unless = rx(variant.unlessSource);
            for (const auto &m : m_ts.messages()) {
                if (!unless.pattern().isEmpty() && unless.match(m.source).hasMatch())
                    continue;
                for (const QString &ja : m.translations) {
                    if (japanese.match(ja).hasMatch())
                        problems.append(QString::fromUtf16(variant.japanese) + u": "_s +
                                        where(m, ja));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
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
