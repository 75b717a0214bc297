<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rd::app::Help</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Start the simulated cluster in this process (scenario rollouts-demo) and connect to it.</source>
        <translation>在此进程中启动模拟集群（场景 rollouts-demo）并连接到它。</translation>
    </message>
    <message>
        <source>Time multiplier of the demo cluster (default 1; also ROLLOUTDESK_DEMO_SPEED).</source>
        <translation>演示集群的时间倍率（默认 1；也可用 ROLLOUTDESK_DEMO_SPEED 设置）。</translation>
    </message>
    <message>
        <source>Scenario of the demo cluster: rollouts-demo (default), showcase or scale:N.</source>
        <translation>演示集群的场景：rollouts-demo（默认）、showcase 或 scale:N。</translation>
    </message>
    <message>
        <source>Use this kubeconfig file.</source>
        <translation>使用此 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>使用此 kubeconfig 上下文。</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>显示此命名空间。</translation>
    </message>
    <message>
        <source>Show all namespaces.</source>
        <translation>显示所有命名空间。</translation>
    </message>
    <message>
        <source>Open a snapshot (YAML/JSON file or folder), offline and read-only.</source>
        <translation>以离线、只读方式打开快照（YAML/JSON 文件或文件夹）。</translation>
    </message>
    <message>
        <source>Switch every action off.</source>
        <translation>关闭所有操作。</translation>
    </message>
    <message>
        <source>User interface language, e.g. ja (default: the language chosen in the settings, else the system&apos;s).</source>
        <translation>用户界面语言，例如 ja（默认：设置中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Quit N ms after rollouts are shown (tests; also ROLLOUTDESK_QUIT_AFTER_MS).</source>
        <translation>显示 Rollout 后 N 毫秒退出（测试用；也可用 ROLLOUTDESK_QUIT_AFTER_MS 设置）。</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>用法：%1 [选项]</translation>
    </message>
    <message>
        <source>Rollout Desk: a desktop client for Argo Rollouts.</source>
        <translation>Rollout Desk：Argo Rollouts 的桌面客户端。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Watch these kubeconfig contexts (comma-separated) on one board.</source>
        <translation>在一个看板上监视这些 kubeconfig 上下文（以逗号分隔）。</translation>
    </message>
</context>
<context>
    <name>rd::app::SimDemoCluster</name>
    <message>
        <source>no temporary folder for its kubeconfig: %1</source>
        <translation>没有可存放其 kubeconfig 的临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>rd::cli::ClusterCommands</name>
    <message>
        <source>the rollout name</source>
        <translation>Rollout 名称</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>rd::cli::Help</name>
    <message>
        <source>kubeconfig to use (default: KUBECONFIG or ~/.kube/config)</source>
        <translation>要使用的 kubeconfig（默认：KUBECONFIG 或 ~/.kube/config）</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>kubeconfig 上下文</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>every namespace (list)</source>
        <translation>所有命名空间（list）</translation>
    </message>
    <message>
        <source>read objects from a YAML/JSON file or folder instead of a cluster</source>
        <translation>从 YAML/JSON 文件或文件夹而不是集群读取对象</translation>
    </message>
    <message>
        <source>compute ages as of this RFC 3339 instant (snapshots)</source>
        <translation>以此 RFC 3339 时刻计算存在时间（快照）</translation>
    </message>
    <message>
        <source>no ANSI colours (also when TERM=dumb)</source>
        <translation>不使用 ANSI 颜色（TERM=dumb 时也是）</translation>
    </message>
    <message>
        <source>language of this help, e.g. ja (default: the system&apos;s); the output of the commands is always English</source>
        <translation>此帮助的语言，例如 ja（默认：系统语言）；命令的输出始终为英语</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>rolloutdesk-cli: the console companion of Rollout Desk (Argo Rollouts).</source>
        <translation>rolloutdesk-cli：Rollout Desk（Argo Rollouts）的命令行伴侣工具。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>print connection diagnostics (retries, reconnects) on stderr</source>
        <translation>在 stderr 上输出连接诊断信息（重试、重新连接）</translation>
    </message>
    <message>
        <source>list rollouts of several contexts, CONTEXT column first (not in the plugin)</source>
        <translation>列出多个上下文的 Rollout，CONTEXT 列在最前（插件中没有）</translation>
    </message>
</context>
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1（修订版本 %2，%n 个可用 Pod）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the traffic</source>
        <extracomment>%1 the canary&apos;s actual traffic weight in percent</extracomment>
        <translation>%1% 的流量</translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>所有流量已回到稳定版本（中止后 %n 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1：中止已过 %n 秒，稳定版本仍未完全可用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1：中止已过 %n 秒，金丝雀仍在提供服务：%2。</numerusform>
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
        <translation>正在为 %2 发送“%1”…</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation>%2：“%1”失败：%3</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionDialog</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Title of a confirmation dialog, %1 is the action, %2 the rollout</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>立即重新启动(&amp;N)</translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation>稍后重新启动，分钟数(&amp;L)：</translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation>距重新启动的分钟数</translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation>回滚到修订版本(&amp;R)：</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>稍后重新启动</translation>
    </message>
    <message>
        <source>revision %1 — %2</source>
        <extracomment>Roll back dialog: one choice, %1 the revision number, %2 its images</extracomment>
        <translation>修订版本 %1 — %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation>推进</translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation>完全推进</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation>重新启动…</translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation>设置镜像…</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation>回滚…</translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation>进入更新的下一步</translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation>跳过所有剩余步骤，使新版本成为稳定版本</translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation>在当前位置暂停更新，直到有人继续</translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation>继续已暂停的更新</translation>
    </message>
    <message>
        <source>Abort the update and send all traffic back to the stable version</source>
        <extracomment>Tooltip of Abort; unlike Pause (&quot;stop where it is&quot;), the update does not continue</extracomment>
        <translation>中止更新，并将所有流量切回稳定版本</translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation>从第一步重新开始已中止的更新</translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation>立即或稍后重新启动该 Rollout 的所有 Pod</translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation>更改容器镜像：将开始新的修订版本</translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation>恢复到较早修订版本的 Pod 模板</translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation>完全推进</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>暂停 Rollout</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>继续 Rollout</translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation>中止 Rollout</translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation>重试 Rollout</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>重新启动 Pod</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>设置镜像</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>请先选择一个 Rollout。</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation>只读模式：操作已停用。</translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation>此 Rollout 的请求仍在发送中。</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation>您的账户无权修补命名空间 %1 中的 rollouts/status。</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation>您的账户无权修补命名空间 %1 中的 rollouts。</translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation>更新已中止：请使用“重试”或设置镜像。</translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation>没有可推进的内容：该 Rollout 已完全推进。</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>所有步骤均已完成。</translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation>该 Rollout 已处于暂停状态。</translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation>该 Rollout 并非由用户暂停（暂停步骤请使用“推进”）。</translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation>更新已被中止。</translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation>没有可中止的内容：没有正在进行的更新。</translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation>只有已中止的更新才能重试。</translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation>该 Rollout 没有容器。</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>没有可回滚到的较早修订版本。</translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation>该 Rollout 将结束第 %1 步（共 %2 步）并进入下一步。之后将按照后续步骤的定义，把更多流量发送到金丝雀版本。</translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation>该 Rollout 将进入下一步。</translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation>将跳过所有剩余的步骤、暂停和分析。金丝雀版本成为稳定版本，并接收全部流量。</translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation>更新将停在当前位置。在有人继续或推进该 Rollout 之前，流量权重和副本数保持不变。</translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation>已暂停的更新将从当前步骤继续。</translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation>中止会删除新金丝雀版本的资源：其 ReplicaSet 将缩放到 0 个副本，并恢复之前的稳定版本。原先发往金丝雀的全部流量（Ingress、路由、虚拟服务）都将回到稳定版本。

