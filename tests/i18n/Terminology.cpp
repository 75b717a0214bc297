#include "Terminology.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

namespace {

using Required = Terminology::Required;
using Forbidden = Terminology::Forbidden;

// Concepts of the English source shared by every language's table.
const QString kAbort = u"\\babort(s|ed|ing)?\\b"_s;
const QString kCancel = u"^&?Cancel$"_s;
const QString kRetry = u"\\bretr(y|ied|ies|ying)\\b"_s;
const QString kRestart = u"\\brestart(s|ed|ing)?\\b"_s;
const QString kPromote = u"\\bpromot(e|ed|es|ing|ion)\\b"_s;
const QString kPromoteFull = u"promote[ -]?full|full(y)? promot"_s;
const QString kPause = u"\\b(Pause|pause|pauses|paused|pausing)\\b"_s; // not the status "Paused"
const QString kResume = u"\\bresum(e|ed|es|ing)\\b"_s;
// Any English text that speaks of cancelling may use the language's Cancel word.
const QString kCancelAnywhere = u"\\bcancel"_s;
// The language's Cancel word is fine anywhere but where the source speaks of aborting.
const QString kNoAbort = u"^(?![\\s\\S]*\\babort)"_s;

// Japanese: ../shared/spec/glossary-ja.md, term by term.
QList<Required> japaneseRequired()
{
    return {
        {u"container image"_s, u"コンテナーイメージ"_s},
        {kAbort, u"中止|手動中断"_s},
        {u"stable version"_s, u"安定バージョン"_s},
        {u"\\bstable\\b"_s, u"安定"_s},
        {u"canary version"_s, u"カナリアバージョン"_s},
        {u"\\bcanary\\b"_s, u"カナリア"_s},
        {u"desired version"_s, u"希望のバージョン"_s},
        {u"\\bpromot(e|ed|es|ing)\\b"_s, u"プロモート"_s},
        {kPromoteFull, u"完全にプロモート"_s},
        {kRetry, u"再試行"_s},
        {kPause, u"一時停止"_s, true},
        {kResume, u"再開"_s},
        {kRestart, u"再起動"_s},
        {u"\\broll(s|ed|ing)? ?back\\b|\\brollbacks?\\b"_s, u"ロールバック"_s},
        {u"\\brevisions?\\b"_s, u"リビジョン"_s},
        {u"\\breplicas?\\b"_s, u"レプリカ"_s},
        {u"\\bcontrollers?\\b"_s, u"コントローラー"_s},
        {u"\\bclusters?\\b"_s, u"クラスター"_s},
        {u"\\bservers?\\b"_s, u"サーバー"_s},
        {u"read-only mode"_s, u"読み取り専用モード"_s},
        {u"read-only"_s, u"読み取り専用"_s},
        {u"\\breconnecting\\b"_s, u"再接続中"_s},
        {u"\\b(connect|connected|connecting|connection|connections)\\b"_s, u"接続"_s},
        {u"\\bweights?\\b"_s, u"重み"_s},
        {u"\\btraffic\\b"_s, u"トラフィック"_s},
        {u"\\bcontexts?\\b"_s, u"コンテキスト"_s},
        {u"\\b(settings|preferences)\\b"_s, u"設定"_s},
        {kCancel, u"^キャンセル$"_s},
        {u"\\banalys(is|es)\\b"_s, u"分析|AnalysisRun"_s},
        {u"\\bexperiments?\\b"_s, u"実験|Experiment"_s},
        {u"(?<!PNG )\\bimages?\\b"_s, u"イメージ"_s}, // "PNG images" are pictures
        {u"\\bnamespaces?\\b"_s, u"namespace|Namespace"_s},
        {u"\\bdeploy(s|ed|ing|ment|ments)?\\b"_s, u"デプロイ"_s},
        {u"\\bcommands?\\b"_s, u"コマンド"_s},
        {u"\\bconfirm(ation|ed|s)?\\b"_s, u"確認"_s},
        // Status values and kinds stay in English.
        // (A capitalised word that only starts a phrase, "Paused at step 3", is a verb.)
        {u"^Healthy$|(?<!^)\\bHealthy\\b"_s, u"Healthy"_s, true},
        {u"^Degraded$|(?<!^)\\bDegraded\\b"_s, u"Degraded"_s, true},
        {u"^Paused$|(?<!^)\\bPaused\\b"_s, u"Paused"_s, true},
        {u"^Progressing$|(?<!^)\\bProgressing\\b"_s, u"Progressing"_s, true},
        {u"\\bScaledDown\\b"_s, u"ScaledDown"_s, true},
        {u"\\bReplicaSets?\\b"_s, u"ReplicaSet"_s, true},
        {u"\\bAnalysisRuns?\\b"_s, u"AnalysisRun"_s, true},
        {u"\\bIngress\\b"_s, u"Ingress"_s, true},
    };
}

QList<Forbidden> japaneseForbidden()
{
    return {
        {u"コンテナ(?!ー)"_s, {}},
        {u"アボート"_s, {}},
        {u"サーバ(?!ー)"_s, {}},
        {u"コントローラ(?!ー)"_s, {}},
        {u"クラスタ(?!ー)"_s, {}},
        {u"プロモーション"_s,
         u"\\bpromotion\\b"_s},         // only the noun in "analysis and promotion steps"
        {u"中断"_s, u"manual abort"_s}, // 中止 is the action; 手動中断 is the guide's title
        {u"キャンセル"_s, u"^(?![\\s\\S]*\\babort)"_s}, // Cancel, but never for Abort
        {u"リトライ"_s, {}},
        {u"リスタート"_s, {}},
        {u"レジューム"_s, {}},
        {u"ポーズ"_s, {}},
        {u"名前空間|ネームスペース"_s, {}},
        {u"安定版"_s, {}},
        {u"ウェイト|ウエイト|重量"_s, {}},
        {u"改訂|版数"_s, {}},
        {u"[Ａ-Ｚａ-ｚ０-９％＆（）]"_s, {}}, // full-width Latin, digits, %, & and parentheses
        {u"\u3000"_s, {}},                    // ideographic space
    };
}

} // namespace

