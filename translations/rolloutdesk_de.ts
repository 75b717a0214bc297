<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>rd::gui::ActionController</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Action tooltip: explanation and keyboard shortcut</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Sending %1 for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionDialog</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Title of a confirmation dialog, %1 is the action, %2 the rollout</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation type="unfinished">Abbruch</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the update and send all traffic back to the stable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressing</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <extracomment>Filter chip (rollout status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <extracomment>Filter chip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter chip with its count, e.g. &quot;Paused (2)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Show: %1 — %n rollout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageReference</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n rollout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The revision tree was copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished">Namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout %1</source>
        <extracomment>Desktop notification: %1 rollout key, %2 new status word</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rollout Desk</source>
        <extracomment>Window title: context (namespace) — application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Rollout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::RevisionTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Revision tree column header (Rollout, ReplicaSet, Pod, ...)</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Revision tree column header (stable/canary tags, ready counts, ...)</extracomment>
        <translation>Info</translation>
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
        <source>%1/%2</source>
        <extracomment>Board cell: ready replicas / desired replicas</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Board cell: canary image → stable image</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Favourite: click to remove</source>
        <translation>Favorit: zum Entfernen klicken</translation>
    </message>
    <message>
        <source>Click to mark as favourite</source>
        <translation>Klicken, um als Favorit zu markieren</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Board column header tooltip for the favourite star column</extracomment>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Kein Favorit</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Board column header</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namespace</source>
        <extracomment>Board column header</extracomment>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Board column header</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Board column header</extracomment>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Board column header: current step / number of steps</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Set weight / actual weight (%)</source>
        <extracomment>Board column header: set weight / actual weight</extracomment>
        <translation>Soll-Gewicht / Ist-Gewicht (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Ready replicas / desired replicas</source>
        <extracomment>Board column header: ready / desired replicas</extracomment>
        <translation>Bereite Replikas / gewünschte Replikas</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Images (canary → stable)</source>
        <extracomment>Board column header</extracomment>
        <translation>Images (Canary → stabil)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Board column header</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Board column header</extracomment>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Meldung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Desired %1 · Current %2 · Updated %3 · Ready %4 · Available %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1  ✖ %2  ⚠ %3  error %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when a rollout pauses, degrades or is aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message>
        <source>Set weight to %1 %</source>
        <extracomment>Canary step: send this percentage of traffic to the canary</extracomment>
        <translation>Gewicht auf %1 % setzen</translation>
    </message>
    <message>
        <source>Pause until promoted</source>
        <extracomment>Canary step: a pause without duration</extracomment>
        <translation>Pausieren bis zur Hochstufung</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pausieren (%1)</translation>
    </message>
    <message>
        <source>Pause for %1</source>
        <extracomment>Canary step: a timed pause, %1 is a duration like 10s or 1m30s</extracomment>
        <translation>Pausieren für %1</translation>
    </message>
    <message>
        <source>Run an analysis</source>
        <translation>Analyse ausführen</translation>
    </message>
    <message>
        <source>Run analysis: %1</source>
        <extracomment>Canary step: %1 lists analysis template names</extracomment>
        <translation>Analyse ausführen: %1</translation>
    </message>
    <message>
        <source>Run an experiment</source>
        <translation>Experiment ausführen</translation>
    </message>
    <message>
        <source>Run an experiment for %1</source>
        <extracomment>Canary step: %1 is a duration</extracomment>
        <translation>Experiment für %1 ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>Canary auf %n Replika skalieren</numerusform>
            <numerusform>Canary auf %n Replikas skalieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale the canary to %1 % of replicas</source>
        <translation>Canary auf %1 % der Replikas skalieren</translation>
    </message>
    <message>
        <source>Scale the canary to match the traffic weight</source>
        <translation>Canary passend zum Traffic-Gewicht skalieren</translation>
    </message>
    <message>
        <source>Set header-based route</source>
        <translation>Headerbasierte Route setzen</translation>
    </message>
    <message>
        <source>Set mirror route</source>
        <translation>Spiegel-Route setzen</translation>
    </message>
    <message>
        <source>Run step plugin %1</source>
        <translation>Schritt-Plugin %1 ausführen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Steps list: step number and its description, e.g. &quot;2. Pause until promoted&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <extracomment>Steps list: countdown appended to the current timed pause</extracomment>
        <translation>%1 — noch %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Screen reader text of a step: description, then its state</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
    <message>
        <source>Weight chart</source>
        <translation>Gewichtsdiagramm</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>Soll-Gewicht</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <translation>Ist-Gewicht</translation>
    </message>
    <message>
        <source>Step change</source>
        <translation>Schrittwechsel</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Hochstufung</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Canary weight over time</source>
        <translation>Canary-Gewicht im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightHistory</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>Pausiert bei Schritt %1</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to Rollout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
