<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>rd::app::Help</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Start the simulated cluster in this process (scenario rollouts-demo) and connect to it.</source>
        <translation>このプロセス内でシミュレーションクラスター (シナリオ rollouts-demo) を起動し、接続します。</translation>
    </message>
    <message>
        <source>Time multiplier of the demo cluster (default 1; also ROLLOUTDESK_DEMO_SPEED).</source>
        <translation>デモクラスターの時間倍率です (既定値 1。ROLLOUTDESK_DEMO_SPEED でも指定できます)。</translation>
    </message>
    <message>
        <source>Scenario of the demo cluster: rollouts-demo (default), showcase or scale:N.</source>
        <translation>デモクラスターのシナリオです: rollouts-demo (既定値)、showcase または scale:N。</translation>
    </message>
    <message>
        <source>Use this kubeconfig file.</source>
        <translation>この kubeconfig ファイルを使用します。</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>この kubeconfig コンテキストを使用します。</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>この namespace を表示します。</translation>
    </message>
    <message>
        <source>Show all namespaces.</source>
        <translation>すべての namespace を表示します。</translation>
    </message>
    <message>
        <source>Open a snapshot (YAML/JSON file or folder), offline and read-only.</source>
        <translation>スナップショット (YAML/JSON ファイルまたはフォルダー) をオフラインの読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>Switch every action off.</source>
        <translation>すべての操作をオフにします。</translation>
    </message>
    <message>
        <source>User interface language, e.g. ja (default: the language chosen in the settings, else the system&apos;s).</source>
        <translation>ユーザーインターフェイスの言語です。例: ja (既定値: 設定で選んだ言語、なければシステムの言語)。</translation>
    </message>
    <message>
        <source>Quit N ms after rollouts are shown (tests; also ROLLOUTDESK_QUIT_AFTER_MS).</source>
        <translation>ロールアウトの表示から N ミリ秒後に終了します (テスト用。ROLLOUTDESK_QUIT_AFTER_MS でも指定できます)。</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>使い方: %1 [オプション]</translation>
    </message>
    <message>
        <source>Rollout Desk: a desktop client for Argo Rollouts.</source>
        <translation>Rollout Desk: Argo Rollouts のデスクトップクライアントです。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Watch these kubeconfig contexts (comma-separated) on one board.</source>
        <translation>これらの kubeconfig コンテキスト (カンマ区切り) を 1 つのボードで監視します。</translation>
    </message>
</context>
<context>
    <name>rd::app::SimDemoCluster</name>
    <message>
        <source>no temporary folder for its kubeconfig: %1</source>
        <translation>kubeconfig 用の一時フォルダーがありません: %1</translation>
    </message>