QStringList Terminology::languages()
{
    return {u"ja"_s, u"zh_CN"_s, u"ko"_s, u"de"_s, u"fr"_s, u"es"_s, u"en"_s};
}

QList<Required> Terminology::required(const QString &language)
{
    if (language == u"ja")
        return japaneseRequired();
    if (language == u"de")
        return {
            // "Abbruch" is the action; "abbrechen" is what every German dialog's Cancel says.
            {kAbort, u"Abbruch|abgebrochen|Abbrüch"_s},
            {kCancel, u"^Abbrechen$"_s},
            {kRetry, u"wiederhol"_s},
            {kRestart, u"neu ?start|neustart|neu gestartet|startet\\b.*\\bneu\\b"_s},
            {kPromote, u"hochstuf|hochgestuft|hochzustufen"_s},
            {kPromoteFull, u"vollständig|voll hochstufen"_s},
            {kPause, u"paus|anhalt|angehalten"_s, true},
            {kResume, u"fortsetz|fortgesetzt|fortzusetzen"_s},
            {u"\\broll(s|ed|ing)? ?back\\b|\\brollbacks?\\b"_s, u"Rollback|zurück"_s},
        };
    if (language == u"fr")
        return {
            {kAbort, u"interromp|interruption"_s},
            {kCancel, u"^Annuler$"_s},
            {kRetry, u"réessa|relanc|nouvelle tentative"_s},
            {kRestart, u"redémarr"_s},
            {kPromote, u"promouv|promeuv|promu|promotion"_s},
            {kPromoteFull, u"entièrement|tout promouvoir"_s},
            {kPause, u"suspen|pause"_s, true},
            {kResume, u"repren|repris|reprend"_s},
        };
    if (language == u"es")
        return {
            {kAbort, u"interrump|interrupción"_s},
            {kCancel, u"^Cancelar$"_s},
            {kRetry, u"reintent"_s},
            {kRestart, u"reinici"_s},
            {kPromote, u"promov|promoción|promuev"_s},
            {kPromoteFull, u"por completo|promover todo"_s},
            {kPause, u"paus"_s, true},
            {kResume, u"reanud|contin[uú]"_s},
        };
    if (language == u"ko")
        return {
            {kAbort, u"중단"_s},
            {kCancel, u"^취소$"_s},
            {kRetry, u"다시 시도"_s},
            {kRestart, u"재시작"_s},
            {kPromote, u"승격"_s},
            {kPromoteFull, u"완전"_s},
            {kPause, u"일시 중지"_s, true},
            {kResume, u"재개|계속"_s},
        };
    if (language == u"zh_CN")
        return {
            {kAbort, u"中止"_s},       {kCancel, u"^取消$"_s}, {kRetry, u"重试"_s},
            {kRestart, u"重新启动"_s}, {kPromote, u"推进"_s},  {kPromoteFull, u"完全推进"_s},
            {kPause, u"暂停"_s, true}, {kResume, u"继续"_s},
        };
    return {};
}

