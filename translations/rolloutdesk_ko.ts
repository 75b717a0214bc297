<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>rd::app::Help</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>버전을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>Start the simulated cluster in this process (scenario rollouts-demo) and connect to it.</source>
        <translation>이 프로세스에서 시뮬레이션 클러스터(시나리오 rollouts-demo)를 시작하고 연결합니다.</translation>
    </message>
    <message>
        <source>Time multiplier of the demo cluster (default 1; also ROLLOUTDESK_DEMO_SPEED).</source>
        <translation>데모 클러스터의 시간 배율입니다(기본값 1, ROLLOUTDESK_DEMO_SPEED로도 지정 가능).</translation>
    </message>
    <message>
        <source>Scenario of the demo cluster: rollouts-demo (default), showcase or scale:N.</source>
        <translation>데모 클러스터의 시나리오: rollouts-demo(기본값), showcase 또는 scale:N.</translation>
    </message>
    <message>
        <source>Use this kubeconfig file.</source>
        <translation>이 kubeconfig 파일을 사용합니다.</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>이 kubeconfig 컨텍스트를 사용합니다.</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>이 네임스페이스를 표시합니다.</translation>
    </message>
    <message>
        <source>Show all namespaces.</source>
        <translation>모든 네임스페이스를 표시합니다.</translation>
    </message>
    <message>
        <source>Open a snapshot (YAML/JSON file or folder), offline and read-only.</source>
        <translation>스냅숏(YAML/JSON 파일 또는 폴더)을 오프라인 읽기 전용으로 엽니다.</translation>
    </message>
    <message>
        <source>Switch every action off.</source>
        <translation>모든 작업을 끕니다.</translation>
    </message>
    <message>
        <source>User interface language, e.g. ja (default: the language chosen in the settings, else the system&apos;s).</source>
        <translation>사용자 인터페이스 언어입니다. 예: ja(기본값: 설정에서 선택한 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <source>Quit N ms after rollouts are shown (tests; also ROLLOUTDESK_QUIT_AFTER_MS).</source>
        <translation>롤아웃이 표시된 후 N ms 뒤에 종료합니다(테스트용, ROLLOUTDESK_QUIT_AFTER_MS로도 지정 가능).</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>사용법: %1 [옵션]</translation>
    </message>
    <message>
        <source>Rollout Desk: a desktop client for Argo Rollouts.</source>
        <translation>Rollout Desk: Argo Rollouts용 데스크톱 클라이언트입니다.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Watch these kubeconfig contexts (comma-separated) on one board.</source>
        <translation>이 kubeconfig 컨텍스트(쉼표로 구분)를 하나의 보드에서 감시합니다.</translation>
    </message>
</context>
<context>
    <name>rd::app::SimDemoCluster</name>
    <message>
        <source>no temporary folder for its kubeconfig: %1</source>
        <translation>kubeconfig용 임시 폴더가 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>rd::cli::ClusterCommands</name>
    <message>
        <source>the rollout name</source>
        <translation>롤아웃 이름</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>rd::cli::Help</name>
    <message>
        <source>kubeconfig to use (default: KUBECONFIG or ~/.kube/config)</source>
        <translation>사용할 kubeconfig(기본값: KUBECONFIG 또는 ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>kubeconfig 컨텍스트</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>every namespace (list)</source>
        <translation>모든 네임스페이스(list)</translation>
    </message>
    <message>
        <source>read objects from a YAML/JSON file or folder instead of a cluster</source>
        <translation>클러스터 대신 YAML/JSON 파일 또는 폴더에서 오브젝트 읽기</translation>
    </message>
    <message>
        <source>compute ages as of this RFC 3339 instant (snapshots)</source>
        <translation>이 RFC 3339 시각 기준으로 경과 시간 계산(스냅숏)</translation>
    </message>
    <message>
        <source>no ANSI colours (also when TERM=dumb)</source>
        <translation>ANSI 색상 없음(TERM=dumb일 때도)</translation>
    </message>
    <message>
        <source>language of this help, e.g. ja (default: the system&apos;s); the output of the commands is always English</source>
        <translation>이 도움말의 언어, 예: ja(기본값: 시스템 언어). 명령 출력은 항상 영어입니다</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>버전 표시</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>이 도움말 표시</translation>
    </message>
    <message>
        <source>rolloutdesk-cli: the console companion of Rollout Desk (Argo Rollouts).</source>
        <translation>rolloutdesk-cli: Rollout Desk(Argo Rollouts)의 콘솔 도구입니다.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>전역 플래그:</translation>
    </message>
    <message>
        <source>print connection diagnostics (retries, reconnects) on stderr</source>
        <translation>연결 진단 정보(다시 시도, 재연결)를 stderr에 출력</translation>
    </message>
    <message>
        <source>list rollouts of several contexts, CONTEXT column first (not in the plugin)</source>
        <translation>여러 컨텍스트의 롤아웃 나열, CONTEXT 열이 맨 앞(플러그인에는 없음)</translation>
    </message>
</context>
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1(리비전 %2, 사용 가능한 Pod %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the traffic</source>
        <extracomment>%1 the canary&apos;s actual traffic weight in percent</extracomment>
        <translation>트래픽의 %1%</translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>모든 트래픽이 안정 버전으로 돌아왔습니다(중단 후 %n초).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1: 중단 후 %n초가 지났지만 안정 버전이 아직 완전히 사용 가능한 상태가 아닙니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1: 중단 후 %n초가 지났지만 카나리가 아직 서비스 중입니다: %2.</numerusform>
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
        <translation>%2: &apos;%1&apos; 요청을 보내는 중…</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation>%2: &apos;%1&apos; 실패: %3</translation>
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
        <translation>지금 재시작(&amp;N)</translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation>나중에 재시작, 분 단위(&amp;L):</translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation>재시작까지 남은 분</translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation>롤백할 리비전(&amp;R):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 재시작</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>나중에 재시작</translation>
    </message>
    <message>
        <source>revision %1 — %2</source>
        <extracomment>Roll back dialog: one choice, %1 the revision number, %2 its images</extracomment>
        <translation>리비전 %1 — %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation>승격</translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation>완전 승격</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation>중단</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation>재시작…</translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation>이미지 설정…</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation>롤백…</translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation>업데이트의 다음 단계로 진행합니다</translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation>남은 단계를 모두 건너뛰고 새 버전을 안정 버전으로 만듭니다</translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation>재개될 때까지 업데이트를 현재 위치에서 멈춥니다</translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation>일시 중지된 업데이트를 계속합니다</translation>
    </message>
    <message>
        <source>Abort the update and send all traffic back to the stable version</source>
        <extracomment>Tooltip of Abort; unlike Pause (&quot;stop where it is&quot;), the update does not continue</extracomment>
        <translation>업데이트를 중단하고 모든 트래픽을 안정 버전으로 되돌립니다</translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation>중단된 업데이트를 첫 단계부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation>롤아웃의 모든 Pod를 지금 또는 나중에 재시작합니다</translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation>컨테이너 이미지를 변경합니다: 새 리비전이 시작됩니다</translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation>이전 리비전의 Pod 템플릿으로 되돌립니다</translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation>완전 승격</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>롤아웃 일시 중지</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>롤아웃 재개</translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation>롤아웃 중단</translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation>롤아웃 다시 시도</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>Pod 재시작</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>이미지 설정</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>먼저 롤아웃을 선택하십시오.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation>읽기 전용 모드: 작업이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation>이 롤아웃에 대한 요청을 아직 보내는 중입니다.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation>계정에 네임스페이스 %1의 rollouts/status를 패치할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation>계정에 네임스페이스 %1의 rollouts를 패치할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation>업데이트가 중단되었습니다. 다시 시도하거나 이미지를 설정하십시오.</translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation>승격할 항목이 없습니다. 롤아웃이 이미 완전히 승격되었습니다.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>모든 단계가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation>롤아웃이 이미 일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation>롤아웃이 사용자에 의해 일시 중지되지 않았습니다(일시 중지 단계에는 승격을 사용하십시오).</translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation>업데이트가 이미 중단되었습니다.</translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation>중단할 항목이 없습니다. 진행 중인 업데이트가 없습니다.</translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation>중단된 업데이트만 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation>롤아웃에 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>롤백할 이전 리비전이 없습니다.</translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation>롤아웃이 %2단계 중 %1단계를 마치고 다음 단계로 진행합니다. 이후 단계에 정의된 대로 더 많은 트래픽이 카나리 버전으로 전송됩니다.</translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation>롤아웃이 다음 단계로 진행합니다.</translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation>남은 모든 단계, 일시 중지, 분석을 건너뜁니다. 카나리 버전이 안정 버전이 되어 모든 트래픽을 받습니다.</translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation>업데이트가 현재 위치에서 멈춥니다. 누군가 롤아웃을 재개하거나 승격할 때까지 트래픽 가중치와 레플리카는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation>일시 중지된 업데이트가 현재 단계부터 계속됩니다.</translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation>중단하면 새 카나리 버전의 리소스가 제거됩니다. 해당 ReplicaSet은 레플리카 0개로 스케일링되고 이전 안정 버전이 복원됩니다. 카나리로 가던 모든 트래픽(Ingress, 라우트, 가상 서비스)은 안정 버전으로 돌아갑니다.

이후 이미지를 안정 버전으로 되돌리거나 업데이트를 다시 시도할 때까지 롤아웃은 Degraded로 표시됩니다.</translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation>중단된 업데이트가 첫 단계부터 다시 시작됩니다. 카나리가 스케일 업되고 단계에 정의된 대로 트래픽을 받습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>%n초 후부터 롤아웃의 모든 Pod가 몇 개씩 재시작됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation>롤아웃의 모든 Pod가 지금 몇 개씩 재시작됩니다. 이미지와 단계는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation>컨테이너 %1의 이미지가 %2(으)로 바뀝니다.</translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>리비전 %1의 Pod 템플릿이 복원됩니다. 이렇게 하면 롤아웃의 단계를 따르는 새 업데이트가 시작됩니다.</translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>이전 리비전의 Pod 템플릿이 복원됩니다. 이렇게 하면 롤아웃의 단계를 따르는 새 업데이트가 시작됩니다.</translation>
    </message>
    <message>
        <source>Rollout %1 promoted.</source>
        <translation>롤아웃 %1을(를) 승격했습니다.</translation>
    </message>
    <message>
        <source>Rollout %1 fully promoted.</source>
        <translation>롤아웃 %1을(를) 완전히 승격했습니다.</translation>
    </message>
    <message>
        <source>Rollout %1 paused.</source>
        <translation>롤아웃 %1을(를) 일시 중지했습니다.</translation>
    </message>
    <message>
        <source>Rollout %1 resumed.</source>
        <translation>롤아웃 %1을(를) 재개했습니다.</translation>
    </message>
    <message>
        <source>Rollout %1 aborted: the canary is scaled down and all traffic goes to the stable version.</source>
        <translation>롤아웃 %1을(를) 중단했습니다. 카나리가 스케일 다운되고 모든 트래픽이 안정 버전으로 갑니다.</translation>
    </message>
    <message>
        <source>Rollout %1 retried: the update starts again from its first step.</source>
        <translation>롤아웃 %1을(를) 다시 시도했습니다. 업데이트가 첫 단계부터 다시 시작됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>롤아웃 %1이(가) %n초 후에 Pod를 재시작합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout %1 restarts its pods now.</source>
        <translation>롤아웃 %1이(가) 지금 Pod를 재시작합니다.</translation>
    </message>
    <message>
        <source>Rollout %1: container %2 now wants image %3.</source>
        <extracomment>%1 rollout, %2 container, %3 image</extracomment>
        <translation>롤아웃 %1: 컨테이너 %2이(가) 이제 이미지 %3을(를) 사용하려고 합니다.</translation>
    </message>
    <message>
        <source>Rollout %1 rolled back.</source>
        <translation>롤아웃 %1을(를) 롤백했습니다.</translation>
    </message>
    <message>
        <source>The rollout&apos;s object cannot be read: %1</source>
        <translation>롤아웃 개체를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisBudgetView</name>
    <message>
        <source>&amp;Metrics of the current analysis, riskiest first:</source>
        <translation>현재 분석의 메트릭(위험도가 높은 순)(&amp;M):</translation>
    </message>
    <message>
        <source>Analysis metrics</source>
        <translation>분석 메트릭</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisRisk</name>
    <message>
        <source>failed measurements</source>
        <translation>실패한 측정</translation>
    </message>
    <message>
        <source>inconclusive measurements</source>
        <translation>결과가 확정되지 않은 측정</translation>
    </message>
    <message>
        <source>consecutive errors</source>
        <translation>연속 오류</translation>
    </message>
    <message>
        <source>Running analysis at risk: metric %1 has used %2 of its allowed %3.</source>
        <extracomment>%1 metric name, %2 e.g. &quot;1 / 2&quot;, %3 &quot;failed measurements&quot;</extracomment>
        <translation>실행 중인 분석이 위험합니다. 메트릭 %1이(가) 허용된 %3 중 %2을(를) 사용했습니다.</translation>
    </message>
</context>
<context>
    <name>rd::gui::AttemptsModel</name>
    <message>
        <source>In progress</source>
        <extracomment>Attempt outcome: the update is still going on</extracomment>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Attempt outcome: the revision became stable</extracomment>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Aborted</source>
        <extracomment>Attempt outcome</extracomment>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Attempt outcome: another update replaced it before it finished</extracomment>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>단계 %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2 so far</source>
        <translation>단계 %1: 지금까지 %2</translation>
    </message>
    <message>
        <source>The update began before the oldest entry known of this rollout.</source>
        <translation>이 업데이트는 이 롤아웃에 대해 알려진 가장 오래된 기록보다 먼저 시작되었습니다.</translation>
    </message>
    <message>
        <source>Time in pauses that only a person ends (a pause step without duration, an inconclusive analysis, a manual pause)</source>
        <translation>사람이 조치해야만 끝나는 일시 중지에 머문 시간(기간이 없는 일시 중지 단계, 결과가 확정되지 않은 분석, 수동 일시 중지)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Attempt start that is only known to be before this time</extracomment>
        <translation>%1 이전</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <extracomment>An attempt that began with a retry after an abort</extracomment>
        <translation>%1(다시 시도)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>단계별 시간</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <extracomment>Column: time the attempt waited for a person to promote or resume it</extracomment>
        <translation>사람의 조치 대기</translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation>전체</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation>주의 필요</translation>
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
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation>이름 또는 label:value 검색  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation>롤아웃 검색</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>롤아웃</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter chip with its count, e.g. &quot;Paused (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Show: %1 — %n rollout(s)</source>
        <translation>
            <numerusform>표시: %1 — 롤아웃 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <extracomment>Filter chip: rollouts paused until a person acts, or Degraded, in every watched context</extracomment>
        <translation>내 조치 대기</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>표시할 컨텍스트</translation>
    </message>
    <message>
        <source>Show the rollouts of one context, or of all watched contexts</source>
        <translation>한 컨텍스트 또는 감시 중인 모든 컨텍스트의 롤아웃을 표시합니다</translation>
    </message>
    <message>
        <source>All contexts</source>
        <extracomment>Context filter entry</extracomment>
        <translation>모든 컨텍스트</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation>컨텍스트: %1
네임스페이스: %2
롤아웃: %3</translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation>프로덕션 컨텍스트: %1</translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation>동등한 명령(&amp;C):</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>동등한 명령</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>명령 복사</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>명령을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation>프로덕션 컨텍스트입니다. 확인하려면 롤아웃 이름(%1)을 입력하십시오:</translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation>롤아웃 이름 확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Copy button after the command was copied</extracomment>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history on this computer):</source>
        <extracomment>Confirmation dialog: a free text the History tab shows with this action; it is not sent to the cluster</extracomment>
        <translation>이유(선택 사항, 이 컴퓨터의 기록에 보관됨)(&amp;R):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Context, namespace and rollout</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>컨텍스트, 네임스페이스 및 롤아웃</translation>
    </message>
    <message>
        <source>What this action will do</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>이 작업이 수행할 내용</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionBanners</name>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation>이 컨텍스트는 TLS 검증이 꺼져 있습니다(kubeconfig의 insecure-skip-tls-verify). 서버의 신원을 확인하지 않습니다.</translation>
    </message>
    <message>
        <source>Production context %1: every action asks you to type the rollout&apos;s name.</source>
        <translation>프로덕션 컨텍스트 %1: 모든 작업에서 롤아웃 이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation>읽기 전용: 오프라인 스냅숏이므로 작업이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation>읽기 전용 모드: 작업이 꺼져 있습니다(설정 또는 --read-only).</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>프로덕션 경고</translation>
    </message>
    <message>
        <source>TLS warning</source>
        <translation>TLS 경고</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>읽기 전용 모드</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation>스냅숏 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>데모 클러스터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The demo cluster is not available in this program.</source>
        <translation>이 프로그램에서는 데모 클러스터를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open a kubeconfig first to watch several contexts.</source>
        <translation>여러 컨텍스트를 감시하려면 먼저 kubeconfig를 여십시오.</translation>
    </message>
    <message>
        <source>Choose at least one context.</source>
        <translation>컨텍스트를 하나 이상 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>rd::gui::FreedesktopNotifier</name>
    <message>
        <source>Promote…</source>
        <extracomment>Notification button; opens the Promote confirmation</extracomment>
        <translation>승격…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <extracomment>Notification button; opens the Abort confirmation</extracomment>
        <translation>중단…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Notification button: show the rollout in the window</extracomment>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>rd::gui::HistoryView</name>
    <message>
        <source>Rollout history</source>
        <translation>롤아웃 기록</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <extracomment>History tab: caption of the per-attempt summary table</extracomment>
        <translation>업데이트 시도(&amp;A)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>업데이트 시도</translation>
    </message>
    <message>
        <source>One row per update of a revision: started, finished, outcome, time per step and time waiting for a person</source>
        <translation>리비전 업데이트마다 한 행: 시작, 종료, 결과, 단계별 시간, 사람의 조치를 기다린 시간</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageVerdictText</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation>이미지를 입력하십시오(예: registry.example.com/team/app:1.2).</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>이미지 참조에는 공백을 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation>이미지 참조에는 &apos;=&apos;를 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation>이미지 참조가 너무 깁니다.</translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation>리포지토리 이름은 소문자여야 합니다.</translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation>유효한 이미지 참조가 아닙니다(name[:tag][@digest] 형식이어야 합니다).</translation>
    </message>
</context>
<context>
    <name>rd::gui::LocaleFormat</name>
    <message>
        <source>%1s</source>
        <extracomment>Compact duration (Age column, pauses): seconds, as in &quot;36s&quot;</extracomment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>Compact duration: minutes, as in &quot;2m&quot;</extracomment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>Compact duration: hours, as in &quot;3h&quot;</extracomment>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>Compact duration: days, as in &quot;7d&quot;</extracomment>
        <translation>%1일</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>Compact duration: years, as in &quot;2y&quot;</extracomment>
        <translation>%1년</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>Compact duration of two units, the larger first, as in &quot;2m36s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Created %1 (%2 ago)</source>
        <extracomment>Tooltip of an age: %1 creation date and time, %2 how long ago (a compact duration)</extracomment>
        <translation>생성: %1(%2 전)</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n rollout(s)</source>
        <translation>
            <numerusform>롤아웃 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision tree was copied as text.</source>
        <translation>리비전 트리를 텍스트로 복사했습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>kubeconfig 열기(&amp;K)…</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>스냅숏 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation>데모 클러스터 시작(&amp;D)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation>롤아웃 보드(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation>롤아웃 검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>도구 모음(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>롤아웃(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation>트리를 텍스트로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>즐겨찾기 전환(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation>Rollout Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation> 컨텍스트(&amp;C): </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation> 네임스페이스(&amp;N): </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>모든 네임스페이스</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation>스냅숏 %1(오프라인, 읽기 전용)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1에 연결됨</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation>%1에 다시 연결하는 중…(마지막으로 알려진 데이터 표시 중)</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation>%1에 다시 연결하는 중: %2(마지막으로 알려진 데이터 표시 중)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>%1에 연결되지 않음: %2</translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>모든 네임스페이스</translation>
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
        <translation>kubeconfig 열기</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>스냅숏 열기</translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation>스냅숏 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation>데모 클러스터는 Rollout Desk 안에서 실행됩니다: 네임스페이스 spring-petclinic의 롤아웃 rollouts-demo. argoproj/rollouts-demo:red로 이미지 설정…을 시도해 보십시오.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation>Rollout Desk 정보</translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation>Rollout Desk %1
Kubernetes 및 OpenShift의 Argo Rollouts용 데스크톱 클라이언트입니다.</translation>
    </message>
    <message>
        <source>&amp;Snooze Notifications for 1 Hour</source>
        <extracomment>Rollout menu: no desktop notifications about this rollout for an hour</extracomment>
        <translation>1시간 동안 알림 끄기(&amp;S)</translation>
    </message>
    <message>
        <source>%1 in %2 is no longer on the board.</source>
        <extracomment>%1 namespace/name, %2 context</extracomment>
        <translation>%2의 %1이(가) 더 이상 보드에 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Watch Several Contexts…</source>
        <translation>여러 컨텍스트 감시(&amp;W)…</translation>
    </message>
    <message>
        <source>Show the rollouts of several contexts on one board</source>
        <translation>여러 컨텍스트의 롤아웃을 하나의 보드에 표시합니다</translation>
    </message>
    <message>
        <source>Clear Stored &amp;History…</source>
        <translation>저장된 기록 지우기(&amp;H)…</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer</source>
        <translation>이 컴퓨터에 보관된 롤아웃 기록을 삭제합니다</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Rollouts on the board</source>
        <translation>보드의 롤아웃</translation>
    </message>
</context>
<context>
    <name>rd::gui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message>
        <source>fails if %1</source>
        <extracomment>The Condition column when a metric only has a failureCondition</extracomment>
        <translation>%1일 때 실패</translation>
    </message>
    <message>
        <source>Analysis run %1</source>
        <translation>분석 실행 %1</translation>
    </message>
    <message>
        <source>Next measurement at %1</source>
        <translation>다음 측정: %1</translation>
    </message>
    <message>
        <source>Fails if %1</source>
        <translation>%1일 때 실패</translation>
    </message>
    <message>
        <source>Limit exceeded: the metric has failed</source>
        <translation>한도 초과: 메트릭이 실패했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>%n번 더 발생하면 메트릭이 실패합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>메트릭</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>페이즈</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>마지막 값</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>미확정</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message>
        <source> and </source>
        <extracomment>Joins the comparisons of one condition: &quot;≥ 0 and ≤ 0.01&quot;</extracomment>
        <translation> 그리고 </translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>미확정</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>No numeric value</source>
        <translation>숫자 값 없음</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>다음 측정</translation>
    </message>
    <message>
        <source>Success when %1</source>
        <translation>%1일 때 성공</translation>
    </message>
    <message>
        <source>Failure when %1</source>
        <translation>%1일 때 실패</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>메트릭 %1</translation>
    </message>
    <message>
        <source>Next measurement at %1.</source>
        <translation>다음 측정은 %1입니다.</translation>
    </message>
    <message>
        <source>The success condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>성공 조건 “%1”은(는) 단순 비교가 아니므로 그려지지 않습니다.</translation>
    </message>
    <message>
        <source>The failure condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>실패 조건 “%1”은(는) 단순 비교가 아니므로 그려지지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>숫자 값이 없는 측정 %n개는 아래쪽 가장자리에 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of metric %1</source>
        <translation>메트릭 %1 차트</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>메트릭 차트</translation>
    </message>
    <message>
        <source>No metric selected.</source>
        <translation>선택된 메트릭이 없습니다.</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>마지막 값 %1</translation>
    </message>
    <message>
        <source>last without a value (%1)</source>
        <translation>마지막 측정 값 없음(%1)</translation>
    </message>
    <message>
        <source>success when %1</source>
        <translation>%1일 때 성공</translation>
    </message>
    <message>
        <source>success when %1 (not drawn)</source>
        <translation>%1일 때 성공(그려지지 않음)</translation>
    </message>
    <message>
        <source>fails when %1</source>
        <translation>%1일 때 실패</translation>
    </message>
    <message>
        <source>fails when %1 (not drawn)</source>
        <translation>%1일 때 실패(그려지지 않음)</translation>
    </message>
    <message>
        <source>next measurement at %1</source>
        <translation>다음 측정: %1</translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>메트릭 %1: 측정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the metric chart&apos;s description</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rd::gui::NoticeClassifier</name>
    <message>
        <source>The preview is ready and waits for you to promote it.</source>
        <extracomment>Notification body: a blue-green rollout waits for promotion</extracomment>
        <translation>미리 보기가 준비되어 승격을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>The analysis was inconclusive: promote to go on, or abort to go back.</source>
        <extracomment>Notification body: analysis neither passed nor failed; a person decides</extracomment>
        <translation>분석 결과가 확정되지 않았습니다. 계속하려면 승격하고, 되돌리려면 중단하십시오.</translation>
    </message>
    <message>
        <source>The canary is paused until you promote or abort it.</source>
        <extracomment>Notification body: a canary pause without a duration</extracomment>
        <translation>승격하거나 중단할 때까지 카나리가 일시 중지됩니다.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Rollout aborted: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>롤아웃 중단됨: %1</translation>
    </message>
    <message>
        <source>The update was aborted and traffic goes back to the stable version.</source>
        <translation>업데이트가 중단되어 트래픽이 안정 버전으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Rollout degraded: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>롤아웃이 Degraded가 됨: %1</translation>
    </message>
    <message>
        <source>Analysis measurement failed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>분석 측정 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>실행 중인 분석에서 측정 %n개가 실패하거나 오류가 발생했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>조치 대기 중: %1</translation>
    </message>
    <message>
        <source>Rollout completed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>롤아웃 완료: %1</translation>
    </message>
    <message>
        <source>Healthy: every replica runs the stable version.</source>
        <translation>Healthy: 모든 레플리카가 안정 버전을 실행합니다.</translation>
    </message>
</context>
<context>
    <name>rd::gui::RevisionTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Revision tree column header (Rollout, ReplicaSet, Pod, ...)</extracomment>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Revision tree column header (stable/canary tags, ready counts, ...)</extracomment>
        <translation>정보</translation>
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
        <translation>즐겨찾기: 클릭하여 해제</translation>
    </message>
    <message>
        <source>Click to mark as favourite</source>
        <translation>클릭하여 즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Board column header tooltip for the favourite star column</extracomment>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>즐겨찾기 아님</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Board column header</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Namespace</source>
        <extracomment>Board column header</extracomment>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Board column header</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Board column header</extracomment>
        <translation>전략</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Board column header: current step / number of steps</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <source>Set weight / actual weight (%)</source>
        <extracomment>Board column header: set weight / actual weight</extracomment>
        <translation>설정 가중치 / 실제 가중치 (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Images (canary → stable)</source>
        <extracomment>Board column header</extracomment>
        <translation>이미지 (카나리 → 안정)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Board column header</extracomment>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Board column header</extracomment>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Ready replicas / current replicas</source>
        <extracomment>Board column header: ready / current replicas, as `list rollouts` shows them</extracomment>
        <translation>준비된 레플리카 / 현재 레플리카</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Board status of a rollout whose object could not be read</extracomment>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Cannot read this rollout: %1</source>
        <extracomment>Board message of an unreadable rollout; %1 is the parser&apos;s message</extracomment>
        <translation>이 롤아웃을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 (reconnecting)</source>
        <extracomment>Board cell: context name, its connection is being retried</extracomment>
        <translation>%1(다시 연결하는 중)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>Board cell: context name, its connection failed</extracomment>
        <translation>%1(실패)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Board tooltip: context name and why its connection is not up</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Board column header: the kubeconfig context of the rollout</extracomment>
        <translation>컨텍스트</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation>보드에서 롤아웃을 선택하면 단계, 가중치, 리비전을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation>전략:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation>설정 가중치:</translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation>실제 가중치:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>레플리카:</translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation>이 롤아웃이 Degraded인 이유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation>이미지를 안정 버전으로 되돌리기(&amp;S)</translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation>이미지를 안정 버전으로 되돌리기</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs (also the View menu&apos;s entries)</extracomment>
        <translation>단계(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation>가중치 차트(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>리비전(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>컨테이너(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>분석(&amp;N)</translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation>상태 조건(&amp;D)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation>이 롤아웃에는 카나리 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>PNG 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation>리비전 트리</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>텍스트로 복사(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation>kubectl argo rollouts get rollout 출력과 같은 형식으로 트리를 복사합니다</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation>이미지(원하는 버전)</translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation>안정 이미지</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>분석 실행</translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation>분석 실행 / 메트릭</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>상태 조건</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>마지막 업데이트</translation>
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
        <translation>원하는 수 %1 · 현재 %2 · 업데이트됨 %3 · 준비됨 %4 · 사용 가능 %5</translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation>업데이트가 중단되었습니다. Degraded 상태는 애플리케이션의 정상 여부를 나타내지 않습니다. 안정 버전(%1)이 실행 중이며 모든 트래픽을 받고 있습니다. 이 상태는 spec.template의 원하는 버전(%2)과 실행 중인 안정 버전이 다르다는 것만 나타냅니다.

이 상태를 해제하려면 이미지를 안정 버전으로 되돌리십시오. 롤아웃은 분석 및 승격 단계를 건너뛰고 안정 ReplicaSet으로 바로 돌아갑니다. 또는 다시 시도를 사용하여 업데이트를 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>init 컨테이너</translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation>측정 %1, 조건 %2</translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation>분석 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation>가중치 차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation>가중치 기록을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Read-only: actions are switched off.</source>
        <translation>읽기 전용: 작업이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Opens Set Image with the stable version&apos;s image: %1</source>
        <translation>안정 버전의 이미지 %1(으)로 이미지 설정을 엽니다</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <extracomment>Rollout page tab: the rollout&apos;s story (Events, live changes, actions)</extracomment>
        <translation>기록(&amp;Y)</translation>
    </message>
    <message>
        <source>This rollout cannot be read</source>
        <extracomment>Title of the notice shown instead of a rollout whose object failed to parse</extracomment>
        <translation>이 롤아웃을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The rollout&apos;s object could not be read, so nothing of it is shown: %1</source>
        <extracomment>Shown instead of a rollout whose object failed to parse; %1 is the parser&apos;s message</extracomment>
        <translation>롤아웃 개체를 읽을 수 없어 아무것도 표시하지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPageHeader</name>
    <message>
        <source>Rollout name</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>롤아웃 이름</translation>
    </message>
    <message>
        <source>Rollout status</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>롤아웃 상태</translation>
    </message>
    <message>
        <source>Status message</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>상태 메시지</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>전략</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>현재 단계</translation>
    </message>
    <message>
        <source>Set weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>설정 가중치</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>실제 가중치</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>Why the rollout cannot be read</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>롤아웃을 읽을 수 없는 이유</translation>
    </message>
    <message>
        <source>Why the rollout is Degraded</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>롤아웃이 Degraded인 이유</translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation>%1의 이미지 설정</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>컨테이너(&amp;O):</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation>%1(init 컨테이너)</translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation>현재 이미지:</translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation>새 이미지(&amp;I):</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>새 이미지</translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation>이 롤아웃이 이전에 실행한 이미지를 선택하거나 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation>컨테이너와 유효한 이미지를 선택하면 어떤 일이 일어날지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation>컨테이너 %1은(는) 이미 %2을(를) 실행 중입니다. 변경되는 것이 없습니다.</translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation>안정 이미지입니다. 롤아웃은 분석 및 승격 단계를 건너뛰고 안정 ReplicaSet으로 바로 돌아갑니다(롤백). 카나리는 시작되지 않으며 롤아웃은 안정 상태로 돌아갑니다.</translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>%1(으)로 새 카나리 리비전이 시작되어 %n개 단계를 따릅니다. 첫 단계: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation>%1(으)로 새 미리 보기 ReplicaSet이 시작됩니다. 롤아웃이 승격되면 트래픽이 여기로 전환됩니다.</translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation>%1(으)로 새 리비전이 시작되어 실행 중인 Pod를 교체합니다.</translation>
    </message>
    <message>
        <source>All containers (*)</source>
        <extracomment>Container choice: set the image of every container (the plugin&apos;s &quot;*&quot;)</extracomment>
        <translation>모든 컨테이너 (*)</translation>
    </message>
    <message>
        <source>(differs per container)</source>
        <translation>(컨테이너마다 다름)</translation>
    </message>
    <message>
        <source>Current image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>현재 이미지</translation>
    </message>
    <message>
        <source>Problem with the new image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>새 이미지의 문제</translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation>프로덕션 컨텍스트(작업 시 롤아웃 이름 입력 필요)(&amp;P):</translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation>프로덕션 컨텍스트</translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation>읽기 전용 모드: 모든 작업 끄기(&amp;R)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications when a rollout needs me or finishes:</source>
        <translation>롤아웃에 내 조치가 필요하거나 완료되면 데스크톱 알림(&amp;D):</translation>
    </message>
    <message>
        <source>It &amp;waits for me (a pause for promotion, an inconclusive analysis)</source>
        <translation>내 조치를 기다릴 때(승격을 위한 일시 중지, 결론이 나지 않은 분석)(&amp;W)</translation>
    </message>
    <message>
        <source>Notify when a rollout waits for me</source>
        <translation>롤아웃이 내 조치를 기다리면 알림</translation>
    </message>
    <message>
        <source>An &amp;analysis measurement fails or errors</source>
        <translation>분석 측정이 실패하거나 오류가 발생할 때(&amp;A)</translation>
    </message>
    <message>
        <source>Notify when an analysis measurement fails</source>
        <translation>분석 측정이 실패하면 알림</translation>
    </message>
    <message>
        <source>It is a&amp;borted</source>
        <translation>중단될 때(&amp;B)</translation>
    </message>
    <message>
        <source>Notify when a rollout is aborted</source>
        <translation>롤아웃이 중단되면 알림</translation>
    </message>
    <message>
        <source>It becomes De&amp;graded for another reason</source>
        <translation>다른 이유로 Degraded가 될 때(&amp;G)</translation>
    </message>
    <message>
        <source>Notify when a rollout becomes Degraded</source>
        <translation>롤아웃이 Degraded가 되면 알림</translation>
    </message>
    <message>
        <source>It &amp;completes</source>
        <translation>완료될 때(&amp;C)</translation>
    </message>
    <message>
        <source>Notify when a rollout completes</source>
        <translation>롤아웃이 완료되면 알림</translation>
    </message>
    <message>
        <source>Only for my &amp;favourites</source>
        <translation>즐겨찾기만(&amp;F)</translation>
    </message>
    <message>
        <source>Notify only for favourite rollouts</source>
        <translation>즐겨찾기한 롤아웃에 대해서만 알림</translation>
    </message>
    <message>
        <source>&amp;Keep the rollout history on this computer (History tab)</source>
        <translation>이 컴퓨터에 롤아웃 기록 보관(기록 탭)(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message>
        <source>Set weight to %1 %</source>
        <extracomment>Canary step: send this percentage of traffic to the canary</extracomment>
        <translation>가중치를 %1%로 설정</translation>
    </message>
    <message>
        <source>Pause until promoted</source>
        <extracomment>Canary step: a pause without duration</extracomment>
        <translation>승격될 때까지 일시 중지</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>일시 중지 (%1)</translation>
    </message>
    <message>
        <source>Pause for %1</source>
        <extracomment>Canary step: a timed pause, %1 is a duration like 10s or 1m30s</extracomment>
        <translation>%1 동안 일시 중지</translation>
    </message>
    <message>
        <source>Run an analysis</source>
        <translation>분석 실행</translation>
    </message>
    <message>
        <source>Run analysis: %1</source>
        <extracomment>Canary step: %1 lists analysis template names</extracomment>
        <translation>분석 실행: %1</translation>
    </message>
    <message>
        <source>Run an experiment</source>
        <translation>실험 실행</translation>
    </message>
    <message>
        <source>Run an experiment for %1</source>
        <extracomment>Canary step: %1 is a duration</extracomment>
        <translation>%1 동안 실험 실행</translation>
    </message>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>카나리를 레플리카 %n개로 스케일링</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale the canary to %1 % of replicas</source>
        <translation>카나리를 레플리카의 %1%로 스케일링</translation>
    </message>
    <message>
        <source>Scale the canary to match the traffic weight</source>
        <translation>트래픽 가중치에 맞춰 카나리 스케일링</translation>
    </message>
    <message>
        <source>Set header-based route</source>
        <translation>헤더 기반 라우트 설정</translation>
    </message>
    <message>
        <source>Set mirror route</source>
        <translation>미러 라우트 설정</translation>
    </message>
    <message>
        <source>Run step plugin %1</source>
        <translation>단계 플러그인 %1 실행</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Steps list: step number and its description, e.g. &quot;2. Pause until promoted&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <extracomment>Steps list: countdown appended to the current timed pause</extracomment>
        <translation>%1 — %2 남음</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>현재 단계</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
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
        <translation>저장된 기록 지우기</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer for every context? The History tabs then start again from the Events the clusters still have.</source>
        <translation>모든 컨텍스트에 대해 이 컴퓨터에 보관된 롤아웃 기록을 삭제하시겠습니까? 삭제 후 기록 탭은 클러스터에 아직 남아 있는 Events부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>기록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>기록 지우기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The stored rollout history was cleared.</source>
        <translation>저장된 롤아웃 기록을 지웠습니다.</translation>
    </message>
    <message>
        <source>The stored rollout history could not be cleared: the file is in use by another program.</source>
        <translation>저장된 롤아웃 기록을 지울 수 없습니다. 다른 프로그램에서 파일을 사용 중입니다.</translation>
    </message>
</context>
<context>
    <name>rd::gui::TimelineModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>제시된 사유: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>수행자</translation>
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
        <translation>여러 컨텍스트 감시</translation>
    </message>
    <message>
        <source>Contexts to watch</source>
        <translation>감시할 컨텍스트</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>감시</translation>
    </message>
    <message>
        <source>Watch the checked contexts</source>
        <translation>선택한 컨텍스트를 감시합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Show the rollouts of the checked contexts on one board. Each context keeps its own connection; actions go to the row&apos;s own context.</source>
        <translation>선택한 컨텍스트의 롤아웃을 하나의 보드에 표시합니다. 각 컨텍스트는 자체 연결을 유지하며, 작업은 해당 행의 컨텍스트로 전송됩니다.</translation>
    </message>
    <message>
        <source>&amp;Contexts:</source>
        <extracomment>The list of the kubeconfig&apos;s contexts, each with a check box</extracomment>
        <translation>컨텍스트(&amp;C):</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
    <message>
        <source>Weight chart</source>
        <translation>가중치 차트</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>설정 가중치</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <translation>실제 가중치</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>승격</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Canary weight over time</source>
        <translation>시간에 따른 카나리 가중치</translation>
    </message>
    <message>
        <source>revision %1</source>
        <extracomment>Weight chart: a segment&apos;s revision when its image is not known</extracomment>
        <translation>리비전 %1</translation>
    </message>
    <message>
        <source>revision %1 (image %2)</source>
        <extracomment>Weight chart: a segment&apos;s revision and image</extracomment>
        <translation>리비전 %1(이미지 %2)</translation>
    </message>
    <message>
        <source>Canary</source>
        <extracomment>Weight chart legend: the canary&apos;s share of the traffic</extracomment>
        <translation>카나리</translation>
    </message>
    <message>
        <source>Stable</source>
        <extracomment>Weight chart legend: the stable version&apos;s share of the traffic</extracomment>
        <translation>안정</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <extracomment>Weight chart legend: when a timed pause ends by itself</extracomment>
        <translation>일시 중지 종료</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Weight chart legend: a marker glyph (the revision became stable)</extracomment>
        <translation>완료</translation>
    </message>
    <message>
        <source>Stable: %1</source>
        <extracomment>Weight chart: label of the stretch where a revision is the stable version</extracomment>
        <translation>안정: %1</translation>
    </message>
    <message>
        <source>Canary: %1</source>
        <extracomment>Weight chart: label of a canary stretch</extracomment>
        <translation>카나리: %1</translation>
    </message>
    <message>
        <source>No weight history is known for this rollout yet.</source>
        <translation>이 롤아웃의 가중치 기록이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Stable at 100 %, %1</source>
        <translation>안정 100%, %1</translation>
    </message>
    <message>
        <source>Aborted: canary weight 0 %, %1; all traffic is on the stable version</source>
        <translation>중단됨: 카나리 가중치 0%, %1; 모든 트래픽이 안정 버전에 있음</translation>
    </message>
    <message>
        <source>Canary weight %1 %, %2</source>
        <translation>카나리 가중치 %1%, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>일시 중지 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>승격 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abort(s)</source>
        <translation>
            <numerusform>중단 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>marked: %1</source>
        <extracomment>Weight chart summary: %1 lists counts, e.g. &quot;2 pauses, 1 promotion&quot;</extracomment>
        <translation>표시: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>최근: %1</translation>
    </message>
    <message>
        <source>paused, resuming now</source>
        <translation>일시 중지됨, 곧 재개</translation>
    </message>
    <message>
        <source>paused at step %1, resuming now</source>
        <translation>단계 %1에서 일시 중지됨, 곧 재개</translation>
    </message>
    <message>
        <source>paused, resumes in %1</source>
        <translation>일시 중지됨, %1 후 재개</translation>
    </message>
    <message>
        <source>paused at step %1, resumes in %2</source>
        <translation>단계 %1에서 일시 중지됨, %2 후 재개</translation>
    </message>
    <message>
        <source>paused until someone promotes it</source>
        <translation>승격될 때까지 일시 중지됨</translation>
    </message>
    <message>
        <source>paused at step %1 until someone promotes it</source>
        <translation>단계 %1에서 승격될 때까지 일시 중지됨</translation>
    </message>
    <message>
        <source>paused by a person until someone resumes it</source>
        <translation>사용자에 의해 일시 중지됨, 재개될 때까지 대기</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>%1 is the pause condition&apos;s reason from the cluster, e.g. BlueGreenPause</extracomment>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>일시 중지됨(%1)</translation>
    </message>
    <message>
        <source>Updated to revision %1</source>
        <translation>리비전 %1(으)로 업데이트됨</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>%1%에서 일시 중지됨</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>재개됨</translation>
    </message>
    <message>
        <source>Promoted (the pause ended before its time; read from the cluster&apos;s Events)</source>
        <translation>승격됨(일시 중지가 예정보다 일찍 끝남, 클러스터의 Events에서 확인)</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>승격됨</translation>
    </message>
    <message>
        <source>Fully promoted (read from the completion&apos;s reason)</source>
        <translation>완전히 승격됨(완료 사유에서 확인)</translation>
    </message>
    <message>
        <source>Fully promoted</source>
        <translation>완전히 승격됨</translation>
    </message>
    <message>
        <source>Aborted: all traffic back on the stable version</source>
        <translation>중단됨: 모든 트래픽이 안정 버전으로 돌아감</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>다시 시도됨</translation>
    </message>
    <message>
        <source>Revision %1 completed: it is the stable version</source>
        <translation>리비전 %1 완료: 안정 버전이 됨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>수행자: %1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>제시된 사유: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the weight chart&apos;s summary (a list joiner)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Weight chart summary: the newest marker&apos;s text (time: what, by whom) Weight chart summary: ends the summary before the newest marker&apos;s sentence</extracomment>
        <translation>. </translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightHistory</name>
    <message>
        <source>Step %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>단계 %1에서 일시 중지됨</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to Rollout Desk</source>
        <translation>Rollout Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation>Argo Rollouts를 지켜보고 조종합니다. 롤아웃을 가져올 곳을 선택하십시오.</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>kubeconfig 열기(&amp;K)…</translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation>데모 클러스터 시작(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation>애플리케이션 안의 시뮬레이션 클러스터로, rollouts-demo 롤아웃이 들어 있습니다. 모든 작업을 안전하게 시도해 보십시오.</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation>스냅숏 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation>kubectl get -o yaml로 저장한 롤아웃을 오프라인, 읽기 전용으로 봅니다.</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>kubeconfig 열기</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>데모 클러스터 시작</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>스냅숏 열기</translation>
    </message>
    <message>
        <source>Why no rollouts are shown</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>롤아웃이 표시되지 않는 이유</translation>
    </message>
</context>
<context>
    <name>rd::kube::CredentialProvider</name>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (user &quot;%1&quot;)</source>
        <translation>exec 플러그인은 대화형 모드를 지원할 수 없습니다: 표준 입력이 터미널이 아닙니다(사용자 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The oidc auth provider has no id-token; log in again.</source>
        <translation>oidc 인증 공급자에 id-token이 없습니다. 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</source>
        <translation>gcp 인증 플러그인은 제거되었습니다. gke-gcloud-auth-plugin을 사용하십시오(gcloud components install gke-gcloud-auth-plugin).</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Use kubelogin.</source>
        <translation>azure 인증 플러그인은 제거되었습니다. kubelogin을 사용하십시오.</translation>
    </message>
    <message>
        <source>The auth provider &quot;%1&quot; is not supported.</source>
        <translation>인증 공급자 &quot;%1&quot;은(는) 지원되지 않습니다.</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;: %2</source>
        <translation>토큰 파일 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>토큰 파일 &quot;%1&quot;이(가) 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec: 실행 파일 %1이(가) %n초 이내에 완료되지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: 실행 파일 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec: 실행 파일 %1이(가) 종료 코드 %2(으)로 실패했습니다</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed</source>
        <translation>exec: 실행 파일 %1이(가) 비정상 종료되었습니다</translation>
    </message>
    <message>
        <source>exec plugin output is not an ExecCredential: %1</source>
        <translation>exec 플러그인 출력이 ExecCredential이 아닙니다: %1</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec 플러그인은 API 버전 %1을(를) 사용하도록 구성되어 있지만 플러그인이 버전 %2을(를) 반환했습니다</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>exec 플러그인이 status 필드를 반환하지 않았습니다</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>exec 플러그인이 인증서와 키 중 하나만 반환했습니다(둘 다 필요합니다)</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>exec 플러그인이 토큰이나 인증서/키 쌍을 반환하지 않았습니다</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>exec 플러그인이 잘못된 expirationTimestamp &quot;%1&quot;을(를) 반환했습니다</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MiB of output; it was stopped</source>
        <translation>exec: 실행 파일 %1이(가) %2 MiB를 초과하는 출력을 기록하여 중지되었습니다</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeClient</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3</source>
        <translation>%1 파일 &quot;%2&quot;을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>클러스터 &quot;%2&quot;의 서버 주소 &quot;%1&quot;은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>인증 기관</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>클러스터 &quot;%1&quot;의 인증 기관에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>The client certificate or key of user &quot;%1&quot; cannot be read.</source>
        <translation>사용자 &quot;%1&quot;의 클라이언트 인증서 또는 키를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; uses the scheme &quot;%2&quot;, which is not supported here; use http or socks5.</source>
        <translation>프록시 &quot;%1&quot;은(는) 여기서 지원되지 않는 스킴 &quot;%2&quot;을(를) 사용합니다. http 또는 socks5를 사용하십시오.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>%1에 대한 TLS 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>%1에서 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The server rejected the credentials of context &quot;%1&quot; (401 Unauthorized). Log in again or check the token.</source>
        <translation>서버가 컨텍스트 &quot;%1&quot;의 자격 증명을 거부했습니다(401 Unauthorized). 다시 로그인하거나 토큰을 확인하십시오.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>서버가 HTTP %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>서버가 HTTP %1(으)로 응답했습니다: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>%1의 응답이 %2 MiB보다 커서 읽지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeConfig</name>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true 또는 false여야 하는데 &quot;%1&quot;이(가) 지정되었습니다</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1은(는) 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1s&quot; must be a list</source>
        <translation>&quot;%1s&quot;은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <source>an entry of &quot;%1s&quot; is not a mapping</source>
        <translation>&quot;%1s&quot;의 항목이 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>목록에 중복된 이름 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig (expected a mapping at the top)</source>
        <translation>이 파일은 kubeconfig가 아닙니다(최상위에 매핑이 있어야 합니다)</translation>
    </message>
    <message>
        <source>exec env entry without a name</source>
        <translation>이름이 없는 exec env 항목이 있습니다</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>구성 파일 &quot;%1&quot;을(를) 불러오는 중 오류 발생: %2행: %3</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>구성 파일 &quot;%1&quot;을(를) 불러오는 중 오류 발생: %2</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>kubeconfig 파일 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No kubeconfig found: &quot;%1&quot; does not exist.</source>
        <translation>kubeconfig를 찾을 수 없습니다: &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No kubeconfig found: none of %1 exists.</source>
        <translation>kubeconfig를 찾을 수 없습니다: %1 중 어느 것도 없습니다.</translation>
    </message>
    <message>
        <source>The kubeconfig is empty: it defines no context.</source>
        <translation>kubeconfig가 비어 있습니다: 정의된 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>The kubeconfig has no current context; choose one.</source>
        <translation>kubeconfig에 현재 컨텍스트가 없습니다. 컨텍스트를 선택하십시오.</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>컨텍스트 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>컨텍스트 &quot;%2&quot;의 클러스터 &quot;%1&quot;을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>컨텍스트 &quot;%2&quot;의 사용자 &quot;%1&quot;을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>클러스터 &quot;%1&quot;의 서버를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>more than one authentication method found for &quot;%1&quot;; found token and basicAuth, only one is allowed</source>
        <translation>&quot;%1&quot;에 대해 둘 이상의 인증 방법이 있습니다. token과 basicAuth가 있지만 하나만 허용됩니다</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for &quot;%1&quot; to use the clientCert authentication method.</source>
        <translation>&quot;%1&quot;에서 clientCert 인증 방법을 사용하려면 client-key-data 또는 client-key를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for &quot;%1&quot;</source>
        <translation>&quot;%1&quot;에 대해 authProvider를 exec 플러그인과 함께 지정할 수 없습니다</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for &quot;%1&quot; without impersonating a user</source>
        <translation>사용자를 가장하지 않고 &quot;%1&quot;에 대해 uid, groups 또는 user-extra를 요청하고 있습니다</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>exec 플러그인: apiVersion &quot;%1&quot;이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for &quot;%1&quot; to use exec authentication plugin</source>
        <translation>&quot;%1&quot;에서 exec 인증 플러그인을 사용하려면 interactiveMode를 지정해야 합니다</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed (cluster &quot;%1&quot;)</source>
        <translation>insecure 플래그와 함께 루트 인증서 파일을 지정할 수 없습니다(클러스터 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>지원되지 않는 프록시 스킴 &quot;%1&quot;입니다. http, https 또는 socks5여야 합니다</translation>
    </message>
    <message>
        <source>the extension is nested too deeply</source>
        <translation>확장의 중첩이 너무 깊습니다</translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>may not be &apos;.&apos;</source>
        <translation>&apos;.&apos;일 수 없습니다</translation>
    </message>
    <message>
        <source>may not be &apos;..&apos;</source>
        <translation>&apos;..&apos;일 수 없습니다</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>&apos;/&apos;를 포함할 수 없습니다</translation>
    </message>
    <message>
        <source>may not contain &apos;%&apos;</source>
        <translation>&apos;%&apos;를 포함할 수 없습니다</translation>
    </message>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>%1자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;, or &apos;123-abc&apos;)</source>
        <translation>소문자 RFC 1123 레이블은 소문자 영숫자 또는 &apos;-&apos;로 구성되어야 하며 영숫자로 시작하고 끝나야 합니다(예: &apos;my-name&apos;, &apos;123-abc&apos;)</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;)</source>
        <translation>소문자 RFC 1123 하위 도메인은 소문자 영숫자, &apos;-&apos; 또는 &apos;.&apos;로 구성되어야 하며 영숫자로 시작하고 끝나야 합니다(예: &apos;example.com&apos;)</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid %3 name: %4</source>
        <translation>%1 %2은(는) 유효한 %3 이름이 아닙니다: %4</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid namespace name: %3</source>
        <translation>%1 %2은(는) 유효한 네임스페이스 이름이 아닙니다: %3</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>…(%n자)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::Reflector</name>
    <message>
        <source>The list of %1 could not be read.</source>
        <translation>%1 목록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The watch of %1 ended immediately.</source>
        <translation>%1 감시(watch)가 즉시 종료되었습니다.</translation>
    </message>
    <message>
        <source>The list of %1 is larger than %2 MiB; it was not used.</source>
        <translation>%1 목록이 %2 MiB보다 커서 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server repeated a continue token while listing %1; the list was not used.</source>
        <translation>%1 목록을 가져오는 중에 서버가 continue 토큰을 반복하여 목록을 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>The list of %1 did not end after %2 pages; it was not used.</source>
        <translation>%1 목록이 %2페이지가 지나도 끝나지 않아 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>JSON 아님</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event larger than %2 MiB.</source>
        <translation>%1 감시(watch)가 %2 MiB보다 큰 이벤트를 보냈습니다.</translation>
    </message>
    <message>
        <source>no object</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>object 없음</translation>
    </message>
    <message>
        <source>The watch of %1 reported an error (HTTP %2).</source>
        <translation>%1 감시(watch)가 오류를 보고했습니다(HTTP %2).</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>알 수 없는 type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object of kind &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>kind가 &quot;%1&quot;인 객체</translation>
    </message>
    <message>
        <source>no metadata</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>metadata 없음</translation>
    </message>
    <message>
        <source>no resourceVersion</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>resourceVersion 없음</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>name 없음</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event that could not be read (%2); resuming from the last good version.</source>
        <translation>%1 감시(watch)가 읽을 수 없는 이벤트를 보냈습니다(%2). 마지막 정상 버전부터 재개합니다.</translation>
    </message>
    <message>
        <source>The watch of %1 ended in the middle of an event.</source>
        <translation>%1 감시(watch)가 이벤트 도중에 종료되었습니다.</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>네임스페이스</translation>
    </message>
</context>
<context>
    <name>rd::kube::RequestPath</name>
    <message>
        <source>The request to %1 was not sent: %2</source>
        <translation>%1에 대한 요청을 보내지 않았습니다: %2</translation>
    </message>
    <message>
        <source>the path must start with &apos;/&apos;</source>
        <translation>경로는 &apos;/&apos;로 시작해야 합니다</translation>
    </message>
    <message>
        <source>the path segment %1 is not allowed</source>
        <translation>경로 세그먼트 %1은(는) 허용되지 않습니다</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>it has more segments than RESOURCE/NAME/SUBRESOURCE</source>
        <translation>세그먼트가 RESOURCE/NAME/SUBRESOURCE보다 많습니다</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterActionRunner</name>
    <message>
        <source>The restart delay is out of range.</source>
        <translation>재시작 지연 시간이 범위를 벗어났습니다.</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterConnector</name>
    <message>
        <source>The namespace of context &quot;%1&quot;</source>
        <translation>컨텍스트 &quot;%1&quot;의 네임스페이스</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>네임스페이스</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterEventLister</name>
    <message>
        <source>the rollout name</source>
        <extracomment>Names the field in &quot;&lt;field&gt; &quot;x&quot; is not a valid Rollout name: …&quot;</extracomment>
        <translation>롤아웃 이름</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterRolloutSource</name>
    <message>
        <source>This connection is read-only: no change is sent to the cluster.</source>
        <translation>이 연결은 읽기 전용이므로 클러스터에 변경 사항을 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The rollout %1 is not in the namespace &quot;%2&quot; of this connection; nothing is sent to the cluster.</source>
        <translation>롤아웃 %1이(가) 이 연결의 네임스페이스 &quot;%2&quot;에 없습니다. 클러스터로 아무것도 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>rd::source::KubeconfigFollow</name>
    <message>
        <source>The kubeconfig cannot be read any more (%1); the connection to %2 keeps its last settings.</source>
        <translation>kubeconfig를 더 이상 읽을 수 없습니다(%1). %2에 대한 연결은 마지막 설정을 유지합니다.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context is now %1; this window stays on %2 until you choose another context.</source>
        <extracomment>%1 new current-context of the kubeconfig, %2 context shown</extracomment>
        <translation>kubeconfig의 현재 컨텍스트가 이제 %1입니다. 다른 컨텍스트를 선택할 때까지 이 창은 %2에 머뭅니다.</translation>
    </message>
    <message>
        <source>The context %1 is no longer in the kubeconfig; the connection keeps its last settings until you choose another context.</source>
        <translation>컨텍스트 %1이(가) 더 이상 kubeconfig에 없습니다. 다른 컨텍스트를 선택할 때까지 연결은 마지막 설정을 유지합니다.</translation>
    </message>
    <message>
        <source>The context %1 in the kubeconfig is no longer usable (%2); the connection keeps its last settings.</source>
        <translation>kubeconfig의 컨텍스트 %1을(를) 더 이상 사용할 수 없습니다(%2). 연결은 마지막 설정을 유지합니다.</translation>
    </message>
    <message>
        <source>The kubeconfig changed the cluster or client certificate of context %1: connecting again.</source>
        <translation>kubeconfig에서 컨텍스트 %1의 클러스터 또는 클라이언트 인증서가 변경되었습니다. 다시 연결합니다.</translation>
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
        <translation>감시할 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Context “%1” is not connected: %2</source>
        <translation>컨텍스트 “%1”이(가) 연결되어 있지 않습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is not a watched context.</source>
        <translation>“%1”은(는) 감시 중인 컨텍스트가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>rd::source::SnapshotRolloutSource</name>
    <message>
        <source>A snapshot is read-only: actions cannot be sent. Connect to the cluster to change this rollout.</source>
        <translation>스냅숏은 읽기 전용이므로 작업을 보낼 수 없습니다. 이 롤아웃을 변경하려면 클러스터에 연결하십시오.</translation>
    </message>
</context>
<context>
    <name>rd::source::TimelineStore</name>
    <message>
        <source>%1 is damaged and cannot be moved aside</source>
        <translation>%1이(가) 손상되었으며 다른 위치로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>The stored rollout history was damaged. It was moved to %1 and a new one was started.</source>
        <translation>저장된 롤아웃 기록이 손상되었습니다. 기존 기록은 %1(으)로 옮겨졌고 새 기록이 시작되었습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1이(가) 손상되었습니다</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt의 SQLite 드라이버(QSQLITE)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1을(를) 다른 프로그램에서 사용 중입니다</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rollout Desk</source>
        <translation>%1은(는) 최신 버전의 Rollout Desk에서 기록되었습니다</translation>
    </message>
    <message>
        <source>The rollout history cannot be kept on this computer (%1). It is kept for this session only.</source>
        <extracomment>%1 says why, e.g. &quot;/home/me/.local/share/rolloutdesk/history.sqlite cannot be written&quot;</extracomment>
        <translation>이 컴퓨터에 롤아웃 기록을 보관할 수 없습니다(%1). 기록은 이 세션 동안만 유지됩니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
</TS>