之后，在您将镜像改回稳定版本或重试更新之前，该 Rollout 将显示为 Degraded。</translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation>已中止的更新将从第一步重新开始：金丝雀会扩容，并按照步骤的定义接收流量。</translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后开始，该 Rollout 的所有 Pod 将分批重新启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation>该 Rollout 的所有 Pod 将立即分批重新启动。镜像和步骤不会改变。</translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation>容器 %1 将使用镜像 %2。</translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>将恢复修订版本 %1 的 Pod 模板。这会开始一次按照该 Rollout 步骤进行的新更新。</translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>将恢复上一个修订版本的 Pod 模板。这会开始一次按照该 Rollout 步骤进行的新更新。</translation>
    </message>
    <message>
        <source>Rollout %1 promoted.</source>
        <translation>已推进 Rollout %1。</translation>
    </message>
    <message>
        <source>Rollout %1 fully promoted.</source>
        <translation>已完全推进 Rollout %1。</translation>
    </message>
    <message>
        <source>Rollout %1 paused.</source>
        <translation>已暂停 Rollout %1。</translation>
    </message>
    <message>
        <source>Rollout %1 resumed.</source>
        <translation>Rollout %1 已继续。</translation>
    </message>
    <message>
        <source>Rollout %1 aborted: the canary is scaled down and all traffic goes to the stable version.</source>
        <translation>已中止 Rollout %1：金丝雀已缩容，所有流量都流向稳定版本。</translation>
    </message>
    <message>
        <source>Rollout %1 retried: the update starts again from its first step.</source>
        <translation>已重试 Rollout %1：更新将从第一步重新开始。</translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>Rollout %1 将在 %n 秒后重新启动其 Pod。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout %1 restarts its pods now.</source>
        <translation>Rollout %1 正在立即重新启动其 Pod。</translation>
    </message>
    <message>
        <source>Rollout %1: container %2 now wants image %3.</source>
        <extracomment>%1 rollout, %2 container, %3 image</extracomment>
        <translation>Rollout %1：容器 %2 现在期望使用镜像 %3。</translation>
    </message>
    <message>
        <source>Rollout %1 rolled back.</source>
        <translation>已回滚 Rollout %1。</translation>
    </message>
    <message>
        <source>The rollout&apos;s object cannot be read: %1</source>
        <translation>无法读取该 Rollout 的对象：%1</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisBudgetView</name>
    <message>
        <source>&amp;Metrics of the current analysis, riskiest first:</source>
        <translation>当前分析的指标（风险最高的在前）(&amp;M)：</translation>
    </message>
    <message>
        <source>Analysis metrics</source>
        <translation>分析指标</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisRisk</name>
    <message>
        <source>failed measurements</source>
        <translation>失败的测量</translation>
    </message>
    <message>
        <source>inconclusive measurements</source>
        <translation>结果不确定的测量</translation>
    </message>
    <message>
        <source>consecutive errors</source>
        <translation>连续错误</translation>
    </message>
    <message>
        <source>Running analysis at risk: metric %1 has used %2 of its allowed %3.</source>
        <extracomment>%1 metric name, %2 e.g. &quot;1 / 2&quot;, %3 &quot;failed measurements&quot;</extracomment>
        <translation>正在运行的分析存在风险：指标 %1 已用掉允许的 %3 中的 %2。</translation>
    </message>
</context>
<context>
    <name>rd::gui::AttemptsModel</name>
    <message>
        <source>In progress</source>
        <extracomment>Attempt outcome: the update is still going on</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Attempt outcome: the revision became stable</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Aborted</source>
        <extracomment>Attempt outcome</extracomment>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Attempt outcome: another update replaced it before it finished</extracomment>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <source>step %1: %2 so far</source>
        <translation>步骤 %1：已进行 %2</translation>
    </message>
    <message>
        <source>The update began before the oldest entry known of this rollout.</source>
        <translation>此更新开始于该 Rollout 已知的最早记录之前。</translation>
    </message>
    <message>
        <source>Time in pauses that only a person ends (a pause step without duration, an inconclusive analysis, a manual pause)</source>
        <translation>只有人工操作才能结束的暂停所用的时间（没有时长的暂停步骤、结果不确定的分析、手动暂停）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Attempt start that is only known to be before this time</extracomment>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <extracomment>An attempt that began with a retry after an abort</extracomment>
        <translation>%1（重试）</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>每步耗时</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <extracomment>Column: time the attempt waited for a person to promote or resume it</extracomment>
        <translation>等待人工处理</translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation>需要关注</translation>
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
        <translation>收藏</translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation>搜索名称或 label:value  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation>搜索 Rollout</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter chip with its count, e.g. &quot;Paused (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Show: %1 — %n rollout(s)</source>
        <translation>
            <numerusform>显示：%1 — %n 个 Rollout</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <extracomment>Filter chip: rollouts paused until a person acts, or Degraded, in every watched context</extracomment>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>显示上下文</translation>
    </message>
    <message>
        <source>Show the rollouts of one context, or of all watched contexts</source>
        <translation>显示一个上下文或所有受监视上下文中的 Rollout</translation>
    </message>
    <message>
        <source>All contexts</source>
        <extracomment>Context filter entry</extracomment>
        <translation>所有上下文</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation>上下文：%1
命名空间：%2
Rollout：%3</translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation>生产上下文：%1</translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation>等效命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>等效命令</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation>这是生产上下文。请输入该 Rollout 的名称（%1）以确认：</translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation>Rollout 名称确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Copy button after the command was copied</extracomment>
        <translation>已复制</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history on this computer):</source>
        <extracomment>Confirmation dialog: a free text the History tab shows with this action; it is not sent to the cluster</extracomment>
        <translation>原因（可选，保存在此计算机上的历史记录中）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Context, namespace and rollout</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>上下文、命名空间和 Rollout</translation>
    </message>
    <message>
        <source>What this action will do</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>此操作将执行的内容</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionBanners</name>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation>此上下文已关闭 TLS 验证（kubeconfig 中的 insecure-skip-tls-verify）：不会检查服务器的身份。</translation>
    </message>
    <message>
        <source>Production context %1: every action asks you to type the rollout&apos;s name.</source>
        <translation>生产上下文 %1：每个操作都会要求您输入 Rollout 的名称。</translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation>只读：这是离线快照；操作已停用。</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation>只读模式：操作已停用（设置或 --read-only）。</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>生产环境警告</translation>
    </message>
    <message>
        <source>TLS warning</source>
        <translation>TLS 警告</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>只读模式</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation>快照 %1 不存在。</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>演示集群无法启动：%1</translation>
    </message>
    <message>
        <source>The demo cluster is not available in this program.</source>
        <translation>此程序中不提供演示集群。</translation>
    </message>
    <message>
        <source>Open a kubeconfig first to watch several contexts.</source>
        <translation>要监视多个上下文，请先打开 kubeconfig。</translation>
    </message>
    <message>
        <source>Choose at least one context.</source>
        <translation>请至少选择一个上下文。</translation>
    </message>