</context>
<context>
    <name>rd::cli::ClusterCommands</name>
    <message>
        <source>the rollout name</source>
        <translation>ロールアウト名</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>rd::cli::Help</name>
    <message>
        <source>kubeconfig to use (default: KUBECONFIG or ~/.kube/config)</source>
        <translation>使用する kubeconfig (既定値: KUBECONFIG または ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>kubeconfig コンテキスト</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>every namespace (list)</source>
        <translation>すべての namespace (list)</translation>
    </message>
    <message>
        <source>read objects from a YAML/JSON file or folder instead of a cluster</source>
        <translation>クラスターの代わりに YAML/JSON ファイルまたはフォルダーからオブジェクトを読み込む</translation>
    </message>
    <message>
        <source>compute ages as of this RFC 3339 instant (snapshots)</source>
        <translation>この RFC 3339 の時刻を基準に経過時間を計算 (スナップショット)</translation>
    </message>
    <message>
        <source>no ANSI colours (also when TERM=dumb)</source>
        <translation>ANSI カラーなし (TERM=dumb の場合も)</translation>
    </message>
    <message>
        <source>language of this help, e.g. ja (default: the system&apos;s); the output of the commands is always English</source>
        <translation>このヘルプの言語、例: ja (既定値: システムの言語)。コマンドの出力は常に英語です</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>バージョンを表示</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>rolloutdesk-cli: the console companion of Rollout Desk (Argo Rollouts).</source>
        <translation>rolloutdesk-cli: Rollout Desk (Argo Rollouts) のコンソール用ツールです。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>グローバルフラグ:</translation>
    </message>
    <message>
        <source>print connection diagnostics (retries, reconnects) on stderr</source>
        <translation>接続の診断情報 (再試行、再接続) を stderr に出力</translation>
    </message>
    <message>
        <source>list rollouts of several contexts, CONTEXT column first (not in the plugin)</source>
        <translation>複数のコンテキストのロールアウトを一覧表示 (先頭に CONTEXT 列、プラグインにはない機能)</translation>
    </message>
</context>
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1 (リビジョン %2、利用可能な Pod %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the traffic</source>
        <extracomment>%1 the canary&apos;s actual traffic weight in percent</extracomment>
        <translation>トラフィックの %1 %</translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>すべてのトラフィックが安定バージョンに戻りました (中止から %n 秒後)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1: 中止から %n 秒が経過しましたが、安定バージョンはまだ完全には利用可能になっていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1: 中止から %n 秒が経過しましたが、カナリアはまだ処理を続けています: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionController</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Action tooltip: explanation and keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending %1 for %2…</source>
        <translation>%2: 「%1」を送信しています…</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation>%2: 「%1」に失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionDialog</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Title of a confirmation dialog, %1 is the action, %2 the rollout</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>今すぐ再起動(&amp;N)</translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation>指定した分数の後に再起動(&amp;L):</translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation>再起動までの分数</translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation>ロールバック先のリビジョン(&amp;R):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>後で再起動</translation>
    </message>
    <message>
        <source>revision %1 — %2</source>
        <extracomment>Roll back dialog: one choice, %1 the revision number, %2 its images</extracomment>
        <translation>リビジョン %1 — %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation>プロモート</translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation>完全にプロモート</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation>再開</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation>再起動…</translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation>イメージの設定…</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation>ロールバック…</translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation>更新の次のステップに進みます</translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation>残りのステップをすべてスキップし、新しいバージョンを安定バージョンにします</translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation>再開されるまで、更新を現在の位置で止めます</translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation>一時停止中の更新を続行します</translation>
    </message>
    <message>
        <source>Abort the update and send all traffic back to the stable version</source>
        <extracomment>Tooltip of Abort; unlike Pause (&quot;stop where it is&quot;), the update does not continue</extracomment>
        <translation>更新を中止し、すべてのトラフィックを安定バージョンに戻します</translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation>中止された更新を最初のステップからやり直します</translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation>ロールアウトのすべての Pod を、今すぐまたは後で再起動します</translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation>コンテナーイメージを変更します (新しいリビジョンが開始されます)</translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation>以前のリビジョンの Pod テンプレートに戻します</translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation>完全にプロモート</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>ロールアウトを一時停止</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>ロールアウトを再開</translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation>ロールアウトを中止</translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation>ロールアウトを再試行</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>Pod を再起動</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>イメージを設定</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>先にロールアウトを選択してください。</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation>読み取り専用モード: 操作は無効になっています。</translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation>このロールアウトへの要求を送信中です。</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation>お使いのアカウントには、namespace %1 の rollouts/status にパッチを適用する権限がありません。</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation>お使いのアカウントには、namespace %1 の rollouts にパッチを適用する権限がありません。</translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation>更新は中止されました。再試行するか、イメージを設定してください。</translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation>プロモートする対象がありません。ロールアウトは完全にプロモートされています。</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>すべてのステップが完了しています。</translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation>ロールアウトはすでに一時停止しています。</translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation>ロールアウトはユーザーによって一時停止されていません (一時停止ステップでは「プロモート」を使用してください)。</translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation>更新はすでに中止されています。</translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation>中止する対象がありません。進行中の更新はありません。</translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation>再試行できるのは、中止された更新だけです。</translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation>ロールアウトにコンテナーがありません。</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>ロールバック先となる以前のリビジョンがありません。</translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation>ロールアウトはステップ %1/%2 を終えて、次のステップに進みます。以降のステップの定義に従って、より多くのトラフィックがカナリアバージョンに送られます。</translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation>ロールアウトは次のステップに進みます。</translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation>残りのステップ、一時停止、分析はすべてスキップされます。カナリアバージョンが安定バージョンになり、すべてのトラフィックを受け取ります。</translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation>更新は現在の位置で止まります。誰かがロールアウトを再開またはプロモートするまで、トラフィックの重みとレプリカはそのまま維持されます。</translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation>一時停止中の更新が、現在のステップから再開されます。</translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation>中止すると、新しいカナリアバージョンのリソースが削除されます。その ReplicaSet は 0 レプリカにスケーリングされ、以前の安定バージョンが復元されます。カナリアに送られていたすべてのトラフィック (Ingress、ルート、仮想サービス) は、安定バージョンに戻ります。

その後、イメージを安定バージョンに戻すか更新を再試行するまで、ロールアウトは Degraded と表示されます。</translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation>中止された更新が、最初のステップから再び開始されます。カナリアがスケールアップされ、ステップの定義に従ってトラフィックを受け取ります。</translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後から、ロールアウトのすべての Pod が数個ずつ再起動されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation>ロールアウトのすべての Pod が、今すぐ数個ずつ再起動されます。イメージとステップは変更されません。</translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation>コンテナー %1 のイメージが %2 になります。</translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>リビジョン %1 の Pod テンプレートが復元されます。これにより、ロールアウトのステップに従う新しい更新が開始されます。</translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>以前のリビジョンの Pod テンプレートが復元されます。これにより、ロールアウトのステップに従う新しい更新が開始されます。</translation>
    </message>
    <message>
        <source>Rollout %1 promoted.</source>
        <translation>ロールアウト %1 をプロモートしました。</translation>
    </message>
    <message>
        <source>Rollout %1 fully promoted.</source>
        <translation>ロールアウト %1 を完全にプロモートしました。</translation>
    </message>
    <message>
        <source>Rollout %1 paused.</source>
        <translation>ロールアウト %1 を一時停止しました。</translation>
    </message>
    <message>
        <source>Rollout %1 resumed.</source>
        <translation>ロールアウト %1 を再開しました。</translation>
    </message>
    <message>
        <source>Rollout %1 aborted: the canary is scaled down and all traffic goes to the stable version.</source>
        <translation>ロールアウト %1 を中止しました。カナリアバージョンはスケールダウンされ、すべてのトラフィックが復元された安定バージョンに送られます。</translation>
    </message>
    <message>
        <source>Rollout %1 retried: the update starts again from its first step.</source>
        <translation>ロールアウト %1 を再試行しました。更新は最初のステップから再び開始されます。</translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>ロールアウト %1 は %n 秒後に Pod を再起動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout %1 restarts its pods now.</source>
        <translation>ロールアウト %1 は今すぐ Pod を再起動します。</translation>
    </message>
    <message>
        <source>Rollout %1: container %2 now wants image %3.</source>
        <extracomment>%1 rollout, %2 container, %3 image</extracomment>
        <translation>ロールアウト %1: コンテナー %2 の希望のイメージが %3 になりました。</translation>
    </message>
    <message>
        <source>Rollout %1 rolled back.</source>
        <translation>ロールアウト %1 をロールバックしました。</translation>
    </message>
    <message>
        <source>The rollout&apos;s object cannot be read: %1</source>
        <translation>ロールアウトのオブジェクトを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisBudgetView</name>
    <message>
        <source>&amp;Metrics of the current analysis, riskiest first:</source>
        <translation>現在の分析のメトリック (リスクの高い順)(&amp;M):</translation>
    </message>
    <message>
        <source>Analysis metrics</source>
        <translation>分析のメトリック</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisRisk</name>
    <message>
        <source>failed measurements</source>
        <translation>失敗した測定</translation>
    </message>
    <message>
        <source>inconclusive measurements</source>
        <translation>結果が確定しなかった測定</translation>
    </message>
    <message>
        <source>consecutive errors</source>
        <translation>連続エラー</translation>
    </message>
    <message>
        <source>Running analysis at risk: metric %1 has used %2 of its allowed %3.</source>
        <extracomment>%1 metric name, %2 e.g. &quot;1 / 2&quot;, %3 &quot;failed measurements&quot;</extracomment>
        <translation>実行中の分析が危険な状態です。メトリック %1 は、許容される %3 のうち %2 を使用しました。</translation>
    </message>
</context>
<context>
    <name>rd::gui::AttemptsModel</name>
    <message>
        <source>In progress</source>
        <extracomment>Attempt outcome: the update is still going on</extracomment>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Attempt outcome: the revision became stable</extracomment>
        <translation>完了しました</translation>
    </message>
    <message>
        <source>Aborted</source>
        <extracomment>Attempt outcome</extracomment>
        <translation>中止されました</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Attempt outcome: another update replaced it before it finished</extracomment>
        <translation>置き換えられました</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2 so far</source>
        <translation>ステップ %1: 現在 %2 経過</translation>
    </message>
    <message>
        <source>The update began before the oldest entry known of this rollout.</source>
        <translation>この更新は、このロールアウトについて把握している最も古い記録よりも前に開始されました。</translation>
    </message>
    <message>
        <source>Time in pauses that only a person ends (a pause step without duration, an inconclusive analysis, a manual pause)</source>
        <translation>人が操作するまで終わらない一時停止の時間 (期間のない一時停止ステップ、結果が確定しなかった分析、手動の一時停止)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Attempt start that is only known to be before this time</extracomment>
        <translation>%1 より前</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <extracomment>An attempt that began with a retry after an abort</extracomment>
        <translation>%1 (再試行)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>ステップごとの時間</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <extracomment>Column: time the attempt waited for a person to promote or resume it</extracomment>
        <translation>人の対応待ち</translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Progressing</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation>Progressing</translation>
    </message>
    <message>
        <source>Degraded</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Healthy</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Favourites</source>
        <extracomment>Filter chip</extracomment>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation>名前または label:value で検索  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation>ロールアウトを検索</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>ロールアウト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter chip with its count, e.g. &quot;Paused (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Show: %1 — %n rollout(s)</source>
        <translation>
            <numerusform>表示: %1 — %n 件のロールアウト</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <extracomment>Filter chip: rollouts paused until a person acts, or Degraded, in every watched context</extracomment>
        <translation>対応待ち</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>表示するコンテキスト</translation>
    </message>
    <message>
        <source>Show the rollouts of one context, or of all watched contexts</source>
        <translation>1 つのコンテキスト、または監視中のすべてのコンテキストのロールアウトを表示します</translation>
    </message>
    <message>
        <source>All contexts</source>
        <extracomment>Context filter entry</extracomment>
        <translation>すべてのコンテキスト</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation>コンテキスト: %1
namespace: %2
ロールアウト: %3</translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation>本番コンテキスト: %1</translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation>同等のコマンド(&amp;C):</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>同等のコマンド</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>コマンドをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation>これは本番コンテキストです。確認のため、ロールアウト名 (%1) を入力してください:</translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation>ロールアウト名の確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Copy button after the command was copied</extracomment>
        <translation>コピー済み</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history on this computer):</source>
        <extracomment>Confirmation dialog: a free text the History tab shows with this action; it is not sent to the cluster</extracomment>
        <translation>理由 (任意、このコンピューター上の履歴に保存)(&amp;R):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Context, namespace and rollout</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>コンテキスト、namespace、ロールアウト</translation>
    </message>
    <message>
        <source>What this action will do</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>この操作で行われること</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionBanners</name>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation>このコンテキストでは TLS 検証が無効です (kubeconfig の insecure-skip-tls-verify)。サーバーの身元は確認されません。</translation>
    </message>
    <message>
        <source>Production context %1: every action asks you to type the rollout&apos;s name.</source>
        <translation>本番コンテキスト %1: すべての操作で、ロールアウト名の入力が求められます。</translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation>読み取り専用: オフラインのスナップショットのため、操作は無効になっています。</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation>読み取り専用モード: 操作は無効になっています (設定または --read-only)。</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>本番環境の警告</translation>
    </message>
    <message>
        <source>TLS warning</source>
        <translation>TLS の警告</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>読み取り専用モード</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation>スナップショット %1 が存在しません。</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>デモクラスターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The demo cluster is not available in this program.</source>
        <translation>このプログラムではデモクラスターを使用できません。</translation>
    </message>
    <message>
        <source>Open a kubeconfig first to watch several contexts.</source>
        <translation>複数のコンテキストを監視するには、先に kubeconfig を開いてください。</translation>
    </message>
    <message>
        <source>Choose at least one context.</source>
        <translation>少なくとも 1 つのコンテキストを選択してください。</translation>
    </message>
</context>
<context>
    <name>rd::gui::FreedesktopNotifier</name>
    <message>
        <source>Promote…</source>
        <extracomment>Notification button; opens the Promote confirmation</extracomment>
        <translation>プロモート…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <extracomment>Notification button; opens the Abort confirmation</extracomment>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Notification button: show the rollout in the window</extracomment>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>rd::gui::HistoryView</name>
    <message>
        <source>Rollout history</source>
        <translation>ロールアウトの履歴</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <extracomment>History tab: caption of the per-attempt summary table</extracomment>
        <translation>更新の試行(&amp;A)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>更新の試行</translation>
    </message>
    <message>
        <source>One row per update of a revision: started, finished, outcome, time per step and time waiting for a person</source>
        <translation>リビジョンの更新ごとに 1 行: 開始、終了、結果、ステップごとの時間、人の対応待ちの時間</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageVerdictText</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation>イメージを入力してください (例: registry.example.com/team/app:1.2)。</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>イメージ参照にスペースを含めることはできません。</translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation>イメージ参照に &apos;=&apos; を含めることはできません。</translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation>イメージ参照が長すぎます。</translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation>リポジトリー名は小文字でなければなりません。</translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation>有効なイメージ参照ではありません (name[:tag][@digest] の形式で指定してください)。</translation>
    </message>
</context>
<context>
    <name>rd::gui::LocaleFormat</name>
    <message>
        <source>%1s</source>
        <extracomment>Compact duration (Age column, pauses): seconds, as in &quot;36s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>Compact duration: minutes, as in &quot;2m&quot;</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>Compact duration: hours, as in &quot;3h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>Compact duration: days, as in &quot;7d&quot;</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>Compact duration: years, as in &quot;2y&quot;</extracomment>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>Compact duration of two units, the larger first, as in &quot;2m36s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Created %1 (%2 ago)</source>
        <extracomment>Tooltip of an age: %1 creation date and time, %2 how long ago (a compact duration)</extracomment>
        <translation>作成日時: %1 (%2 前)</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n rollout(s)</source>
        <translation>
            <numerusform>%n 件のロールアウト</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision tree was copied as text.</source>
        <translation>リビジョンツリーをテキストとしてコピーしました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>kubeconfig を開く(&amp;K)…</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>スナップショットを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation>デモクラスターを起動(&amp;D)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation>ロールアウトボード(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation>ロールアウトを検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>ロールアウト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation>ツリーをテキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>お気に入りの切り替え(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation>Rollout Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation> コンテキスト(&amp;C): </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation> namespace(&amp;N): </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>すべての namespace</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation>スナップショット %1 (オフライン、読み取り専用)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation>%1 に再接続中… (最後に取得したデータを表示しています)</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation>%1 に再接続中: %2 (最後に取得したデータを表示しています)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>%1 に接続されていません: %2</translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>すべての namespace</translation>
    </message>
    <message>
        <source>%1 — Rollout Desk</source>
        <extracomment>Window title: context (namespace) — application</extracomment>
        <translation>%1 — Rollout Desk</translation>
    </message>
    <message>
        <source>%1 (%2) — Rollout Desk</source>
        <translation>%1 (%2) — Rollout Desk</translation>
    </message>
    <message>
        <source>Open kubeconfig</source>
        <translation>kubeconfig を開く</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>スナップショットを開く</translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation>スナップショット (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation>デモクラスターは Rollout Desk の内部で動作しています (namespace spring-petclinic のロールアウト rollouts-demo)。argoproj/rollouts-demo:red を指定して「イメージの設定…」を試してください。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation>Rollout Desk について</translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation>Rollout Desk %1
Kubernetes および OpenShift 上の Argo Rollouts 用デスクトップクライアントです。</translation>
    </message>
    <message>
        <source>&amp;Snooze Notifications for 1 Hour</source>
        <extracomment>Rollout menu: no desktop notifications about this rollout for an hour</extracomment>
        <translation>通知を 1 時間停止(&amp;S)</translation>
    </message>
    <message>
        <source>%1 in %2 is no longer on the board.</source>
        <extracomment>%1 namespace/name, %2 context</extracomment>
        <translation>%2 の %1 は、もうボードにありません。</translation>
    </message>
    <message>
        <source>&amp;Watch Several Contexts…</source>
        <translation>複数のコンテキストを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>Show the rollouts of several contexts on one board</source>
        <translation>複数のコンテキストのロールアウトを 1 つのボードに表示します</translation>
    </message>
    <message>
        <source>Clear Stored &amp;History…</source>
        <translation>保存された履歴を消去(&amp;H)…</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer</source>
        <translation>このコンピューターに保存されているロールアウトの履歴を削除します</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Rollouts on the board</source>
        <translation>ボード上のロールアウト</translation>
    </message>
</context>
<context>
    <name>rd::gui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message>
        <source>fails if %1</source>
        <extracomment>The Condition column when a metric only has a failureCondition</extracomment>
        <translation>%1 の場合に失敗</translation>
    </message>
    <message>
        <source>Analysis run %1</source>
        <translation>分析の実行 %1</translation>
    </message>
    <message>
        <source>Next measurement at %1</source>
        <translation>次の測定: %1</translation>
    </message>
    <message>
        <source>Fails if %1</source>
        <translation>%1 の場合に失敗</translation>
    </message>
    <message>
        <source>Limit exceeded: the metric has failed</source>
        <translation>上限を超えました: メトリックは失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>あと %n 回でメトリックが失敗します</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>メトリック</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>最新の値</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message>
        <source> and </source>
        <extracomment>Joins the comparisons of one condition: &quot;≥ 0 and ≤ 0.01&quot;</extracomment>
        <translation> かつ </translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>No numeric value</source>
        <translation>数値なし</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>次の測定</translation>
    </message>
    <message>
        <source>Success when %1</source>
        <translation>%1 の場合に成功</translation>
    </message>
    <message>
        <source>Failure when %1</source>
        <translation>%1 の場合に失敗</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>メトリック %1</translation>
    </message>
    <message>
        <source>Next measurement at %1.</source>
        <translation>次の測定は %1 です。</translation>
    </message>
    <message>
        <source>The success condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>成功条件「%1」は単純な比較ではないため、描画されません。</translation>
    </message>
    <message>
        <source>The failure condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>失敗条件「%1」は単純な比較ではないため、描画されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>数値のない測定 %n 件は、下端に表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of metric %1</source>
        <translation>メトリック %1 のチャート</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>メトリックのチャート</translation>
    </message>
    <message>
        <source>No metric selected.</source>
        <translation>メトリックが選択されていません。</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最新の値 %1</translation>
    </message>
    <message>
        <source>last without a value (%1)</source>
        <translation>最新の測定は値なし (%1)</translation>
    </message>
    <message>
        <source>success when %1</source>
        <translation>%1 の場合に成功</translation>
    </message>
    <message>
        <source>success when %1 (not drawn)</source>
        <translation>%1 の場合に成功 (描画なし)</translation>
    </message>
    <message>
        <source>fails when %1</source>
        <translation>%1 の場合に失敗</translation>
    </message>
    <message>
        <source>fails when %1 (not drawn)</source>
        <translation>%1 の場合に失敗 (描画なし)</translation>
    </message>
    <message>
        <source>next measurement at %1</source>
        <translation>次の測定: %1</translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>メトリック %1: 測定 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the metric chart&apos;s description</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rd::gui::NoticeClassifier</name>
    <message>
        <source>The preview is ready and waits for you to promote it.</source>
        <extracomment>Notification body: a blue-green rollout waits for promotion</extracomment>
        <translation>プレビューの準備ができ、プロモートを待っています。</translation>
    </message>
    <message>
        <source>The analysis was inconclusive: promote to go on, or abort to go back.</source>
        <extracomment>Notification body: analysis neither passed nor failed; a person decides</extracomment>
        <translation>分析の結果が確定しませんでした。続行するにはプロモート、戻すには中止してください。</translation>
    </message>
    <message>
        <source>The canary is paused until you promote or abort it.</source>
        <extracomment>Notification body: a canary pause without a duration</extracomment>
        <translation>カナリアは、プロモートまたは中止するまで一時停止しています。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Rollout aborted: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>ロールアウトを中止しました: %1</translation>
    </message>
    <message>
        <source>The update was aborted and traffic goes back to the stable version.</source>
        <translation>更新は中止され、トラフィックは安定バージョンに戻ります。</translation>
    </message>
    <message>
        <source>Rollout degraded: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>ロールアウトが Degraded になりました: %1</translation>
    </message>
    <message>
        <source>Analysis measurement failed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>分析の測定に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>実行中の分析で %n 件の測定が失敗またはエラーになりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>対応待ち: %1</translation>
    </message>
    <message>
        <source>Rollout completed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>ロールアウトが完了しました: %1</translation>
    </message>
    <message>
        <source>Healthy: every replica runs the stable version.</source>
        <translation>Healthy: すべてのレプリカが安定バージョンを実行しています。</translation>
    </message>
</context>
<context>
    <name>rd::gui::RevisionTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Revision tree column header (Rollout, ReplicaSet, Pod, ...)</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Revision tree column header (stable/canary tags, ready counts, ...)</extracomment>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutBoardModel</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Board cell: set weight / actual weight of the canary, in percent</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Board cell: canary image → stable image</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Favourite: click to remove</source>
        <translation>お気に入り: クリックして解除</translation>
    </message>
    <message>
        <source>Click to mark as favourite</source>
        <translation>クリックしてお気に入りに追加</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Board column header tooltip for the favourite star column</extracomment>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>お気に入りではありません</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Board column header</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Namespace</source>
        <extracomment>Board column header</extracomment>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Board column header</extracomment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Board column header</extracomment>
        <translation>ストラテジー</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Board column header: current step / number of steps</extracomment>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Set weight / actual weight (%)</source>
        <extracomment>Board column header: set weight / actual weight</extracomment>
        <translation>設定重み / 実際の重み (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Images (canary → stable)</source>
        <extracomment>Board column header</extracomment>
        <translation>イメージ (カナリア → 安定)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Board column header</extracomment>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Board column header</extracomment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Ready replicas / current replicas</source>
        <extracomment>Board column header: ready / current replicas, as `list rollouts` shows them</extracomment>
        <translation>準備完了のレプリカ / 現在のレプリカ</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Board status of a rollout whose object could not be read</extracomment>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Cannot read this rollout: %1</source>
        <extracomment>Board message of an unreadable rollout; %1 is the parser&apos;s message</extracomment>
        <translation>このロールアウトを読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 (reconnecting)</source>
        <extracomment>Board cell: context name, its connection is being retried</extracomment>
        <translation>%1 (再接続中)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>Board cell: context name, its connection failed</extracomment>
        <translation>%1 (失敗)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Board tooltip: context name and why its connection is not up</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Board column header: the kubeconfig context of the rollout</extracomment>
        <translation>コンテキスト</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation>ボードでロールアウトを選択すると、そのステップ、重み、リビジョンが表示されます。</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation>ストラテジー:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation>設定重み:</translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation>実際の重み:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>イメージ:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>レプリカ:</translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation>このロールアウトが Degraded なのはなぜですか？</translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation>イメージを安定バージョンに戻す(&amp;S)</translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation>イメージを安定バージョンに戻す</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs (also the View menu&apos;s entries)</extracomment>
        <translation>ステップ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation>重みのチャート(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>リビジョン(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>コンテナー(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation>状態(&amp;D)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation>このロールアウトにはカナリアステップがありません。</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>PNG をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation>リビジョンツリー</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>テキストとしてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation>kubectl argo rollouts get rollout の出力と同じ形式でツリーをコピーします</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation>イメージ (希望)</translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation>安定イメージ</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>分析の実行</translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation>分析の実行 / メトリクス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Desired %1 · Current %2 · Updated %3 · Ready %4 · Available %5</source>
        <translation>希望 %1 · 現在 %2 · 更新済み %3 · 準備完了 %4 · 利用可能 %5</translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation>更新は中止されました。Degraded ステータスは、アプリケーションの正常性を示すものではありません。安定バージョン (%1) は実行中で、すべてのトラフィックを受け取っています。このステータスは、spec.template の希望のバージョン (%2) と、実行中の安定バージョンが一致していないことを示しているだけです。

この状態を解消するには、イメージを安定バージョンに戻してください。ロールアウトは分析とプロモーションの手順をスキップし、安定した ReplicaSet に直接ロールバックします。または、再試行を使用して更新をもう一度実行してください。</translation>
    </message>
    <message>
        <source>container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>init コンテナー</translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation>測定 %1、条件 %2</translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation>分析の実行はありません。</translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation>重みのチャートを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation>重みの履歴を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Read-only: actions are switched off.</source>
        <translation>読み取り専用: 操作は無効になっています。</translation>
    </message>
    <message>
        <source>Opens Set Image with the stable version&apos;s image: %1</source>
        <translation>安定バージョンのイメージ %1 を指定して「イメージの設定」を開きます</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <extracomment>Rollout page tab: the rollout&apos;s story (Events, live changes, actions)</extracomment>
        <translation>履歴(&amp;Y)</translation>
    </message>
    <message>
        <source>This rollout cannot be read</source>
        <extracomment>Title of the notice shown instead of a rollout whose object failed to parse</extracomment>
        <translation>このロールアウトは読み取れません</translation>
    </message>
    <message>
        <source>The rollout&apos;s object could not be read, so nothing of it is shown: %1</source>
        <extracomment>Shown instead of a rollout whose object failed to parse; %1 is the parser&apos;s message</extracomment>
        <translation>ロールアウトのオブジェクトを読み取れなかったため、何も表示していません: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPageHeader</name>
    <message>
        <source>Rollout name</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ロールアウト名</translation>
    </message>
    <message>
        <source>Rollout status</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ロールアウトのステータス</translation>
    </message>
    <message>
        <source>Status message</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ストラテジー</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>Set weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>設定重み</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>実際の重み</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Why the rollout cannot be read</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ロールアウトを読み取れない理由</translation>
    </message>
    <message>
        <source>Why the rollout is Degraded</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ロールアウトが Degraded である理由</translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation>%1 のイメージを設定</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>コンテナー(&amp;O):</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation>%1 (init コンテナー)</translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation>現在のイメージ:</translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation>新しいイメージ(&amp;I):</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>新しいイメージ</translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation>このロールアウトで以前に使用したイメージを選択するか、入力してください。</translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation>コンテナーと有効なイメージを選択すると、何が起こるかが表示されます。</translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation>コンテナー %1 はすでに %2 を実行しています。変更はありません。</translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation>これは安定バージョンのイメージです。ロールアウトは分析とプロモーションの手順をスキップし、安定した ReplicaSet に直接戻ります (ロールバック)。カナリアは開始されず、ロールアウトは安定した状態に戻ります。</translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>%1 で新しいカナリアリビジョンが開始され、%n 個のステップに従います。最初のステップは %2 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation>%1 で新しいプレビュー ReplicaSet が開始されます。ロールアウトがプロモートされると、トラフィックはそちらに切り替わります。</translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation>%1 で新しいリビジョンが開始され、実行中の Pod を置き換えます。</translation>
    </message>
    <message>
        <source>All containers (*)</source>
        <extracomment>Container choice: set the image of every container (the plugin&apos;s &quot;*&quot;)</extracomment>
        <translation>すべてのコンテナー (*)</translation>
    </message>
    <message>
        <source>(differs per container)</source>
        <translation>(コンテナーごとに異なります)</translation>
    </message>
    <message>
        <source>Current image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>現在のイメージ</translation>
    </message>
    <message>
        <source>Problem with the new image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>新しいイメージの問題</translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation>本番コンテキスト (操作時にロールアウト名の入力が必要)(&amp;P):</translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation>本番コンテキスト</translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation>読み取り専用モード: すべての操作を無効にする(&amp;R)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications when a rollout needs me or finishes:</source>
        <translation>ロールアウトで対応が必要なとき、または完了したときのデスクトップ通知(&amp;D):</translation>
    </message>
    <message>
        <source>It &amp;waits for me (a pause for promotion, an inconclusive analysis)</source>
        <translation>対応待ちのとき (プロモートを待つ一時停止、結論の出ない分析)(&amp;W)</translation>
    </message>
    <message>
        <source>Notify when a rollout waits for me</source>
        <translation>ロールアウトが対応待ちになったときに通知</translation>
    </message>
    <message>
        <source>An &amp;analysis measurement fails or errors</source>
        <translation>分析の測定が失敗またはエラーになったとき(&amp;A)</translation>
    </message>
    <message>
        <source>Notify when an analysis measurement fails</source>
        <translation>分析の測定が失敗したときに通知</translation>
    </message>
    <message>
        <source>It is a&amp;borted</source>
        <translation>中止されたとき(&amp;B)</translation>
    </message>
    <message>
        <source>Notify when a rollout is aborted</source>
        <translation>ロールアウトが中止されたときに通知</translation>
    </message>
    <message>
        <source>It becomes De&amp;graded for another reason</source>
        <translation>その他の理由で Degraded になったとき(&amp;G)</translation>
    </message>
    <message>
        <source>Notify when a rollout becomes Degraded</source>
        <translation>ロールアウトが Degraded になったときに通知</translation>
    </message>
    <message>
        <source>It &amp;completes</source>
        <translation>完了したとき(&amp;C)</translation>
    </message>
    <message>
        <source>Notify when a rollout completes</source>
        <translation>ロールアウトが完了したときに通知</translation>
    </message>
    <message>
        <source>Only for my &amp;favourites</source>
        <translation>お気に入りのみ(&amp;F)</translation>
    </message>
    <message>
        <source>Notify only for favourite rollouts</source>
        <translation>お気に入りのロールアウトのみ通知</translation>
    </message>
    <message>
        <source>&amp;Keep the rollout history on this computer (History tab)</source>
        <translation>ロールアウトの履歴をこのコンピューターに保存する (履歴タブ)(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message>
        <source>Set weight to %1 %</source>
        <extracomment>Canary step: send this percentage of traffic to the canary</extracomment>
        <translation>重みを %1% に設定</translation>
    </message>
    <message>
        <source>Pause until promoted</source>
        <extracomment>Canary step: a pause without duration</extracomment>
        <translation>プロモートされるまで一時停止</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>一時停止 (%1)</translation>
    </message>
    <message>
        <source>Pause for %1</source>
        <extracomment>Canary step: a timed pause, %1 is a duration like 10s or 1m30s</extracomment>
        <translation>一時停止 (%1)</translation>
    </message>
    <message>
        <source>Run an analysis</source>
        <translation>分析を実行</translation>
    </message>
    <message>
        <source>Run analysis: %1</source>
        <extracomment>Canary step: %1 lists analysis template names</extracomment>
        <translation>分析を実行: %1</translation>
    </message>
    <message>
        <source>Run an experiment</source>
        <translation>実験を実行</translation>
    </message>
    <message>
        <source>Run an experiment for %1</source>
        <extracomment>Canary step: %1 is a duration</extracomment>
        <translation>実験を実行 (期間: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>カナリアを %n レプリカにスケーリング</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale the canary to %1 % of replicas</source>
        <translation>カナリアをレプリカの %1% にスケーリング</translation>
    </message>
    <message>
        <source>Scale the canary to match the traffic weight</source>
        <translation>トラフィックの重みに合わせてカナリアをスケーリング</translation>
    </message>
    <message>
        <source>Set header-based route</source>
        <translation>ヘッダーベースのルートを設定</translation>
    </message>
    <message>
        <source>Set mirror route</source>
        <translation>ミラールートを設定</translation>
    </message>
    <message>
        <source>Run step plugin %1</source>
        <translation>ステッププラグイン %1 を実行</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Steps list: step number and its description, e.g. &quot;2. Pause until promoted&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <extracomment>Steps list: countdown appended to the current timed pause</extracomment>
        <translation>%1 — 残り %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Screen reader text of a step: description, then its state</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rd::gui::StoredHistory</name>
    <message>
        <source>Clear Stored History</source>
        <translation>保存された履歴の消去</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer for every context? The History tabs then start again from the Events the clusters still have.</source>
        <translation>すべてのコンテキストについて、このコンピューターに保存されているロールアウトの履歴を削除しますか? 削除後、履歴タブはクラスターに残っている Events から改めて表示されます。</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The stored rollout history was cleared.</source>
        <translation>保存されたロールアウトの履歴を消去しました。</translation>
    </message>
    <message>
        <source>The stored rollout history could not be cleared: the file is in use by another program.</source>
        <translation>保存されたロールアウトの履歴を消去できませんでした。ファイルが別のプログラムで使用されています。</translation>
    </message>
</context>
<context>
    <name>rd::gui::TimelineModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>示された理由: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
</context>
<context>
    <name>rd::gui::TrayNotifier</name>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
</context>
<context>
    <name>rd::gui::WatchContextsDialog</name>
    <message>
        <source>Watch Several Contexts</source>
        <translation>複数のコンテキストを監視</translation>
    </message>
    <message>
        <source>Contexts to watch</source>
        <translation>監視するコンテキスト</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Watch the checked contexts</source>
        <translation>チェックしたコンテキストを監視します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Show the rollouts of the checked contexts on one board. Each context keeps its own connection; actions go to the row&apos;s own context.</source>
        <translation>チェックしたコンテキストのロールアウトを 1 つのボードに表示します。各コンテキストはそれぞれの接続を維持し、操作はその行のコンテキストに送られます。</translation>
    </message>
    <message>
        <source>&amp;Contexts:</source>
        <extracomment>The list of the kubeconfig&apos;s contexts, each with a check box</extracomment>
        <translation>コンテキスト(&amp;C):</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
    <message>
        <source>Weight chart</source>
        <translation>重みのチャート</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>設定重み</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <translation>実際の重み</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>プロモート</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Canary weight over time</source>
        <translation>カナリアの重みの推移</translation>
    </message>
    <message>
        <source>revision %1</source>
        <extracomment>Weight chart: a segment&apos;s revision when its image is not known</extracomment>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>revision %1 (image %2)</source>
        <extracomment>Weight chart: a segment&apos;s revision and image</extracomment>
        <translation>リビジョン %1 (イメージ %2)</translation>
    </message>
    <message>
        <source>Canary</source>
        <extracomment>Weight chart legend: the canary&apos;s share of the traffic</extracomment>
        <translation>カナリア</translation>
    </message>
    <message>
        <source>Stable</source>
        <extracomment>Weight chart legend: the stable version&apos;s share of the traffic</extracomment>
        <translation>安定</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <extracomment>Weight chart legend: when a timed pause ends by itself</extracomment>
        <translation>一時停止の終了</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>再開</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Weight chart legend: a marker glyph (the revision became stable)</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stable: %1</source>
        <extracomment>Weight chart: label of the stretch where a revision is the stable version</extracomment>
        <translation>安定: %1</translation>
    </message>
    <message>
        <source>Canary: %1</source>
        <extracomment>Weight chart: label of a canary stretch</extracomment>
        <translation>カナリア: %1</translation>
    </message>
    <message>
        <source>No weight history is known for this rollout yet.</source>
        <translation>このロールアウトの重みの履歴はまだありません。</translation>
    </message>
    <message>
        <source>Stable at 100 %, %1</source>
        <translation>安定 100%、%1</translation>
    </message>
    <message>
        <source>Aborted: canary weight 0 %, %1; all traffic is on the stable version</source>
        <translation>中止されました: カナリアの重み 0%、%1。すべてのトラフィックは安定バージョンに送られています</translation>
    </message>
    <message>
        <source>Canary weight %1 %, %2</source>
        <translation>カナリアの重み %1%、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>一時停止 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>プロモート %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abort(s)</source>
        <translation>
            <numerusform>中止 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>marked: %1</source>
        <extracomment>Weight chart summary: %1 lists counts, e.g. &quot;2 pauses, 1 promotion&quot;</extracomment>
        <translation>マーカー: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最新: %1</translation>
    </message>
    <message>
        <source>paused, resuming now</source>
        <translation>一時停止中、まもなく再開</translation>
    </message>
    <message>
        <source>paused at step %1, resuming now</source>
        <translation>ステップ %1 で一時停止中、まもなく再開</translation>
    </message>
    <message>
        <source>paused, resumes in %1</source>
        <translation>一時停止中、%1 後に再開</translation>
    </message>
    <message>
        <source>paused at step %1, resumes in %2</source>
        <translation>ステップ %1 で一時停止中、%2 後に再開</translation>
    </message>
    <message>
        <source>paused until someone promotes it</source>
        <translation>プロモートされるまで一時停止中</translation>
    </message>
    <message>
        <source>paused at step %1 until someone promotes it</source>
        <translation>ステップ %1 でプロモートされるまで一時停止中</translation>
    </message>
    <message>
        <source>paused by a person until someone resumes it</source>
        <translation>ユーザーによる一時停止中、再開されるまで待機</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>%1 is the pause condition&apos;s reason from the cluster, e.g. BlueGreenPause</extracomment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>一時停止中 (%1)</translation>
    </message>
    <message>
        <source>Updated to revision %1</source>
        <translation>リビジョン %1 に更新されました</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>%1% で一時停止されました</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開されました</translation>
    </message>
    <message>
        <source>Promoted (the pause ended before its time; read from the cluster&apos;s Events)</source>
        <translation>プロモートされました (一時停止が予定より早く終了。クラスターの Events から判断)</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>プロモートされました</translation>
    </message>
    <message>
        <source>Fully promoted (read from the completion&apos;s reason)</source>
        <translation>完全にプロモートされました (完了の理由から判断)</translation>
    </message>
    <message>
        <source>Fully promoted</source>
        <translation>完全にプロモートされました</translation>
    </message>
    <message>
        <source>Aborted: all traffic back on the stable version</source>
        <translation>中止されました: すべてのトラフィックが安定バージョンに戻りました</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>再試行されました</translation>
    </message>
    <message>
        <source>Revision %1 completed: it is the stable version</source>
        <translation>リビジョン %1 が完了しました: 安定バージョンになりました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>実行者: %1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>示された理由: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the weight chart&apos;s summary (a list joiner)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Weight chart summary: the newest marker&apos;s text (time: what, by whom) Weight chart summary: ends the summary before the newest marker&apos;s sentence</extracomment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightHistory</name>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>ステップ %1 で一時停止</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>中止されました</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to Rollout Desk</source>
        <translation>Rollout Desk へようこそ</translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation>Argo Rollouts を監視して操作します。ロールアウトの取得元を選択してください。</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>kubeconfig を開く(&amp;K)…</translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation>デモクラスターを起動(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation>アプリケーション内で動作するシミュレーションのクラスターで、rollouts-demo ロールアウトを含みます。すべての操作を安全に試すことができます。</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation>スナップショットを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation>kubectl get -o yaml で保存したロールアウトを、オフラインかつ読み取り専用で表示します。</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>kubeconfig を開く</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>デモクラスターを起動</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>スナップショットを開く</translation>
    </message>
    <message>
        <source>Why no rollouts are shown</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>ロールアウトが表示されない理由</translation>
    </message>
</context>
<context>
    <name>rd::kube::CredentialProvider</name>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (user &quot;%1&quot;)</source>
        <translation>exec プラグインは対話モードをサポートできません: 標準入力が端末ではありません (ユーザー &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The oidc auth provider has no id-token; log in again.</source>
        <translation>oidc 認証プロバイダーに id-token がありません。再度ログインしてください。</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</source>
        <translation>gcp 認証プラグインは削除されました。gke-gcloud-auth-plugin を使用してください (gcloud components install gke-gcloud-auth-plugin)。</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Use kubelogin.</source>
        <translation>azure 認証プラグインは削除されました。kubelogin を使用してください。</translation>
    </message>
    <message>
        <source>The auth provider &quot;%1&quot; is not supported.</source>
        <translation>認証プロバイダー &quot;%1&quot; はサポートされていません。</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;: %2</source>
        <translation>トークンファイル &quot;%1&quot; を読み取れません: %2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>トークンファイル &quot;%1&quot; が空です</translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec: 実行ファイル %1 が %n 秒以内に終了しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: 実行ファイル %1 が見つかりません</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec: 実行ファイル %1 が終了コード %2 で失敗しました</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed</source>
        <translation>exec: 実行ファイル %1 がクラッシュしました</translation>
    </message>
    <message>
        <source>exec plugin output is not an ExecCredential: %1</source>
        <translation>exec プラグインの出力が ExecCredential ではありません: %1</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec プラグインは API バージョン %1 を使用するように設定されていますが、プラグインはバージョン %2 を返しました</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>exec プラグインが status フィールドを返しませんでした</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>exec プラグインが証明書と鍵の一方しか返しませんでした (両方が必要です)</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>exec プラグインがトークンも証明書と鍵のペアも返しませんでした</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>exec プラグインが無効な expirationTimestamp &quot;%1&quot; を返しました</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MiB of output; it was stopped</source>
        <translation>exec: 実行ファイル %1 が %2 MiB を超える出力を書き込んだため、停止しました</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeClient</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3</source>
        <translation>ファイル &quot;%2&quot; (%1) を読み取れません: %3</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>クラスター &quot;%2&quot; のサーバーアドレス &quot;%1&quot; は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>クラスター &quot;%1&quot; の認証局に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>The client certificate or key of user &quot;%1&quot; cannot be read.</source>
        <translation>ユーザー &quot;%1&quot; のクライアント証明書または鍵を読み取れません。</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; uses the scheme &quot;%2&quot;, which is not supported here; use http or socks5.</source>
        <translation>プロキシー &quot;%1&quot; はスキーム &quot;%2&quot; を使用していますが、このスキームはここではサポートされていません。http または socks5 を使用してください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>%1 への TLS 接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に到達できません: %2</translation>
    </message>
    <message>
        <source>The server rejected the credentials of context &quot;%1&quot; (401 Unauthorized). Log in again or check the token.</source>
        <translation>サーバーがコンテキスト &quot;%1&quot; の認証情報を拒否しました (401 Unauthorized)。再度ログインするか、トークンを確認してください。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>サーバーが HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>%1 からの応答が %2 MiB を超えているため、読み取りませんでした。</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeConfig</name>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true または false が必要ですが、&quot;%1&quot; が指定されています</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 は有効な base64 ではありません</translation>
    </message>
    <message>
        <source>&quot;%1s&quot; must be a list</source>
        <translation>&quot;%1s&quot; はリストである必要があります</translation>
    </message>
    <message>
        <source>an entry of &quot;%1s&quot; is not a mapping</source>
        <translation>&quot;%1s&quot; のエントリーがマッピングではありません</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>リスト内で名前 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig (expected a mapping at the top)</source>
        <translation>このファイルは kubeconfig ではありません (最上位にマッピングが必要です)</translation>
    </message>
    <message>
        <source>exec env entry without a name</source>
        <translation>名前のない exec env エントリーがあります</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: %2 行目: %3</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: %2</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>kubeconfig ファイル &quot;%1&quot; は存在しません。</translation>
    </message>
    <message>
        <source>No kubeconfig found: &quot;%1&quot; does not exist.</source>
        <translation>kubeconfig が見つかりません: &quot;%1&quot; は存在しません。</translation>
    </message>
    <message>
        <source>No kubeconfig found: none of %1 exists.</source>
        <translation>kubeconfig が見つかりません: %1 のいずれも存在しません。</translation>
    </message>
    <message>
        <source>The kubeconfig is empty: it defines no context.</source>
        <translation>kubeconfig が空です: コンテキストが定義されていません。</translation>
    </message>
    <message>
        <source>The kubeconfig has no current context; choose one.</source>
        <translation>kubeconfig に現在のコンテキストがありません。コンテキストを選択してください。</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>コンテキスト &quot;%1&quot; は存在しません</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>コンテキスト &quot;%2&quot; のクラスター &quot;%1&quot; が見つかりませんでした</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>コンテキスト &quot;%2&quot; のユーザー &quot;%1&quot; が見つかりませんでした</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>クラスター &quot;%1&quot; のサーバーが見つかりません</translation>
    </message>
    <message>
        <source>more than one authentication method found for &quot;%1&quot;; found token and basicAuth, only one is allowed</source>
        <translation>&quot;%1&quot; に複数の認証方式が見つかりました: token と basicAuth が見つかりましたが、使用できるのは 1 つだけです</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for &quot;%1&quot; to use the clientCert authentication method.</source>
        <translation>&quot;%1&quot; で clientCert 認証方式を使用するには、client-key-data または client-key を指定する必要があります。</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; では authProvider と exec プラグインを組み合わせて指定することはできません</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for &quot;%1&quot; without impersonating a user</source>
        <translation>ユーザーになりすまさずに &quot;%1&quot; の uid、groups または user-extra を要求しています</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>exec プラグイン: apiVersion &quot;%1&quot; は無効です</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for &quot;%1&quot; to use exec authentication plugin</source>
        <translation>&quot;%1&quot; で exec 認証プラグインを使用するには、interactiveMode を指定する必要があります</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed (cluster &quot;%1&quot;)</source>
        <translation>insecure フラグと同時にルート証明書ファイルを指定することはできません (クラスター &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>プロキシースキーム &quot;%1&quot; はサポートされていません。http、https、socks5 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>the extension is nested too deeply</source>
        <translation>拡張のネストが深すぎます</translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message>
        <source>must not be empty</source>
        <translation>空にすることはできません</translation>
    </message>
    <message>
        <source>may not be &apos;.&apos;</source>
        <translation>&apos;.&apos; にすることはできません</translation>
    </message>
    <message>
        <source>may not be &apos;..&apos;</source>
        <translation>&apos;..&apos; にすることはできません</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>&apos;/&apos; を含めることはできません</translation>
    </message>
    <message>
        <source>may not contain &apos;%&apos;</source>
        <translation>&apos;%&apos; を含めることはできません</translation>
    </message>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>%1 文字以下にする必要があります</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;, or &apos;123-abc&apos;)</source>
        <translation>小文字の RFC 1123 ラベルは小文字の英数字または &apos;-&apos; で構成し、英数字で始まり英数字で終わる必要があります (例: &apos;my-name&apos;、&apos;123-abc&apos;)</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;)</source>
        <translation>小文字の RFC 1123 サブドメインは小文字の英数字、&apos;-&apos; または &apos;.&apos; で構成し、英数字で始まり英数字で終わる必要があります (例: &apos;example.com&apos;)</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid %3 name: %4</source>
        <translation>%1 %2 は有効な %3 名ではありません: %4</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid namespace name: %3</source>
        <translation>%1 %2 は有効な namespace 名ではありません: %3</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n 文字)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::Reflector</name>
    <message>
        <source>The list of %1 could not be read.</source>
        <translation>%1 の一覧を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The watch of %1 ended immediately.</source>
        <translation>%1 の監視 (watch) がすぐに終了しました。</translation>
    </message>
    <message>
        <source>The list of %1 is larger than %2 MiB; it was not used.</source>
        <translation>%1 の一覧が %2 MiB を超えているため、使用しませんでした。</translation>
    </message>
    <message>
        <source>The server repeated a continue token while listing %1; the list was not used.</source>
        <translation>%1 の一覧の取得中にサーバーが同じ continue トークンを繰り返したため、一覧を使用しませんでした。</translation>
    </message>
    <message>
        <source>The list of %1 did not end after %2 pages; it was not used.</source>
        <translation>%1 の一覧が %2 ページを超えても終わらなかったため、使用しませんでした。</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>JSON ではない</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event larger than %2 MiB.</source>
        <translation>%1 の監視 (watch) が %2 MiB を超えるイベントを送信しました。</translation>
    </message>
    <message>
        <source>no object</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>object なし</translation>
    </message>
    <message>
        <source>The watch of %1 reported an error (HTTP %2).</source>
        <translation>%1 の監視 (watch) がエラーを報告しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>不明な type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object of kind &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>kind が &quot;%1&quot; のオブジェクト</translation>
    </message>
    <message>
        <source>no metadata</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>metadata なし</translation>
    </message>
    <message>
        <source>no resourceVersion</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>resourceVersion なし</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>name なし</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event that could not be read (%2); resuming from the last good version.</source>
        <translation>%1 の監視 (watch) が読み取れないイベントを送信しました (%2)。最後の正常なバージョンから再開します。</translation>
    </message>
    <message>
        <source>The watch of %1 ended in the middle of an event.</source>
        <translation>%1 の監視 (watch) がイベントの途中で終了しました。</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>namespace</translation>
    </message>
</context>
<context>
    <name>rd::kube::RequestPath</name>
    <message>
        <source>The request to %1 was not sent: %2</source>
        <translation>%1 へのリクエストは送信されませんでした: %2</translation>
    </message>
    <message>
        <source>the path must start with &apos;/&apos;</source>
        <translation>パスは &apos;/&apos; で始まる必要があります</translation>
    </message>
    <message>
        <source>the path segment %1 is not allowed</source>
        <translation>パスセグメント %1 は使用できません</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>it has more segments than RESOURCE/NAME/SUBRESOURCE</source>
        <translation>セグメントが RESOURCE/NAME/SUBRESOURCE より多くあります</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterActionRunner</name>
    <message>
        <source>The restart delay is out of range.</source>
        <translation>再起動の遅延時間が範囲外です。</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterConnector</name>
    <message>
        <source>The namespace of context &quot;%1&quot;</source>
        <translation>コンテキスト &quot;%1&quot; の namespace</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>namespace</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterEventLister</name>
    <message>
        <source>the rollout name</source>
        <extracomment>Names the field in &quot;&lt;field&gt; &quot;x&quot; is not a valid Rollout name: …&quot;</extracomment>
        <translation>ロールアウト名</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterRolloutSource</name>
    <message>
        <source>This connection is read-only: no change is sent to the cluster.</source>
        <translation>この接続は読み取り専用です。クラスターに変更は送信されません。</translation>
    </message>
    <message>
        <source>The rollout %1 is not in the namespace &quot;%2&quot; of this connection; nothing is sent to the cluster.</source>
        <translation>ロールアウト %1 はこの接続の namespace &quot;%2&quot; にありません。クラスターには何も送信されません。</translation>
    </message>
</context>
<context>
    <name>rd::source::KubeconfigFollow</name>
    <message>
        <source>The kubeconfig cannot be read any more (%1); the connection to %2 keeps its last settings.</source>
        <translation>kubeconfig を読み取れなくなりました (%1)。%2 への接続は最後の設定を維持します。</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context is now %1; this window stays on %2 until you choose another context.</source>
        <extracomment>%1 new current-context of the kubeconfig, %2 context shown</extracomment>
        <translation>kubeconfig の現在のコンテキストが %1 になりました。別のコンテキストを選択するまで、このウィンドウは %2 のままです。</translation>
    </message>
    <message>
        <source>The context %1 is no longer in the kubeconfig; the connection keeps its last settings until you choose another context.</source>
        <translation>コンテキスト %1 は kubeconfig に存在しなくなりました。別のコンテキストを選択するまで、接続は最後の設定を維持します。</translation>
    </message>
    <message>
        <source>The context %1 in the kubeconfig is no longer usable (%2); the connection keeps its last settings.</source>
        <translation>kubeconfig のコンテキスト %1 は使用できなくなりました (%2)。接続は最後の設定を維持します。</translation>
    </message>
    <message>
        <source>The kubeconfig changed the cluster or client certificate of context %1: connecting again.</source>
        <translation>kubeconfig でコンテキスト %1 のクラスターまたはクライアント証明書が変更されました。再接続します。</translation>
    </message>
</context>
<context>
    <name>rd::source::MultiContextSource</name>
    <message>
        <source>%1: %2</source>
        <comment>context: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No context to watch.</source>
        <translation>監視するコンテキストがありません。</translation>
    </message>
    <message>
        <source>Context “%1” is not connected: %2</source>
        <translation>コンテキスト “%1” は接続されていません: %2</translation>
    </message>
    <message>
        <source>“%1” is not a watched context.</source>
        <translation>“%1” は監視中のコンテキストではありません。</translation>
    </message>
</context>
<context>
    <name>rd::source::SnapshotRolloutSource</name>
    <message>
        <source>A snapshot is read-only: actions cannot be sent. Connect to the cluster to change this rollout.</source>
        <translation>スナップショットは読み取り専用のため、操作を送信できません。このロールアウトを変更するには、クラスターに接続してください。</translation>
    </message>
</context>
<context>
    <name>rd::source::TimelineStore</name>
    <message>
        <source>%1 is damaged and cannot be moved aside</source>
        <translation>%1 は破損しており、別の場所に移動できません</translation>
    </message>
    <message>
        <source>The stored rollout history was damaged. It was moved to %1 and a new one was started.</source>
        <translation>保存されたロールアウトの履歴が破損していました。履歴は %1 に移動され、新しい履歴が開始されました。</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 は破損しています</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバー (QSQLITE) がインストールされていません</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1 は別のプログラムで使用されています</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 を使用できません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rollout Desk</source>
        <translation>%1 は新しいバージョンの Rollout Desk で書き込まれています</translation>
    </message>
    <message>
        <source>The rollout history cannot be kept on this computer (%1). It is kept for this session only.</source>
        <extracomment>%1 says why, e.g. &quot;/home/me/.local/share/rolloutdesk/history.sqlite cannot be written&quot;</extracomment>
        <translation>ロールアウトの履歴をこのコンピューターに保存できません (%1)。履歴はこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
</TS>