QList<Forbidden> Terminology::forbidden(const QString &language)
{
    if (language == u"ja")
        return japaneseForbidden();
    if (language == u"de")
        return {
            {u"\\babbrechen\\b"_s, kCancel},
            {u"\\babzubrechen\\b"_s, kCancelAnywhere},
            // Qt's Reset button; a rollback is "Rollback".
            {u"^Zurücksetzen"_s, {}},
        };
    if (language == u"fr")
        return {
            {u"annul"_s, kNoAbort},
            {u"abandon"_s, {}}, // Qt's Abort button: one word for the action, "Interrompre"
        };
    if (language == u"es")
        return {
            {u"cancel"_s, kNoAbort},
            {u"\\babort"_s, {}},
        };
    if (language == u"ko")
        return {
            {u"재시도"_s, {}}, // one syllable from 재시작 (Restart): Retry is 다시 시도
            {u"취소"_s, kNoAbort},
            {u"리트라이|리스타트"_s, {}},
        };
    if (language == u"zh_CN")
        return {
            {u"重启"_s, {}},       // one character from 重试 (Retry): Restart is 重新启动
            {u"取消"_s, kNoAbort}, // 取消收藏 (unfavourite) is fine
            {u"恢复"_s, u"^(?![\\s\\S]*\\bresum)"_s}, // 恢复 also restores: Resume is 继续
        };
    return {};
}

Terminology::ActionWords Terminology::actionWords(const QString &language)
{
    static const QHash<QString, ActionWords> words{
        {u"en"_s,
         {u"Abort"_s, u"Abort rollout"_s, u"Cancel"_s, u"Retry"_s, u"Restart…"_s, u"Promote"_s,
          u"Promote Full"_s, u"Pause"_s, u"Resume"_s}},
        {u"de"_s,
         {u"Abbruch"_s, u"Abbruch ausführen"_s, u"Abbrechen"_s, u"Wiederholen"_s, u"Neu starten…"_s,
          u"Hochstufen"_s, u"Voll hochstufen"_s, u"Pausieren"_s, u"Fortsetzen"_s}},
        {u"fr"_s,
         {u"Interrompre"_s, u"Interrompre le rollout"_s, u"Annuler"_s, u"Réessayer"_s,
          u"Redémarrer…"_s, u"Promouvoir"_s, u"Tout promouvoir"_s, u"Suspendre"_s, u"Reprendre"_s}},
        {u"es"_s,
         {u"Interrumpir"_s, u"Interrumpir el rollout"_s, u"Cancelar"_s, u"Reintentar"_s,
          u"Reiniciar…"_s, u"Promover"_s, u"Promover todo"_s, u"Pausar"_s, u"Reanudar"_s}},
        {u"ja"_s,
         {u"中止"_s, u"ロールアウトを中止"_s, u"キャンセル"_s, u"再試行"_s, u"再起動…"_s,
          u"プロモート"_s, u"完全にプロモート"_s, u"一時停止"_s, u"再開"_s}},
        {u"ko"_s,
         {u"중단"_s, u"롤아웃 중단"_s, u"취소"_s, u"다시 시도"_s, u"재시작…"_s, u"승격"_s,
          u"완전 승격"_s, u"일시 중지"_s, u"재개"_s}},
        {u"zh_CN"_s,
         {u"中止"_s, u"中止 Rollout"_s, u"取消"_s, u"重试"_s, u"重新启动…"_s, u"推进"_s,
          u"完全推进"_s, u"暂停"_s, u"继续"_s}},
    };
    return words.value(language);
}

QString Terminology::normalized(const QString &text)
{
    static const QRegularExpression mnemonic(u"\\(&.\\)|&(?=\\S)"_s);
    QString t = text;
    t.remove(mnemonic);
    t.remove(u'…');
    t.remove(u"..."_s);
    return t.simplified().toCaseFolded();
}

int Terminology::editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace rd::test