</context>
<context>
    <name>rd::gui::FreedesktopNotifier</name>
    <message>
        <source>Promote…</source>
        <extracomment>Notification button; opens the Promote confirmation</extracomment>
        <translation>推进…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <extracomment>Notification button; opens the Abort confirmation</extracomment>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Notification button: show the rollout in the window</extracomment>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>rd::gui::HistoryView</name>
    <message>
        <source>Rollout history</source>
        <translation>Rollout 历史记录</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <extracomment>History tab: caption of the per-attempt summary table</extracomment>
        <translation>更新尝试(&amp;A)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>更新尝试</translation>
    </message>
    <message>
        <source>One row per update of a revision: started, finished, outcome, time per step and time waiting for a person</source>
        <translation>每次修订版本更新占一行：开始时间、结束时间、结果、每步耗时以及等待人工处理的时间</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageVerdictText</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation>请输入镜像，例如 registry.example.com/team/app:1.2。</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>镜像引用不能包含空格。</translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation>镜像引用不能包含 &apos;=&apos;。</translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation>镜像引用过长。</translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation>仓库名称必须为小写。</translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation>这不是有效的镜像引用（应为 name[:tag][@digest]）。</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>Compact duration: hours, as in &quot;3h&quot;</extracomment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>Compact duration: days, as in &quot;7d&quot;</extracomment>
        <translation>%1 天</translation>
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
        <translation>创建于 %1（%2前）</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n rollout(s)</source>
        <translation>
            <numerusform>%n 个 Rollout</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision tree was copied as text.</source>
        <translation>已将修订版本树复制为文本。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>打开 kubeconfig(&amp;K)…</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>打开快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation>启动演示集群(&amp;D)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation>Rollout 看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation>搜索 Rollout(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>Rollout(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation>将树复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>切换收藏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation>关于 Rollout Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation> 上下文(&amp;C)： </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation> 命名空间(&amp;N)： </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>所有命名空间</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation>快照 %1（离线，只读）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation>正在重新连接到 %1…（显示最后已知的数据）</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation>正在重新连接到 %1：%2（显示最后已知的数据）</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>未连接到 %1：%2</translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>所有命名空间</translation>
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
        <translation>打开 kubeconfig</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation>快照 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation>演示集群在 Rollout Desk 内部运行：命名空间 spring-petclinic 中的 Rollout rollouts-demo。试试用 argoproj/rollouts-demo:red 执行“设置镜像…”。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation>关于 Rollout Desk</translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation>Rollout Desk %1
适用于 Kubernetes 和 OpenShift 上 Argo Rollouts 的桌面客户端。</translation>
    </message>
    <message>
        <source>&amp;Snooze Notifications for 1 Hour</source>
        <extracomment>Rollout menu: no desktop notifications about this rollout for an hour</extracomment>
        <translation>暂停通知 1 小时(&amp;S)</translation>
    </message>
    <message>
        <source>%1 in %2 is no longer on the board.</source>
        <extracomment>%1 namespace/name, %2 context</extracomment>
        <translation>%2 中的 %1 已不在看板上。</translation>
    </message>
    <message>
        <source>&amp;Watch Several Contexts…</source>
        <translation>监视多个上下文(&amp;W)…</translation>
    </message>
    <message>
        <source>Show the rollouts of several contexts on one board</source>
        <translation>在一个看板上显示多个上下文的 Rollout</translation>
    </message>
    <message>
        <source>Clear Stored &amp;History…</source>
        <translation>清除已存储的历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer</source>
        <translation>删除保存在此计算机上的 Rollout 历史记录</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Rollouts on the board</source>
        <translation>看板上的 Rollout</translation>
    </message>
</context>
<context>
    <name>rd::gui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message>
        <source>fails if %1</source>
        <extracomment>The Condition column when a metric only has a failureCondition</extracomment>
        <translation>当 %1 时失败</translation>
    </message>
    <message>
        <source>Analysis run %1</source>
        <translation>分析运行 %1</translation>
    </message>
    <message>
        <source>Next measurement at %1</source>
        <translation>下次测量时间：%1</translation>
    </message>
    <message>
        <source>Fails if %1</source>
        <translation>当 %1 时失败</translation>
    </message>
    <message>
        <source>Limit exceeded: the metric has failed</source>
        <translation>已超出上限：该指标已失败</translation>
    </message>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>再有 %n 次该指标即失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message>
        <source> and </source>
        <extracomment>Joins the comparisons of one condition: &quot;≥ 0 and ≤ 0.01&quot;</extracomment>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>No numeric value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>下次测量</translation>
    </message>
    <message>
        <source>Success when %1</source>
        <translation>当 %1 时成功</translation>
    </message>
    <message>
        <source>Failure when %1</source>
        <translation>当 %1 时失败</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>Next measurement at %1.</source>
        <translation>下次测量时间为 %1。</translation>
    </message>
    <message>
        <source>The success condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>成功条件“%1”不是简单的比较，因此不绘制。</translation>
    </message>
    <message>
        <source>The failure condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>失败条件“%1”不是简单的比较，因此不绘制。</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>%n 个没有数值的测量标记在底部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of metric %1</source>
        <translation>指标 %1 的图表</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>指标图表</translation>
    </message>
    <message>
        <source>No metric selected.</source>
        <translation>未选择指标。</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最新值 %1</translation>
    </message>
    <message>
        <source>last without a value (%1)</source>
        <translation>最近一次无值（%1）</translation>
    </message>
    <message>
        <source>success when %1</source>
        <translation>当 %1 时成功</translation>
    </message>
    <message>
        <source>success when %1 (not drawn)</source>
        <translation>当 %1 时成功（未绘制）</translation>
    </message>
    <message>
        <source>fails when %1</source>
        <translation>当 %1 时失败</translation>
    </message>
    <message>
        <source>fails when %1 (not drawn)</source>
        <translation>当 %1 时失败（未绘制）</translation>
    </message>
    <message>
        <source>next measurement at %1</source>
        <translation>下次测量时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>指标 %1：%n 次测量</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the metric chart&apos;s description</extracomment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>rd::gui::NoticeClassifier</name>
    <message>
        <source>The preview is ready and waits for you to promote it.</source>
        <extracomment>Notification body: a blue-green rollout waits for promotion</extracomment>
        <translation>预览已就绪，正在等待您推进。</translation>
    </message>
    <message>
        <source>The analysis was inconclusive: promote to go on, or abort to go back.</source>
        <extracomment>Notification body: analysis neither passed nor failed; a person decides</extracomment>
        <translation>分析结果不确定：推进以继续，或中止以返回。</translation>
    </message>
    <message>
        <source>The canary is paused until you promote or abort it.</source>
        <extracomment>Notification body: a canary pause without a duration</extracomment>
        <translation>金丝雀已暂停，直到您推进或中止它。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Rollout aborted: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout 已中止：%1</translation>
    </message>
    <message>
        <source>The update was aborted and traffic goes back to the stable version.</source>
        <translation>更新已中止，流量将回到稳定版本。</translation>
    </message>
    <message>
        <source>Rollout degraded: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout 变为 Degraded：%1</translation>
    </message>
    <message>
        <source>Analysis measurement failed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>分析测量失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>正在运行的分析中有 %n 个测量失败或出错。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>等待您处理：%1</translation>
    </message>
    <message>
        <source>Rollout completed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout 已完成：%1</translation>
    </message>
    <message>
        <source>Healthy: every replica runs the stable version.</source>
        <translation>Healthy：所有副本都运行稳定版本。</translation>
    </message>
</context>
<context>
    <name>rd::gui::RevisionTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Revision tree column header (Rollout, ReplicaSet, Pod, ...)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Revision tree column header (stable/canary tags, ready counts, ...)</extracomment>
        <translation>信息</translation>
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
        <translation>已收藏：点击取消收藏</translation>
    </message>
    <message>
        <source>Click to mark as favourite</source>
        <translation>点击加入收藏</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Board column header tooltip for the favourite star column</extracomment>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>未收藏</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Board column header</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Namespace</source>
        <extracomment>Board column header</extracomment>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Board column header</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Board column header</extracomment>
        <translation>策略</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Board column header: current step / number of steps</extracomment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Set weight / actual weight (%)</source>
        <extracomment>Board column header: set weight / actual weight</extracomment>
        <translation>设定权重 / 实际权重 (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Images (canary → stable)</source>
        <extracomment>Board column header</extracomment>
        <translation>镜像（金丝雀 → 稳定）</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Board column header</extracomment>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Board column header</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>Ready replicas / current replicas</source>
        <extracomment>Board column header: ready / current replicas, as `list rollouts` shows them</extracomment>
        <translation>就绪副本 / 当前副本</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Board status of a rollout whose object could not be read</extracomment>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Cannot read this rollout: %1</source>
        <extracomment>Board message of an unreadable rollout; %1 is the parser&apos;s message</extracomment>
        <translation>无法读取此 Rollout：%1</translation>
    </message>
    <message>
        <source>%1 (reconnecting)</source>
        <extracomment>Board cell: context name, its connection is being retried</extracomment>
        <translation>%1（正在重新连接）</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>Board cell: context name, its connection failed</extracomment>
        <translation>%1（失败）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Board tooltip: context name and why its connection is not up</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Board column header: the kubeconfig context of the rollout</extracomment>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation>在看板中选择一个 Rollout，即可查看其步骤、权重和修订版本。</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation>设定权重：</translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation>实际权重：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation>为什么此 Rollout 为 Degraded？</translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation>将镜像改回稳定版本(&amp;S)</translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation>将镜像改回稳定版本</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs (also the View menu&apos;s entries)</extracomment>
        <translation>步骤(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation>权重图表(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>修订版本(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>容器(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation>状况(&amp;D)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation>此 Rollout 没有金丝雀步骤。</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation>修订版本树</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation>按 kubectl argo rollouts get rollout 的输出格式复制树</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation>镜像（期望）</translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation>稳定镜像</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>分析运行</translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation>分析运行 / 指标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
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
        <translation>期望 %1 · 当前 %2 · 已更新 %3 · 就绪 %4 · 可用 %5</translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation>更新已中止。Degraded 状态并不表示应用程序的健康状况：稳定版本（%1）正在运行并接收全部流量。它只表示 spec.template 中的期望版本（%2）与正在运行的稳定版本不一致。

要清除此状态，请将镜像改回稳定版本：该 Rollout 会跳过分析和推进步骤，直接回到稳定的 ReplicaSet。也可以使用“重试”再次运行更新。</translation>
    </message>
    <message>
        <source>container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>init 容器</translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation>测量 %1，条件 %2</translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation>没有分析运行。</translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation>将权重图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation>将权重历史导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Read-only: actions are switched off.</source>
        <translation>只读：操作已停用。</translation>
    </message>
    <message>
        <source>Opens Set Image with the stable version&apos;s image: %1</source>
        <translation>以稳定版本的镜像 %1 打开“设置镜像”</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <extracomment>Rollout page tab: the rollout&apos;s story (Events, live changes, actions)</extracomment>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>This rollout cannot be read</source>
        <extracomment>Title of the notice shown instead of a rollout whose object failed to parse</extracomment>
        <translation>无法读取此 Rollout</translation>
    </message>
    <message>
        <source>The rollout&apos;s object could not be read, so nothing of it is shown: %1</source>
        <extracomment>Shown instead of a rollout whose object failed to parse; %1 is the parser&apos;s message</extracomment>
        <translation>无法读取该 Rollout 的对象，因此不显示其任何内容：%1</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPageHeader</name>
    <message>
        <source>Rollout name</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Rollout 名称</translation>
    </message>
    <message>
        <source>Rollout status</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Rollout 状态</translation>
    </message>
    <message>
        <source>Status message</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>状态消息</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>策略</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Set weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>设定权重</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>实际权重</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>副本</translation>
    </message>
    <message>
        <source>Why the rollout cannot be read</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>无法读取 Rollout 的原因</translation>
    </message>
    <message>
        <source>Why the rollout is Degraded</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Rollout 为 Degraded 的原因</translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation>设置 %1 的镜像</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>容器(&amp;O)：</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation>%1（init 容器）</translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation>当前镜像：</translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation>新镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>新镜像</translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation>请选择此 Rollout 以前运行过的镜像，或输入一个镜像。</translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation>选择容器和有效的镜像，即可查看将会发生什么。</translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation>容器 %1 已在运行 %2：不会有任何变化。</translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation>这是稳定镜像：该 Rollout 会跳过分析和推进步骤，直接回到稳定的 ReplicaSet（回滚）。不会启动金丝雀，Rollout 将恢复为稳定状态。</translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>将使用 %1 启动新的金丝雀修订版本，并执行 %n 个步骤，第一步为：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation>将使用 %1 启动新的预览 ReplicaSet。Rollout 被推进后，流量将切换到它。</translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation>将使用 %1 启动新的修订版本，并替换正在运行的 Pod。</translation>
    </message>
    <message>
        <source>All containers (*)</source>
        <extracomment>Container choice: set the image of every container (the plugin&apos;s &quot;*&quot;)</extracomment>
        <translation>所有容器 (*)</translation>
    </message>
    <message>
        <source>(differs per container)</source>
        <translation>（因容器而异）</translation>
    </message>
    <message>
        <source>Current image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>当前镜像</translation>
    </message>
    <message>
        <source>Problem with the new image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>新镜像的问题</translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation>生产上下文（在其中操作需要输入 Rollout 名称）(&amp;P)：</translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation>生产上下文</translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation>只读模式：停用所有操作(&amp;R)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications when a rollout needs me or finishes:</source>
        <translation>在 Rollout 需要我处理或完成时显示桌面通知(&amp;D)：</translation>
    </message>
    <message>
        <source>It &amp;waits for me (a pause for promotion, an inconclusive analysis)</source>
        <translation>等待我处理时（等待推进的暂停、结果不确定的分析）(&amp;W)</translation>
    </message>
    <message>
        <source>Notify when a rollout waits for me</source>
        <translation>Rollout 等待我处理时通知</translation>
    </message>
    <message>
        <source>An &amp;analysis measurement fails or errors</source>
        <translation>分析测量失败或出错时(&amp;A)</translation>
    </message>
    <message>
        <source>Notify when an analysis measurement fails</source>
        <translation>分析测量失败时通知</translation>
    </message>
    <message>
        <source>It is a&amp;borted</source>
        <translation>被中止时(&amp;B)</translation>
    </message>
    <message>
        <source>Notify when a rollout is aborted</source>
        <translation>Rollout 被中止时通知</translation>
    </message>
    <message>
        <source>It becomes De&amp;graded for another reason</source>
        <translation>因其他原因变为 Degraded 时(&amp;G)</translation>
    </message>
    <message>
        <source>Notify when a rollout becomes Degraded</source>
        <translation>Rollout 变为 Degraded 时通知</translation>
    </message>
    <message>
        <source>It &amp;completes</source>
        <translation>完成时(&amp;C)</translation>
    </message>
    <message>
        <source>Notify when a rollout completes</source>
        <translation>Rollout 完成时通知</translation>
    </message>
    <message>
        <source>Only for my &amp;favourites</source>
        <translation>仅限我的收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Notify only for favourite rollouts</source>
        <translation>仅对收藏的 Rollout 发送通知</translation>
    </message>
    <message>
        <source>&amp;Keep the rollout history on this computer (History tab)</source>
        <translation>在此计算机上保存 Rollout 历史记录（历史选项卡）(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message>
        <source>Set weight to %1 %</source>
        <extracomment>Canary step: send this percentage of traffic to the canary</extracomment>
        <translation>将权重设为 %1%</translation>
    </message>
    <message>
        <source>Pause until promoted</source>
        <extracomment>Canary step: a pause without duration</extracomment>
        <translation>暂停，直到被推进</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>暂停（%1）</translation>
    </message>
    <message>
        <source>Pause for %1</source>
        <extracomment>Canary step: a timed pause, %1 is a duration like 10s or 1m30s</extracomment>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <source>Run an analysis</source>
        <translation>运行分析</translation>
    </message>
    <message>
        <source>Run analysis: %1</source>
        <extracomment>Canary step: %1 lists analysis template names</extracomment>
        <translation>运行分析：%1</translation>
    </message>
    <message>
        <source>Run an experiment</source>
        <translation>运行实验</translation>
    </message>
    <message>
        <source>Run an experiment for %1</source>
        <extracomment>Canary step: %1 is a duration</extracomment>
        <translation>运行实验（持续 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>将金丝雀缩放到 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale the canary to %1 % of replicas</source>
        <translation>将金丝雀缩放到副本数的 %1%</translation>
    </message>
    <message>
        <source>Scale the canary to match the traffic weight</source>
        <translation>按流量权重缩放金丝雀</translation>
    </message>
    <message>
        <source>Set header-based route</source>
        <translation>设置基于请求头的路由</translation>
    </message>
    <message>
        <source>Set mirror route</source>
        <translation>设置流量镜像路由</translation>
    </message>
    <message>
        <source>Run step plugin %1</source>
        <translation>运行步骤插件 %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Steps list: step number and its description, e.g. &quot;2. Pause until promoted&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <extracomment>Steps list: countdown appended to the current timed pause</extracomment>
        <translation>%1 — 剩余 %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Screen reader text of a step: description, then its state</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rd::gui::StoredHistory</name>
    <message>
        <source>Clear Stored History</source>
        <translation>清除已存储的历史记录</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer for every context? The History tabs then start again from the Events the clusters still have.</source>
        <translation>要删除此计算机上为所有上下文保存的 Rollout 历史记录吗？之后，历史选项卡将从集群中仍保留的 Events 重新开始。</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>清除历史记录(&amp;C)</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The stored rollout history was cleared.</source>
        <translation>已清除存储的 Rollout 历史记录。</translation>
    </message>
    <message>
        <source>The stored rollout history could not be cleared: the file is in use by another program.</source>
        <translation>无法清除存储的 Rollout 历史记录：该文件正被其他程序使用。</translation>
    </message>
</context>
<context>
    <name>rd::gui::TimelineModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>给出的原因：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
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
        <translation>监视多个上下文</translation>
    </message>
    <message>
        <source>Contexts to watch</source>
        <translation>要监视的上下文</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>Watch the checked contexts</source>
        <translation>监视所勾选的上下文</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show the rollouts of the checked contexts on one board. Each context keeps its own connection; actions go to the row&apos;s own context.</source>
        <translation>在一个看板上显示所勾选上下文中的 Rollout。每个上下文保持各自的连接；操作会发送到该行所属的上下文。</translation>
    </message>
    <message>
        <source>&amp;Contexts:</source>
        <extracomment>The list of the kubeconfig&apos;s contexts, each with a check box</extracomment>
        <translation>上下文(&amp;C):</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
    <message>
        <source>Weight chart</source>
        <translation>权重图表</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>设定权重</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <translation>实际权重</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Canary weight over time</source>
        <translation>金丝雀权重随时间变化</translation>
    </message>
    <message>
        <source>revision %1</source>
        <extracomment>Weight chart: a segment&apos;s revision when its image is not known</extracomment>
        <translation>修订版本 %1</translation>
    </message>
    <message>
        <source>revision %1 (image %2)</source>
        <extracomment>Weight chart: a segment&apos;s revision and image</extracomment>
        <translation>修订版本 %1（镜像 %2）</translation>
    </message>
    <message>
        <source>Canary</source>
        <extracomment>Weight chart legend: the canary&apos;s share of the traffic</extracomment>
        <translation>金丝雀</translation>
    </message>
    <message>
        <source>Stable</source>
        <extracomment>Weight chart legend: the stable version&apos;s share of the traffic</extracomment>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <extracomment>Weight chart legend: when a timed pause ends by itself</extracomment>
        <translation>暂停结束</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Weight chart legend: a marker glyph (the revision became stable)</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Stable: %1</source>
        <extracomment>Weight chart: label of the stretch where a revision is the stable version</extracomment>
        <translation>稳定：%1</translation>
    </message>
    <message>
        <source>Canary: %1</source>
        <extracomment>Weight chart: label of a canary stretch</extracomment>
        <translation>金丝雀：%1</translation>
    </message>
    <message>
        <source>No weight history is known for this rollout yet.</source>
        <translation>尚无此 Rollout 的权重历史。</translation>
    </message>
    <message>
        <source>Stable at 100 %, %1</source>
        <translation>稳定 100%，%1</translation>
    </message>
    <message>
        <source>Aborted: canary weight 0 %, %1; all traffic is on the stable version</source>
        <translation>已中止：金丝雀权重 0%，%1；所有流量都在稳定版本上</translation>
    </message>
    <message>
        <source>Canary weight %1 %, %2</source>
        <translation>金丝雀权重 %1%，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n 次暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>%n 次推进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abort(s)</source>
        <translation>
            <numerusform>%n 次中止</numerusform>
        </translation>
    </message>
    <message>
        <source>marked: %1</source>
        <extracomment>Weight chart summary: %1 lists counts, e.g. &quot;2 pauses, 1 promotion&quot;</extracomment>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最新：%1</translation>
    </message>
    <message>
        <source>paused, resuming now</source>
        <translation>已暂停，即将继续</translation>
    </message>
    <message>
        <source>paused at step %1, resuming now</source>
        <translation>在步骤 %1 暂停，即将继续</translation>
    </message>
    <message>
        <source>paused, resumes in %1</source>
        <translation>已暂停，%1后继续</translation>
    </message>
    <message>
        <source>paused at step %1, resumes in %2</source>
        <translation>在步骤 %1 暂停，%2后继续</translation>
    </message>
    <message>
        <source>paused until someone promotes it</source>
        <translation>已暂停，直到有人推进</translation>
    </message>
    <message>
        <source>paused at step %1 until someone promotes it</source>
        <translation>在步骤 %1 暂停，直到有人推进</translation>
    </message>
    <message>
        <source>paused by a person until someone resumes it</source>
        <translation>已由用户暂停，直到有人继续</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>%1 is the pause condition&apos;s reason from the cluster, e.g. BlueGreenPause</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>已暂停（%1）</translation>
    </message>
    <message>
        <source>Updated to revision %1</source>
        <translation>已更新到修订版本 %1</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>在 %1% 处暂停</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>Promoted (the pause ended before its time; read from the cluster&apos;s Events)</source>
        <translation>已推进（暂停在预定时间之前结束；根据集群的 Events 判断）</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>已推进</translation>
    </message>
    <message>
        <source>Fully promoted (read from the completion&apos;s reason)</source>
        <translation>已完全推进（根据完成原因判断）</translation>
    </message>
    <message>
        <source>Fully promoted</source>
        <translation>已完全推进</translation>
    </message>
    <message>
        <source>Aborted: all traffic back on the stable version</source>
        <translation>已中止：所有流量已回到稳定版本</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <source>Revision %1 completed: it is the stable version</source>
        <translation>修订版本 %1 已完成：现为稳定版本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>操作者：%1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>给出的原因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the weight chart&apos;s summary (a list joiner)</extracomment>
        <translation>，</translation>
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
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>在步骤 %1 暂停</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to Rollout Desk</source>
        <translation>欢迎使用 Rollout Desk</translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation>监控并操控 Argo Rollouts：请选择 Rollout 的来源。</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>打开 kubeconfig(&amp;K)…</translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation>启动演示集群(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation>应用程序内的模拟集群，包含 rollouts-demo Rollout：可以安全地尝试所有操作。</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation>打开快照(&amp;S)…</translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation>离线、只读地查看用 kubectl get -o yaml 保存的 Rollout。</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>打开 kubeconfig</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>启动演示集群</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>Why no rollouts are shown</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>未显示 Rollout 的原因</translation>
    </message>
</context>
<context>
    <name>rd::kube::CredentialProvider</name>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (user &quot;%1&quot;)</source>
        <translation>exec 插件无法支持交互模式：标准输入不是终端（用户 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>The oidc auth provider has no id-token; log in again.</source>
        <translation>oidc 身份验证提供程序没有 id-token；请重新登录。</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</source>
        <translation>gcp 身份验证插件已被移除。请使用 gke-gcloud-auth-plugin（gcloud components install gke-gcloud-auth-plugin）。</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Use kubelogin.</source>
        <translation>azure 身份验证插件已被移除。请使用 kubelogin。</translation>
    </message>
    <message>
        <source>The auth provider &quot;%1&quot; is not supported.</source>
        <translation>不支持身份验证提供程序 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;: %2</source>
        <translation>无法读取令牌文件 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>令牌文件 &quot;%1&quot; 为空</translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec：可执行文件 %1 未在 %n 秒内完成</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec：找不到可执行文件 %1</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec：可执行文件 %1 失败，退出代码为 %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed</source>
        <translation>exec：可执行文件 %1 崩溃</translation>
    </message>
    <message>
        <source>exec plugin output is not an ExecCredential: %1</source>
        <translation>exec 插件的输出不是 ExecCredential：%1</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec 插件配置为使用 API 版本 %1，但插件返回的版本为 %2</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>exec 插件未返回 status 字段</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>exec 插件只返回了证书或密钥之一，而不是两者都返回</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>exec 插件未返回令牌或证书/密钥对</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>exec 插件返回了无效的 expirationTimestamp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MiB of output; it was stopped</source>
        <translation>exec：可执行文件 %1 的输出超过 %2 MiB，已将其停止</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeClient</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3</source>
        <translation>无法读取文件 &quot;%2&quot;（%1）：%3</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>集群 &quot;%2&quot; 的服务器地址 &quot;%1&quot; 不是有效的 URL。</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>集群 &quot;%1&quot; 的证书颁发机构不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>The client certificate or key of user &quot;%1&quot; cannot be read.</source>
        <translation>无法读取用户 &quot;%1&quot; 的客户端证书或密钥。</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; uses the scheme &quot;%2&quot;, which is not supported here; use http or socks5.</source>
        <translation>代理 &quot;%1&quot; 使用的协议 &quot;%2&quot; 在此不受支持；请使用 http 或 socks5。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>%1 未在规定时间内响应。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>The server rejected the credentials of context &quot;%1&quot; (401 Unauthorized). Log in again or check the token.</source>
        <translation>服务器拒绝了上下文 &quot;%1&quot; 的凭据（401 Unauthorized）。请重新登录或检查令牌。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>服务器返回了 HTTP %1：%2</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>来自 %1 的响应大于 %2 MiB；未读取该响应。</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeConfig</name>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>应为 true 或 false，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 不是有效的 base64</translation>
    </message>
    <message>
        <source>&quot;%1s&quot; must be a list</source>
        <translation>&quot;%1s&quot; 必须是列表</translation>
    </message>
    <message>
        <source>an entry of &quot;%1s&quot; is not a mapping</source>
        <translation>&quot;%1s&quot; 中的某个条目不是映射</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>列表中存在重复的名称 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig (expected a mapping at the top)</source>
        <translation>该文件不是 kubeconfig（顶层应为映射）</translation>
    </message>
    <message>
        <source>exec env entry without a name</source>
        <translation>exec env 条目缺少名称</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>加载配置文件 &quot;%1&quot; 时出错：第 %2 行：%3</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>加载配置文件 &quot;%1&quot; 时出错：%2</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>kubeconfig 文件 &quot;%1&quot; 不存在。</translation>
    </message>
    <message>
        <source>No kubeconfig found: &quot;%1&quot; does not exist.</source>
        <translation>未找到 kubeconfig：&quot;%1&quot; 不存在。</translation>
    </message>
    <message>
        <source>No kubeconfig found: none of %1 exists.</source>
        <translation>未找到 kubeconfig：%1 均不存在。</translation>
    </message>
    <message>
        <source>The kubeconfig is empty: it defines no context.</source>
        <translation>kubeconfig 为空：未定义任何上下文。</translation>
    </message>
    <message>
        <source>The kubeconfig has no current context; choose one.</source>
        <translation>kubeconfig 没有当前上下文；请选择一个上下文。</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>上下文 &quot;%1&quot; 不存在</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>未找到上下文 &quot;%2&quot; 的集群 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>未找到上下文 &quot;%2&quot; 的用户 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>未找到集群 &quot;%1&quot; 的服务器</translation>
    </message>
    <message>
        <source>more than one authentication method found for &quot;%1&quot;; found token and basicAuth, only one is allowed</source>
        <translation>为 &quot;%1&quot; 找到了多种身份验证方式；找到了 token 和 basicAuth，只允许使用一种</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for &quot;%1&quot; to use the clientCert authentication method.</source>
        <translation>要让 &quot;%1&quot; 使用 clientCert 身份验证方式，必须指定 client-key-data 或 client-key。</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for &quot;%1&quot;</source>
        <translation>不能为 &quot;%1&quot; 同时提供 authProvider 和 exec 插件</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for &quot;%1&quot; without impersonating a user</source>
        <translation>在未模拟用户的情况下为 &quot;%1&quot; 请求 uid、groups 或 user-extra</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>exec 插件：apiVersion &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for &quot;%1&quot; to use exec authentication plugin</source>
        <translation>要让 &quot;%1&quot; 使用 exec 身份验证插件，必须指定 interactiveMode</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed (cluster &quot;%1&quot;)</source>
        <translation>不允许在设置 insecure 标志的同时指定根证书文件（集群 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>unsupported proxy scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>不支持的代理协议 &quot;%1&quot;，必须为 http、https 或 socks5</translation>
    </message>
    <message>
        <source>the extension is nested too deeply</source>
        <translation>扩展嵌套过深</translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>may not be &apos;.&apos;</source>
        <translation>不能是 &apos;.&apos;</translation>
    </message>
    <message>
        <source>may not be &apos;..&apos;</source>
        <translation>不能是 &apos;..&apos;</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>不能包含 &apos;/&apos;</translation>
    </message>
    <message>
        <source>may not contain &apos;%&apos;</source>
        <translation>不能包含 &apos;%&apos;</translation>
    </message>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>不能超过 %1 个字符</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;, or &apos;123-abc&apos;)</source>
        <translation>小写 RFC 1123 标签必须由小写字母数字字符或 &apos;-&apos; 组成，并且必须以字母数字字符开头和结尾（例如 &apos;my-name&apos; 或 &apos;123-abc&apos;）</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;)</source>
        <translation>小写 RFC 1123 子域名必须由小写字母数字字符、&apos;-&apos; 或 &apos;.&apos; 组成，并且必须以字母数字字符开头和结尾（例如 &apos;example.com&apos;）</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid %3 name: %4</source>
        <translation>%1 %2 不是有效的 %3 名称：%4</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid namespace name: %3</source>
        <translation>%1 %2 不是有效的命名空间名称：%3</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>…（共 %n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::Reflector</name>
    <message>
        <source>The list of %1 could not be read.</source>
        <translation>无法读取 %1 的列表。</translation>
    </message>
    <message>
        <source>The watch of %1 ended immediately.</source>
        <translation>对 %1 的监视（watch）立即结束了。</translation>
    </message>
    <message>
        <source>The list of %1 is larger than %2 MiB; it was not used.</source>
        <translation>%1 的列表大于 %2 MiB；未使用该列表。</translation>
    </message>
    <message>
        <source>The server repeated a continue token while listing %1; the list was not used.</source>
        <translation>列出 %1 时服务器重复了 continue 令牌；未使用该列表。</translation>
    </message>
    <message>
        <source>The list of %1 did not end after %2 pages; it was not used.</source>
        <translation>%1 的列表在 %2 页之后仍未结束；未使用该列表。</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event larger than %2 MiB.</source>
        <translation>对 %1 的监视（watch）发送了大于 %2 MiB 的事件。</translation>
    </message>
    <message>
        <source>no object</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>没有 object</translation>
    </message>
    <message>
        <source>The watch of %1 reported an error (HTTP %2).</source>
        <translation>对 %1 的监视（watch）报告了错误（HTTP %2）。</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>未知的 type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object of kind &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>kind 为 &quot;%1&quot; 的对象</translation>
    </message>
    <message>
        <source>no metadata</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>没有 metadata</translation>
    </message>
    <message>
        <source>no resourceVersion</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>没有 resourceVersion</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>没有 name</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event that could not be read (%2); resuming from the last good version.</source>
        <translation>对 %1 的监视（watch）发送了无法读取的事件（%2）；将从最后一个有效版本继续。</translation>
    </message>
    <message>
        <source>The watch of %1 ended in the middle of an event.</source>
        <translation>对 %1 的监视（watch）在事件中途结束。</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>命名空间</translation>
    </message>
</context>
<context>
    <name>rd::kube::RequestPath</name>
    <message>
        <source>The request to %1 was not sent: %2</source>
        <translation>未发送对 %1 的请求：%2</translation>
    </message>
    <message>
        <source>the path must start with &apos;/&apos;</source>
        <translation>路径必须以 &apos;/&apos; 开头</translation>
    </message>
    <message>
        <source>the path segment %1 is not allowed</source>
        <translation>不允许使用路径段 %1</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>it has more segments than RESOURCE/NAME/SUBRESOURCE</source>
        <translation>其段数多于 RESOURCE/NAME/SUBRESOURCE</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterActionRunner</name>
    <message>
        <source>The restart delay is out of range.</source>
        <translation>重新启动延迟超出范围。</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterConnector</name>
    <message>
        <source>The namespace of context &quot;%1&quot;</source>
        <translation>上下文 &quot;%1&quot; 的命名空间</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>命名空间</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterEventLister</name>
    <message>
        <source>the rollout name</source>
        <extracomment>Names the field in &quot;&lt;field&gt; &quot;x&quot; is not a valid Rollout name: …&quot;</extracomment>
        <translation>Rollout 名称</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterRolloutSource</name>
    <message>
        <source>This connection is read-only: no change is sent to the cluster.</source>
        <translation>此连接为只读：不会向集群发送任何更改。</translation>
    </message>
    <message>
        <source>The rollout %1 is not in the namespace &quot;%2&quot; of this connection; nothing is sent to the cluster.</source>
        <translation>Rollout %1 不在此连接的命名空间 &quot;%2&quot; 中；不会向集群发送任何内容。</translation>
    </message>
</context>
<context>
    <name>rd::source::KubeconfigFollow</name>
    <message>
        <source>The kubeconfig cannot be read any more (%1); the connection to %2 keeps its last settings.</source>
        <translation>无法再读取 kubeconfig（%1）；与 %2 的连接保留其最后的设置。</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context is now %1; this window stays on %2 until you choose another context.</source>
        <extracomment>%1 new current-context of the kubeconfig, %2 context shown</extracomment>
        <translation>kubeconfig 的当前上下文现在是 %1；在您选择其他上下文之前，此窗口将保持在 %2。</translation>
    </message>
    <message>
        <source>The context %1 is no longer in the kubeconfig; the connection keeps its last settings until you choose another context.</source>
        <translation>上下文 %1 已不在 kubeconfig 中；在您选择其他上下文之前，连接将保留其最后的设置。</translation>
    </message>
    <message>
        <source>The context %1 in the kubeconfig is no longer usable (%2); the connection keeps its last settings.</source>
        <translation>kubeconfig 中的上下文 %1 已不可用（%2）；连接将保留其最后的设置。</translation>
    </message>
    <message>
        <source>The kubeconfig changed the cluster or client certificate of context %1: connecting again.</source>
        <translation>kubeconfig 更改了上下文 %1 的集群或客户端证书：正在重新连接。</translation>
    </message>
</context>
<context>
    <name>rd::source::MultiContextSource</name>
    <message>
        <source>%1: %2</source>
        <comment>context: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No context to watch.</source>
        <translation>没有要监视的上下文。</translation>
    </message>
    <message>
        <source>Context “%1” is not connected: %2</source>
        <translation>上下文“%1”未连接：%2</translation>
    </message>
    <message>
        <source>“%1” is not a watched context.</source>
        <translation>“%1”不是受监视的上下文。</translation>
    </message>
</context>
<context>
    <name>rd::source::SnapshotRolloutSource</name>
    <message>
        <source>A snapshot is read-only: actions cannot be sent. Connect to the cluster to change this rollout.</source>
        <translation>快照为只读：无法发送操作。要更改此 Rollout，请连接到集群。</translation>
    </message>
</context>
<context>
    <name>rd::source::TimelineStore</name>
    <message>
        <source>%1 is damaged and cannot be moved aside</source>
        <translation>%1 已损坏，且无法移到别处</translation>
    </message>
    <message>
        <source>The stored rollout history was damaged. It was moved to %1 and a new one was started.</source>
        <translation>存储的 Rollout 历史记录已损坏。已将其移至 %1，并开始了新的历史记录。</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动程序（QSQLITE）</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1 正被其他程序使用</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rollout Desk</source>
        <translation>%1 是由更新版本的 Rollout Desk 写入的</translation>
    </message>
    <message>
        <source>The rollout history cannot be kept on this computer (%1). It is kept for this session only.</source>
        <extracomment>%1 says why, e.g. &quot;/home/me/.local/share/rolloutdesk/history.sqlite cannot be written&quot;</extracomment>
        <translation>无法在此计算机上保存 Rollout 历史记录（%1）。历史记录仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
</TS>
