<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>rd::app::Help</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Start the simulated cluster in this process (scenario rollouts-demo) and connect to it.</source>
        <translation>Den simulierten Cluster in diesem Prozess starten (Szenario rollouts-demo) und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Time multiplier of the demo cluster (default 1; also ROLLOUTDESK_DEMO_SPEED).</source>
        <translation>Zeitfaktor des Demo-Clusters (Standard 1; auch ROLLOUTDESK_DEMO_SPEED).</translation>
    </message>
    <message>
        <source>Scenario of the demo cluster: rollouts-demo (default), showcase or scale:N.</source>
        <translation>Szenario des Demo-Clusters: rollouts-demo (Standard), showcase oder scale:N.</translation>
    </message>
    <message>
        <source>Use this kubeconfig file.</source>
        <translation>Diese kubeconfig-Datei verwenden.</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>Diesen kubeconfig-Kontext verwenden.</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>Diesen Namespace anzeigen.</translation>
    </message>
    <message>
        <source>Show all namespaces.</source>
        <translation>Alle Namespaces anzeigen.</translation>
    </message>
    <message>
        <source>Open a snapshot (YAML/JSON file or folder), offline and read-only.</source>
        <translation>Einen Snapshot öffnen (YAML/JSON-Datei oder Ordner), offline und schreibgeschützt.</translation>
    </message>
    <message>
        <source>Switch every action off.</source>
        <translation>Alle Aktionen ausschalten.</translation>
    </message>
    <message>
        <source>User interface language, e.g. ja (default: the language chosen in the settings, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche, z. B. ja (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Quit N ms after rollouts are shown (tests; also ROLLOUTDESK_QUIT_AFTER_MS).</source>
        <translation>N ms nach dem Anzeigen der Rollouts beenden (Tests; auch ROLLOUTDESK_QUIT_AFTER_MS).</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>Rollout Desk: a desktop client for Argo Rollouts.</source>
        <translation>Rollout Desk: ein Desktop-Client für Argo Rollouts.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Watch these kubeconfig contexts (comma-separated) on one board.</source>
        <translation>Diese kubeconfig-Kontexte (kommagetrennt) in einer Übersicht überwachen.</translation>
    </message>
</context>
<context>
    <name>rd::app::SimDemoCluster</name>
    <message>
        <source>no temporary folder for its kubeconfig: %1</source>
        <translation>kein temporärer Ordner für seine kubeconfig: %1</translation>
    </message>
</context>
<context>
    <name>rd::cli::ClusterCommands</name>
    <message>
        <source>the rollout name</source>
        <translation>der Rollout-Name</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
</context>
<context>
    <name>rd::cli::Help</name>
    <message>
        <source>kubeconfig to use (default: KUBECONFIG or ~/.kube/config)</source>
        <translation>zu verwendende kubeconfig (Standard: KUBECONFIG oder ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>every namespace (list)</source>
        <translation>alle Namespaces (list)</translation>
    </message>
    <message>
        <source>read objects from a YAML/JSON file or folder instead of a cluster</source>
        <translation>Objekte aus einer YAML/JSON-Datei oder einem Ordner statt aus einem Cluster lesen</translation>
    </message>
    <message>
        <source>compute ages as of this RFC 3339 instant (snapshots)</source>
        <translation>Alter zu diesem RFC-3339-Zeitpunkt berechnen (Snapshots)</translation>
    </message>
    <message>
        <source>no ANSI colours (also when TERM=dumb)</source>
        <translation>keine ANSI-Farben (auch bei TERM=dumb)</translation>
    </message>
    <message>
        <source>language of this help, e.g. ja (default: the system&apos;s); the output of the commands is always English</source>
        <translation>Sprache dieser Hilfe, z. B. ja (Standard: die des Systems); die Ausgabe der Befehle ist immer Englisch</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>Version anzeigen</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>rolloutdesk-cli: the console companion of Rollout Desk (Argo Rollouts).</source>
        <translation>rolloutdesk-cli: das Konsolenwerkzeug zu Rollout Desk (Argo Rollouts).</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>print connection diagnostics (retries, reconnects) on stderr</source>
        <translation>Verbindungsdiagnose (Wiederholungen, Neuverbindungen) auf stderr ausgeben</translation>
    </message>
    <message>
        <source>list rollouts of several contexts, CONTEXT column first (not in the plugin)</source>
        <translation>Rollouts mehrerer Kontexte auflisten, Spalte CONTEXT zuerst (nicht im Plugin)</translation>
    </message>
</context>
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1 (Revision %2) mit %n verfügbaren Pod</numerusform>
            <numerusform>ReplicaSet %1 (Revision %2) mit %n verfügbaren Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the traffic</source>
        <extracomment>%1 the canary&apos;s actual traffic weight in percent</extracomment>
        <translation>%1 % des Traffics</translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>Der gesamte Traffic ist wieder auf der stabilen Version (%n s nach dem Abbruch).</numerusform>
            <numerusform>Der gesamte Traffic ist wieder auf der stabilen Version (%n s nach dem Abbruch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1: %n s nach dem Abbruch ist die stabile Version noch immer nicht vollständig verfügbar.</numerusform>
            <numerusform>%1: %n s nach dem Abbruch ist die stabile Version noch immer nicht vollständig verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1: %n s nach dem Abbruch bedient der Canary noch immer: %2.</numerusform>
            <numerusform>%1: %n s nach dem Abbruch bedient der Canary noch immer: %2.</numerusform>
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
        <translation>%2: „%1“ wird gesendet…</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation>%2: „%1“ fehlgeschlagen: %3</translation>
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
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation>&amp;Später neu starten, in Minuten:</translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation>Minuten bis zum Neustart</translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation>Rollback auf &amp;Revision:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>Später neu starten</translation>
    </message>
    <message>
        <source>revision %1 — %2</source>
        <extracomment>Roll back dialog: one choice, %1 the revision number, %2 its images</extracomment>
        <translation>Revision %1 — %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation>Voll hochstufen</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation>Image setzen…</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation>Rollback…</translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation>Mit dem nächsten Schritt der Aktualisierung fortfahren</translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation>Alle verbleibenden Schritte überspringen und die neue Version zur stabilen machen</translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation>Die Aktualisierung an der aktuellen Stelle anhalten, bis sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation>Eine pausierte Aktualisierung fortsetzen</translation>
    </message>
    <message>
        <source>Abort the update and send all traffic back to the stable version</source>
        <extracomment>Tooltip of Abort; unlike Pause (&quot;stop where it is&quot;), the update does not continue</extracomment>
        <translation>Abbruch der Aktualisierung: Der gesamte Traffic geht zurück an die stabile Version</translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation>Die abgebrochene Aktualisierung ab dem ersten Schritt neu starten</translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation>Alle Pods des Rollouts jetzt oder später neu starten</translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation>Ein Container-Image ändern: startet eine neue Revision</translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation>Zur Pod-Vorlage einer früheren Revision zurückkehren</translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation>Voll hochstufen</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>Rollout pausieren</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>Rollout fortsetzen</translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation>Abbruch ausführen</translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation>Rollout wiederholen</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>Pods neu starten</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>Image setzen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rollback ausführen</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>Wählen Sie zuerst ein Rollout aus.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation>Nur-Lese-Modus: Aktionen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation>Eine Anfrage für dieses Rollout wird noch gesendet.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation>Ihr Konto darf rollouts/status im Namespace %1 nicht patchen.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation>Ihr Konto darf rollouts im Namespace %1 nicht patchen.</translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation>Die Aktualisierung wurde abgebrochen: Verwenden Sie „Wiederholen“ oder setzen Sie das Image.</translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation>Nichts hochzustufen: Das Rollout ist vollständig hochgestuft.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation>Das Rollout ist bereits pausiert.</translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation>Das Rollout wurde nicht von einem Benutzer pausiert (für einen Pausenschritt „Hochstufen“ verwenden).</translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation>Die Aktualisierung ist bereits abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation>Kein Abbruch möglich: Es läuft keine Aktualisierung.</translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation>Nur eine abgebrochene Aktualisierung kann wiederholt werden.</translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation>Das Rollout hat keine Container.</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>Es gibt keine frühere Revision für einen Rollback.</translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation>Das Rollout verlässt Schritt %1 von %2 und fährt mit dem nächsten Schritt fort. Wie die folgenden Schritte es vorsehen, geht mehr Traffic an die Canary-Version.</translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation>Das Rollout fährt mit seinem nächsten Schritt fort.</translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation>Alle verbleibenden Schritte, Pausen und Analysen werden übersprungen. Die Canary-Version wird zur stabilen Version und erhält den gesamten Traffic.</translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation>Die Aktualisierung hält an der aktuellen Stelle an. Traffic-Gewichte und Replikas bleiben unverändert, bis jemand das Rollout fortsetzt oder hochstuft.</translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation>Die pausierte Aktualisierung wird ab ihrem aktuellen Schritt fortgesetzt.</translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation>Beim Abbruch werden die Ressourcen der neuen Canary-Version entfernt: Ihr ReplicaSet wird auf 0 Replikas skaliert, und die vorherige stabile Version wird wiederhergestellt. Der gesamte Traffic, der an den Canary ging (Ingress, Route, Virtual Service), geht wieder an die stabile Version.

Danach zeigt das Rollout Degraded an, bis Sie das Image auf die stabile Version zurücksetzen oder die Aktualisierung wiederholen.</translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation>Die abgebrochene Aktualisierung beginnt erneut mit ihrem ersten Schritt: Ein Canary wird hochskaliert und erhält Traffic, wie es die Schritte vorsehen.</translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>Alle Pods des Rollouts werden in %n Sekunde schrittweise neu gestartet.</numerusform>
            <numerusform>Alle Pods des Rollouts werden in %n Sekunden schrittweise neu gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation>Alle Pods des Rollouts werden jetzt schrittweise neu gestartet. Image und Schritte ändern sich nicht.</translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation>Container %1 erhält das Image %2.</translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>Die Pod-Vorlage der Revision %1 wird wiederhergestellt. Dadurch beginnt eine neue Aktualisierung, die den Schritten des Rollouts folgt.</translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>Die Pod-Vorlage der vorherigen Revision wird wiederhergestellt. Dadurch beginnt eine neue Aktualisierung, die den Schritten des Rollouts folgt.</translation>
    </message>
    <message>
        <source>Rollout %1 promoted.</source>
        <translation>Rollout %1 wurde hochgestuft.</translation>
    </message>
    <message>
        <source>Rollout %1 fully promoted.</source>
        <translation>Rollout %1 wurde vollständig hochgestuft.</translation>
    </message>
    <message>
        <source>Rollout %1 paused.</source>
        <translation>Rollout %1 wurde pausiert.</translation>
    </message>
    <message>
        <source>Rollout %1 resumed.</source>
        <translation>Rollout %1 wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>Rollout %1 aborted: the canary is scaled down and all traffic goes to the stable version.</source>
        <translation>Rollout %1 wurde abgebrochen: Der Canary wird herunterskaliert, und der gesamte Traffic geht an die stabile Version.</translation>
    </message>
    <message>
        <source>Rollout %1 retried: the update starts again from its first step.</source>
        <translation>Rollout %1 wird wiederholt: Die Aktualisierung beginnt erneut mit ihrem ersten Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>Rollout %1 startet seine Pods in %n Sekunde neu.</numerusform>
            <numerusform>Rollout %1 startet seine Pods in %n Sekunden neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout %1 restarts its pods now.</source>
        <translation>Rollout %1 startet seine Pods jetzt neu.</translation>
    </message>
    <message>
        <source>Rollout %1: container %2 now wants image %3.</source>
        <extracomment>%1 rollout, %2 container, %3 image</extracomment>
        <translation>Rollout %1: Container %2 soll jetzt das Image %3 verwenden.</translation>
    </message>
    <message>
        <source>Rollout %1 rolled back.</source>
        <translation>Rollback von Rollout %1 ausgeführt.</translation>
    </message>
    <message>
        <source>The rollout&apos;s object cannot be read: %1</source>
        <translation>Das Objekt des Rollouts kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisBudgetView</name>
    <message>
        <source>&amp;Metrics of the current analysis, riskiest first:</source>
        <translation>&amp;Metriken der aktuellen Analyse, riskanteste zuerst:</translation>
    </message>
    <message>
        <source>Analysis metrics</source>
        <translation>Analysemetriken</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisRisk</name>
    <message>
        <source>failed measurements</source>
        <translation>fehlgeschlagene Messungen</translation>
    </message>
    <message>
        <source>inconclusive measurements</source>
        <translation>nicht eindeutige Messungen</translation>
    </message>
    <message>
        <source>consecutive errors</source>
        <translation>aufeinanderfolgende Fehler</translation>
    </message>
    <message>
        <source>Running analysis at risk: metric %1 has used %2 of its allowed %3.</source>
        <extracomment>%1 metric name, %2 e.g. &quot;1 / 2&quot;, %3 &quot;failed measurements&quot;</extracomment>
        <translation>Laufende Analyse gefährdet: Metrik %1 hat %2 der erlaubten %3 verbraucht.</translation>
    </message>
</context>
<context>
    <name>rd::gui::AttemptsModel</name>
    <message>
        <source>In progress</source>
        <extracomment>Attempt outcome: the update is still going on</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Attempt outcome: the revision became stable</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <extracomment>Attempt outcome</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Attempt outcome: another update replaced it before it finished</extracomment>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2 so far</source>
        <translation>Schritt %1: bisher %2</translation>
    </message>
    <message>
        <source>The update began before the oldest entry known of this rollout.</source>
        <translation>Die Aktualisierung begann vor dem ältesten bekannten Eintrag dieses Rollouts.</translation>
    </message>
    <message>
        <source>Time in pauses that only a person ends (a pause step without duration, an inconclusive analysis, a manual pause)</source>
        <translation>Zeit in Pausen, die nur eine Person beenden kann (ein Pausenschritt ohne Dauer, eine nicht eindeutige Analyse, eine manuelle Pause)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Attempt start that is only known to be before this time</extracomment>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <extracomment>An attempt that began with a retry after an abort</extracomment>
        <translation>%1 (Wiederholung)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <extracomment>Column: time the attempt waited for a person to promote or resume it</extracomment>
        <translation>Warten auf eine Person</translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation>Handlungsbedarf</translation>
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
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation>Name oder label:value  (Strg+F)</translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation>Rollouts suchen</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter chip with its count, e.g. &quot;Paused (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Show: %1 — %n rollout(s)</source>
        <translation>
            <numerusform>Anzeige: %1 — %n Rollout</numerusform>
            <numerusform>Anzeige: %1 — %n Rollouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <extracomment>Filter chip: rollouts paused until a person acts, or Degraded, in every watched context</extracomment>
        <translation>Wartet auf mich</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>Kontext anzeigen</translation>
    </message>
    <message>
        <source>Show the rollouts of one context, or of all watched contexts</source>
        <translation>Die Rollouts eines Kontexts oder aller überwachten Kontexte anzeigen</translation>
    </message>
    <message>
        <source>All contexts</source>
        <extracomment>Context filter entry</extracomment>
        <translation>Alle Kontexte</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation>Kontext: %1
Namespace: %2
Rollout: %3</translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation>Produktionskontext: %1</translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation>Entsprechender &amp;Befehl:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Entsprechender Befehl</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Den Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation>Dies ist ein Produktionskontext. Geben Sie zur Bestätigung den Namen des Rollouts (%1) ein:</translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation>Bestätigung des Rollout-Namens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Copy button after the command was copied</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history on this computer):</source>
        <extracomment>Confirmation dialog: a free text the History tab shows with this action; it is not sent to the cluster</extracomment>
        <translation>&amp;Grund (optional, wird im Verlauf auf diesem Computer gespeichert):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Context, namespace and rollout</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Kontext, Namespace und Rollout</translation>
    </message>
    <message>
        <source>What this action will do</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Was diese Aktion bewirkt</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionBanners</name>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation>Die TLS-Prüfung ist für diesen Kontext ausgeschaltet (insecure-skip-tls-verify in der kubeconfig): Die Identität des Servers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Production context %1: every action asks you to type the rollout&apos;s name.</source>
        <translation>Produktionskontext %1: Jede Aktion verlangt die Eingabe des Rollout-Namens.</translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation>Schreibgeschützt: Dies ist ein Offline-Snapshot; Aktionen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation>Nur-Lese-Modus: Aktionen sind ausgeschaltet (Einstellungen oder --read-only).</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>Produktionswarnung</translation>
    </message>
    <message>
        <source>TLS warning</source>
        <translation>TLS-Warnung</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>Nur-Lese-Modus</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation>Der Snapshot %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo cluster is not available in this program.</source>
        <translation>Der Demo-Cluster ist in diesem Programm nicht verfügbar.</translation>
    </message>
    <message>
        <source>Open a kubeconfig first to watch several contexts.</source>
        <translation>Öffnen Sie zuerst eine kubeconfig, um mehrere Kontexte zu überwachen.</translation>
    </message>
    <message>
        <source>Choose at least one context.</source>
        <translation>Wählen Sie mindestens einen Kontext.</translation>
    </message>
</context>
<context>
    <name>rd::gui::FreedesktopNotifier</name>
    <message>
        <source>Promote…</source>
        <extracomment>Notification button; opens the Promote confirmation</extracomment>
        <translation>Hochstufen…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <extracomment>Notification button; opens the Abort confirmation</extracomment>
        <translation>Abbruch…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Notification button: show the rollout in the window</extracomment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>rd::gui::HistoryView</name>
    <message>
        <source>Rollout history</source>
        <translation>Rollout-Verlauf</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <extracomment>History tab: caption of the per-attempt summary table</extracomment>
        <translation>V&amp;ersuche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>One row per update of a revision: started, finished, outcome, time per step and time waiting for a person</source>
        <translation>Eine Zeile pro Aktualisierung einer Revision: Beginn, Ende, Ergebnis, Zeit pro Schritt und Wartezeit auf eine Person</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageVerdictText</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation>Geben Sie ein Image ein, zum Beispiel registry.example.com/team/app:1.2.</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>Eine Image-Referenz darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation>Eine Image-Referenz darf kein &apos;=&apos; enthalten.</translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation>Die Image-Referenz ist zu lang.</translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation>Repository-Namen müssen kleingeschrieben sein.</translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation>Dies ist keine gültige Image-Referenz (erwartet: name[:tag][@digest]).</translation>
    </message>
</context>
<context>
    <name>rd::gui::LocaleFormat</name>
    <message>
        <source>%1s</source>
        <extracomment>Compact duration (Age column, pauses): seconds, as in &quot;36s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>Compact duration: minutes, as in &quot;2m&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>Compact duration: hours, as in &quot;3h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>Compact duration: days, as in &quot;7d&quot;</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>Compact duration: years, as in &quot;2y&quot;</extracomment>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>Compact duration of two units, the larger first, as in &quot;2m36s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Created %1 (%2 ago)</source>
        <extracomment>Tooltip of an age: %1 creation date and time, %2 how long ago (a compact duration)</extracomment>
        <translation>Erstellt am %1 (vor %2)</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n rollout(s)</source>
        <translation>
            <numerusform>%n Rollout</numerusform>
            <numerusform>%n Rollouts</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision tree was copied as text.</source>
        <translation>Der Revisionsbaum wurde als Text kopiert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>&amp;Kubeconfig öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>&amp;Snapshot öffnen…</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation>&amp;Demo-Cluster starten</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation>Rollout-&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation>Rollouts &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>&amp;Rollout</translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation>Baum als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>&amp;Favorit umschalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation>Über &amp;Rollout Desk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation> &amp;Kontext: </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation> &amp;Namespace: </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation>Snapshot %1 (offline, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation>Erneute Verbindung zu %1… (die zuletzt bekannten Daten werden angezeigt)</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation>Erneute Verbindung zu %1: %2 (die zuletzt bekannten Daten werden angezeigt)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>alle Namespaces</translation>
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
        <translation>Kubeconfig öffnen</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation>Snapshots (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation>Der Demo-Cluster läuft in Rollout Desk: Rollout rollouts-demo im Namespace spring-petclinic. Probieren Sie „Image setzen…“ mit argoproj/rollouts-demo:red aus.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation>Über Rollout Desk</translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation>Rollout Desk %1
Ein Desktop-Client für Argo Rollouts auf Kubernetes und OpenShift.</translation>
    </message>
    <message>
        <source>&amp;Snooze Notifications for 1 Hour</source>
        <extracomment>Rollout menu: no desktop notifications about this rollout for an hour</extracomment>
        <translation>Benachrichtigungen für 1 Stunde &amp;stummschalten</translation>
    </message>
    <message>
        <source>%1 in %2 is no longer on the board.</source>
        <extracomment>%1 namespace/name, %2 context</extracomment>
        <translation>%1 in %2 ist nicht mehr in der Übersicht.</translation>
    </message>
    <message>
        <source>&amp;Watch Several Contexts…</source>
        <translation>&amp;Mehrere Kontexte überwachen…</translation>
    </message>
    <message>
        <source>Show the rollouts of several contexts on one board</source>
        <translation>Die Rollouts mehrerer Kontexte in einer Übersicht anzeigen</translation>
    </message>
    <message>
        <source>Clear Stored &amp;History…</source>
        <translation>Gespeicherten &amp;Verlauf löschen…</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer</source>
        <translation>Den auf diesem Computer gespeicherten Rollout-Verlauf löschen</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Rollouts on the board</source>
        <translation>Rollouts in der Übersicht</translation>
    </message>
</context>
<context>
    <name>rd::gui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message>
        <source>fails if %1</source>
        <extracomment>The Condition column when a metric only has a failureCondition</extracomment>
        <translation>schlägt fehl, wenn %1</translation>
    </message>
    <message>
        <source>Analysis run %1</source>
        <translation>Analyselauf %1</translation>
    </message>
    <message>
        <source>Next measurement at %1</source>
        <translation>Nächste Messung um %1</translation>
    </message>
    <message>
        <source>Fails if %1</source>
        <translation>Schlägt fehl, wenn %1</translation>
    </message>
    <message>
        <source>Limit exceeded: the metric has failed</source>
        <translation>Grenze überschritten: Die Metrik ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>Noch %n bis zum Fehlschlag der Metrik</numerusform>
            <numerusform>Noch %n bis zum Fehlschlag der Metrik</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message>
        <source> and </source>
        <extracomment>Joins the comparisons of one condition: &quot;≥ 0 and ≤ 0.01&quot;</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>No numeric value</source>
        <translation>Kein numerischer Wert</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>Nächste Messung</translation>
    </message>
    <message>
        <source>Success when %1</source>
        <translation>Erfolg, wenn %1</translation>
    </message>
    <message>
        <source>Failure when %1</source>
        <translation>Fehlschlag, wenn %1</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <source>Next measurement at %1.</source>
        <translation>Nächste Messung um %1.</translation>
    </message>
    <message>
        <source>The success condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>Die Erfolgsbedingung „%1“ ist kein einfacher Vergleich und wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>The failure condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>Die Fehlschlagbedingung „%1“ ist kein einfacher Vergleich und wird nicht gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>%n Messung ohne numerischen Wert ist am unteren Rand markiert.</numerusform>
            <numerusform>%n Messungen ohne numerischen Wert sind am unteren Rand markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of metric %1</source>
        <translation>Diagramm der Metrik %1</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>Metrikdiagramm</translation>
    </message>
    <message>
        <source>No metric selected.</source>
        <translation>Keine Metrik ausgewählt.</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>letzter Wert %1</translation>
    </message>
    <message>
        <source>last without a value (%1)</source>
        <translation>letzte Messung ohne Wert (%1)</translation>
    </message>
    <message>
        <source>success when %1</source>
        <translation>Erfolg, wenn %1</translation>
    </message>
    <message>
        <source>success when %1 (not drawn)</source>
        <translation>Erfolg, wenn %1 (nicht gezeichnet)</translation>
    </message>
    <message>
        <source>fails when %1</source>
        <translation>schlägt fehl, wenn %1</translation>
    </message>
    <message>
        <source>fails when %1 (not drawn)</source>
        <translation>schlägt fehl, wenn %1 (nicht gezeichnet)</translation>
    </message>
    <message>
        <source>next measurement at %1</source>
        <translation>nächste Messung um %1</translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>Metrik %1: %n Messung</numerusform>
            <numerusform>Metrik %1: %n Messungen</numerusform>
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
        <translation>Die Vorschau ist bereit und wartet darauf, dass Sie sie hochstufen.</translation>
    </message>
    <message>
        <source>The analysis was inconclusive: promote to go on, or abort to go back.</source>
        <extracomment>Notification body: analysis neither passed nor failed; a person decides</extracomment>
        <translation>Die Analyse war nicht eindeutig: Mit „Hochstufen“ geht es weiter, mit „Abbruch“ zurück.</translation>
    </message>
    <message>
        <source>The canary is paused until you promote or abort it.</source>
        <extracomment>Notification body: a canary pause without a duration</extracomment>
        <translation>Der Canary ist pausiert, bis Sie ihn hochstufen oder einen Abbruch ausführen.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Rollout aborted: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout abgebrochen: %1</translation>
    </message>
    <message>
        <source>The update was aborted and traffic goes back to the stable version.</source>
        <translation>Die Aktualisierung wurde abgebrochen, und der Traffic geht zurück an die stabile Version.</translation>
    </message>
    <message>
        <source>Rollout degraded: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout Degraded: %1</translation>
    </message>
    <message>
        <source>Analysis measurement failed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Analysemessung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>%n fehlgeschlagene oder fehlerhafte Messung in der laufenden Analyse.</numerusform>
            <numerusform>%n fehlgeschlagene oder fehlerhafte Messungen in der laufenden Analyse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Wartet auf Sie: %1</translation>
    </message>
    <message>
        <source>Rollout completed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Healthy: every replica runs the stable version.</source>
        <translation>Healthy: Alle Replikas führen die stabile Version aus.</translation>
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
    <message>
        <source>Ready replicas / current replicas</source>
        <extracomment>Board column header: ready / current replicas, as `list rollouts` shows them</extracomment>
        <translation>Bereite Replikas / aktuelle Replikas</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Board status of a rollout whose object could not be read</extracomment>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot read this rollout: %1</source>
        <extracomment>Board message of an unreadable rollout; %1 is the parser&apos;s message</extracomment>
        <translation>Dieses Rollout kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (reconnecting)</source>
        <extracomment>Board cell: context name, its connection is being retried</extracomment>
        <translation>%1 (wird neu verbunden)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>Board cell: context name, its connection failed</extracomment>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Board tooltip: context name and why its connection is not up</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Board column header: the kubeconfig context of the rollout</extracomment>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation>Wählen Sie in der Übersicht ein Rollout aus, um seine Schritte, Gewichte und Revisionen zu sehen.</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation>Soll-Gewicht:</translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation>Ist-Gewicht:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replikas:</translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation>Warum ist dieses Rollout Degraded?</translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation>Image auf die &amp;stabile Version zurücksetzen</translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation>Image auf die stabile Version zurücksetzen</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs (also the View menu&apos;s entries)</extracomment>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation>&amp;Gewichtsdiagramm</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>&amp;Revisionen</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>C&amp;ontainer</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation>&amp;Bedingungen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation>Dieses Rollout hat keine Canary-Schritte.</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation>Revisionsbaum</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation>Den Baum so kopieren, wie kubectl argo rollouts get rollout ihn ausgibt</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation>Image (gewünscht)</translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation>Stabiles Image</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>Analyseläufe</translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation>Analyselauf / Metrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
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
        <translation>Gewünscht %1 · Aktuell %2 · Aktualisiert %3 · Bereit %4 · Verfügbar %5</translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation>Die Aktualisierung wurde abgebrochen. Der Status Degraded beschreibt nicht den Zustand Ihrer Anwendung: Die stabile Version (%1) läuft und erhält den gesamten Traffic. Er besagt nur, dass die gewünschte Version in spec.template (%2) und die laufende stabile Version sich unterscheiden.

Um ihn aufzuheben, setzen Sie das Image auf die stabile Version zurück: Das Rollout überspringt die Analyse- und Hochstufungsschritte und kehrt direkt zum stabilen ReplicaSet zurück. Oder verwenden Sie „Wiederholen“, um die Aktualisierung erneut auszuführen.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>Init-Container</translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation>Messungen %1, Bedingung %2</translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation>Keine Analyseläufe.</translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation>Gewichtsdiagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation>Gewichtsverlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Read-only: actions are switched off.</source>
        <translation>Schreibgeschützt: Aktionen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Opens Set Image with the stable version&apos;s image: %1</source>
        <translation>Öffnet „Image setzen“ mit dem Image der stabilen Version: %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <extracomment>Rollout page tab: the rollout&apos;s story (Events, live changes, actions)</extracomment>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>This rollout cannot be read</source>
        <extracomment>Title of the notice shown instead of a rollout whose object failed to parse</extracomment>
        <translation>Dieses Rollout kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The rollout&apos;s object could not be read, so nothing of it is shown: %1</source>
        <extracomment>Shown instead of a rollout whose object failed to parse; %1 is the parser&apos;s message</extracomment>
        <translation>Das Objekt des Rollouts konnte nicht gelesen werden, daher wird nichts davon angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPageHeader</name>
    <message>
        <source>Rollout name</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Rollout-Name</translation>
    </message>
    <message>
        <source>Rollout status</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Rollout-Status</translation>
    </message>
    <message>
        <source>Status message</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Set weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Soll-Gewicht</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Ist-Gewicht</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Replikas</translation>
    </message>
    <message>
        <source>Why the rollout cannot be read</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Warum das Rollout nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>Why the rollout is Degraded</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Warum das Rollout Degraded ist</translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation>Image von %1 setzen</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation>%1 (Init-Container)</translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation>Aktuelles Image:</translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation>Neues &amp;Image:</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Neues Image</translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation>Wählen Sie ein Image, das dieses Rollout bereits ausgeführt hat, oder geben Sie eines ein.</translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation>Wählen Sie einen Container und ein gültiges Image, um zu sehen, was passiert.</translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation>Container %1 führt bereits %2 aus: Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation>Dies ist das stabile Image: Das Rollout überspringt die Analyse- und Hochstufungsschritte und kehrt direkt zum stabilen ReplicaSet zurück (ein Rollback). Es wird kein Canary gestartet, und das Rollout kehrt zu stabil zurück.</translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>Eine neue Canary-Revision startet mit %1 und folgt %n Schritt, beginnend mit: %2.</numerusform>
            <numerusform>Eine neue Canary-Revision startet mit %1 und folgt %n Schritten, beginnend mit: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation>Ein neues Vorschau-ReplicaSet startet mit %1. Der Traffic wechselt dorthin, sobald das Rollout hochgestuft wird.</translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation>Eine neue Revision startet mit %1 und ersetzt die laufenden Pods.</translation>
    </message>
    <message>
        <source>All containers (*)</source>
        <extracomment>Container choice: set the image of every container (the plugin&apos;s &quot;*&quot;)</extracomment>
        <translation>Alle Container (*)</translation>
    </message>
    <message>
        <source>(differs per container)</source>
        <translation>(je nach Container unterschiedlich)</translation>
    </message>
    <message>
        <source>Current image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Aktuelles Image</translation>
    </message>
    <message>
        <source>Problem with the new image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Problem mit dem neuen Image</translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation>&amp;Produktionskontexte (Aktionen dort erfordern die Eingabe des Rollout-Namens):</translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation>Produktionskontexte</translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation>&amp;Nur-Lese-Modus: alle Aktionen ausschalten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications when a rollout needs me or finishes:</source>
        <translation>Desktop-&amp;Benachrichtigungen, wenn ein Rollout mich braucht oder fertig ist:</translation>
    </message>
    <message>
        <source>It &amp;waits for me (a pause for promotion, an inconclusive analysis)</source>
        <translation>Es &amp;wartet auf mich (eine Pause zum Hochstufen, eine nicht eindeutige Analyse)</translation>
    </message>
    <message>
        <source>Notify when a rollout waits for me</source>
        <translation>Benachrichtigen, wenn ein Rollout auf mich wartet</translation>
    </message>
    <message>
        <source>An &amp;analysis measurement fails or errors</source>
        <translation>Eine Analyse&amp;messung schlägt fehl oder meldet einen Fehler</translation>
    </message>
    <message>
        <source>Notify when an analysis measurement fails</source>
        <translation>Benachrichtigen, wenn eine Analysemessung fehlschlägt</translation>
    </message>
    <message>
        <source>It is a&amp;borted</source>
        <translation>Es wird &amp;abgebrochen</translation>
    </message>
    <message>
        <source>Notify when a rollout is aborted</source>
        <translation>Benachrichtigen, wenn ein Rollout abgebrochen wird</translation>
    </message>
    <message>
        <source>It becomes De&amp;graded for another reason</source>
        <translation>Es wird aus einem anderen Grund De&amp;graded</translation>
    </message>
    <message>
        <source>Notify when a rollout becomes Degraded</source>
        <translation>Benachrichtigen, wenn ein Rollout Degraded wird</translation>
    </message>
    <message>
        <source>It &amp;completes</source>
        <translation>Es wird abgesch&amp;lossen</translation>
    </message>
    <message>
        <source>Notify when a rollout completes</source>
        <translation>Benachrichtigen, wenn ein Rollout abgeschlossen wird</translation>
    </message>
    <message>
        <source>Only for my &amp;favourites</source>
        <translation>Nur für meine &amp;Favoriten</translation>
    </message>
    <message>
        <source>Notify only for favourite rollouts</source>
        <translation>Nur bei Favoriten-Rollouts benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Keep the rollout history on this computer (History tab)</source>
        <translation>Rollout-Verlauf auf diesem &amp;Computer speichern (Tab „Verlauf“)</translation>
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
    <name>rd::gui::StoredHistory</name>
    <message>
        <source>Clear Stored History</source>
        <translation>Gespeicherten Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer for every context? The History tabs then start again from the Events the clusters still have.</source>
        <translation>Möchten Sie den auf diesem Computer gespeicherten Rollout-Verlauf für alle Kontexte löschen? Die Tabs „Verlauf“ beginnen dann wieder mit den Events, die die Cluster noch haben.</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>&amp;Verlauf löschen</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The stored rollout history was cleared.</source>
        <translation>Der gespeicherte Rollout-Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>The stored rollout history could not be cleared: the file is in use by another program.</source>
        <translation>Der gespeicherte Rollout-Verlauf konnte nicht gelöscht werden: Die Datei wird von einem anderen Programm verwendet.</translation>
    </message>
</context>
<context>
    <name>rd::gui::TimelineModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>Angegebener Grund: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
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
        <translation>Mehrere Kontexte überwachen</translation>
    </message>
    <message>
        <source>Contexts to watch</source>
        <translation>Zu überwachende Kontexte</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Watch the checked contexts</source>
        <translation>Die markierten Kontexte überwachen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show the rollouts of the checked contexts on one board. Each context keeps its own connection; actions go to the row&apos;s own context.</source>
        <translation>Die Rollouts der markierten Kontexte in einer Übersicht anzeigen. Jeder Kontext behält seine eigene Verbindung; Aktionen gehen an den Kontext der jeweiligen Zeile.</translation>
    </message>
    <message>
        <source>&amp;Contexts:</source>
        <extracomment>The list of the kubeconfig&apos;s contexts, each with a check box</extracomment>
        <translation>&amp;Kontexte:</translation>
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
    <message>
        <source>revision %1</source>
        <extracomment>Weight chart: a segment&apos;s revision when its image is not known</extracomment>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>revision %1 (image %2)</source>
        <extracomment>Weight chart: a segment&apos;s revision and image</extracomment>
        <translation>Revision %1 (Image %2)</translation>
    </message>
    <message>
        <source>Canary</source>
        <extracomment>Weight chart legend: the canary&apos;s share of the traffic</extracomment>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Stable</source>
        <extracomment>Weight chart legend: the stable version&apos;s share of the traffic</extracomment>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <extracomment>Weight chart legend: when a timed pause ends by itself</extracomment>
        <translation>Pausenende</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Weight chart legend: a marker glyph (the revision became stable)</extracomment>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Stable: %1</source>
        <extracomment>Weight chart: label of the stretch where a revision is the stable version</extracomment>
        <translation>Stabil: %1</translation>
    </message>
    <message>
        <source>Canary: %1</source>
        <extracomment>Weight chart: label of a canary stretch</extracomment>
        <translation>Canary: %1</translation>
    </message>
    <message>
        <source>No weight history is known for this rollout yet.</source>
        <translation>Für dieses Rollout ist noch kein Gewichtsverlauf bekannt.</translation>
    </message>
    <message>
        <source>Stable at 100 %, %1</source>
        <translation>Stabil bei 100 %, %1</translation>
    </message>
    <message>
        <source>Aborted: canary weight 0 %, %1; all traffic is on the stable version</source>
        <translation>Abgebrochen: Canary-Gewicht 0 %, %1; der gesamte Traffic liegt auf der stabilen Version</translation>
    </message>
    <message>
        <source>Canary weight %1 %, %2</source>
        <translation>Canary-Gewicht %1 %, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>%n Hochstufung</numerusform>
            <numerusform>%n Hochstufungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abort(s)</source>
        <translation>
            <numerusform>%n Abbruch</numerusform>
            <numerusform>%n Abbrüche</numerusform>
        </translation>
    </message>
    <message>
        <source>marked: %1</source>
        <extracomment>Weight chart summary: %1 lists counts, e.g. &quot;2 pauses, 1 promotion&quot;</extracomment>
        <translation>im Diagramm: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Letztes Ereignis: %1</translation>
    </message>
    <message>
        <source>paused, resuming now</source>
        <translation>pausiert, wird jetzt fortgesetzt</translation>
    </message>
    <message>
        <source>paused at step %1, resuming now</source>
        <translation>bei Schritt %1 pausiert, wird jetzt fortgesetzt</translation>
    </message>
    <message>
        <source>paused, resumes in %1</source>
        <translation>pausiert, wird in %1 fortgesetzt</translation>
    </message>
    <message>
        <source>paused at step %1, resumes in %2</source>
        <translation>bei Schritt %1 pausiert, wird in %2 fortgesetzt</translation>
    </message>
    <message>
        <source>paused until someone promotes it</source>
        <translation>pausiert, bis jemand es hochstuft</translation>
    </message>
    <message>
        <source>paused at step %1 until someone promotes it</source>
        <translation>bei Schritt %1 pausiert, bis jemand es hochstuft</translation>
    </message>
    <message>
        <source>paused by a person until someone resumes it</source>
        <translation>von einer Person pausiert, bis jemand es fortsetzt</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>%1 is the pause condition&apos;s reason from the cluster, e.g. BlueGreenPause</extracomment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>pausiert (%1)</translation>
    </message>
    <message>
        <source>Updated to revision %1</source>
        <translation>Aktualisiert auf Revision %1</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>Pausiert bei %1 %</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Promoted (the pause ended before its time; read from the cluster&apos;s Events)</source>
        <translation>Hochgestuft (die Pause endete vorzeitig; aus den Events des Clusters gelesen)</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <source>Fully promoted (read from the completion&apos;s reason)</source>
        <translation>Vollständig hochgestuft (aus dem Grund des Abschlusses gelesen)</translation>
    </message>
    <message>
        <source>Fully promoted</source>
        <translation>Vollständig hochgestuft</translation>
    </message>
    <message>
        <source>Aborted: all traffic back on the stable version</source>
        <translation>Abgebrochen: Der gesamte Traffic ist wieder auf der stabilen Version</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Revision %1 completed: it is the stable version</source>
        <translation>Revision %1 abgeschlossen und jetzt die stabile Version</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angegebener Grund: %1</translation>
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
        <translation>Willkommen bei Rollout Desk</translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation>Argo Rollouts beobachten und steuern: Wählen Sie, woher die Rollouts kommen.</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>&amp;Kubeconfig öffnen…</translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation>&amp;Demo-Cluster starten</translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation>Ein simulierter Cluster in der Anwendung, mit dem Rollout rollouts-demo: Probieren Sie jede Aktion gefahrlos aus.</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation>&amp;Snapshot öffnen…</translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation>Mit kubectl get -o yaml gespeicherte Rollouts offline und schreibgeschützt ansehen.</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>Kubeconfig öffnen</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>Demo-Cluster starten</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Why no rollouts are shown</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Warum keine Rollouts angezeigt werden</translation>
    </message>
</context>
<context>
    <name>rd::kube::CredentialProvider</name>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (user &quot;%1&quot;)</source>
        <translation>das exec-Plugin kann den interaktiven Modus nicht unterstützen: Die Standardeingabe ist kein Terminal (Benutzer &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The oidc auth provider has no id-token; log in again.</source>
        <translation>Der oidc-Authentifizierungsanbieter hat kein id-token; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</source>
        <translation>Das gcp-Authentifizierungs-Plugin wurde entfernt. Verwenden Sie gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Use kubelogin.</source>
        <translation>Das azure-Authentifizierungs-Plugin wurde entfernt. Verwenden Sie kubelogin.</translation>
    </message>
    <message>
        <source>The auth provider &quot;%1&quot; is not supported.</source>
        <translation>Der Authentifizierungsanbieter &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;: %2</source>
        <translation>Token-Datei &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>die Token-Datei &quot;%1&quot; ist leer</translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec: die ausführbare Datei %1 wurde nicht innerhalb von %n Sekunde beendet</numerusform>
            <numerusform>exec: die ausführbare Datei %1 wurde nicht innerhalb von %n Sekunden beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: ausführbare Datei %1 nicht gefunden</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec: ausführbare Datei %1 ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed</source>
        <translation>exec: ausführbare Datei %1 ist abgestürzt</translation>
    </message>
    <message>
        <source>exec plugin output is not an ExecCredential: %1</source>
        <translation>die Ausgabe des exec-Plugins ist kein ExecCredential: %1</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>das exec-Plugin ist für die API-Version %1 konfiguriert, das Plugin hat Version %2 zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>das exec-Plugin hat kein status-Feld zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>das exec-Plugin hat nur das Zertifikat oder den Schlüssel zurückgegeben, nicht beides</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>das exec-Plugin hat weder ein Token noch ein Zertifikat/Schlüssel-Paar zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>das exec-Plugin hat einen ungültigen expirationTimestamp &quot;%1&quot; zurückgegeben</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MiB of output; it was stopped</source>
        <translation>exec: die ausführbare Datei %1 hat mehr als %2 MiB Ausgabe geschrieben; sie wurde beendet</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeClient</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3</source>
        <translation>Die Datei &quot;%2&quot; (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>Die Serveradresse &quot;%1&quot; des Clusters &quot;%2&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Die Zertifizierungsstelle des Clusters &quot;%1&quot; enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The client certificate or key of user &quot;%1&quot; cannot be read.</source>
        <translation>Das Client-Zertifikat oder der Schlüssel des Benutzers &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; uses the scheme &quot;%2&quot;, which is not supported here; use http or socks5.</source>
        <translation>Der Proxy &quot;%1&quot; verwendet das Schema &quot;%2&quot;, das hier nicht unterstützt wird; verwenden Sie http oder socks5.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>TLS-Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>Keine rechtzeitige Antwort von %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server rejected the credentials of context &quot;%1&quot; (401 Unauthorized). Log in again or check the token.</source>
        <translation>Der Server hat die Anmeldedaten des Kontexts &quot;%1&quot; abgelehnt (401 Unauthorized). Melden Sie sich erneut an oder prüfen Sie das Token.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeConfig</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true oder false erwartet, &quot;%1&quot; erhalten</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ist kein gültiges base64</translation>
    </message>
    <message>
        <source>&quot;%1s&quot; must be a list</source>
        <translation>&quot;%1s&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>an entry of &quot;%1s&quot; is not a mapping</source>
        <translation>ein Eintrag von &quot;%1s&quot; ist kein Mapping</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>doppelter Name &quot;%1&quot; in der Liste</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig (expected a mapping at the top)</source>
        <translation>die Datei ist keine kubeconfig (auf oberster Ebene wird ein Mapping erwartet)</translation>
    </message>
    <message>
        <source>exec env entry without a name</source>
        <translation>exec-env-Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>Fehler beim Laden der Konfigurationsdatei &quot;%1&quot;: Zeile %2: %3</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>Fehler beim Laden der Konfigurationsdatei &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>Die kubeconfig-Datei &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>No kubeconfig found: &quot;%1&quot; does not exist.</source>
        <translation>Keine kubeconfig gefunden: &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>No kubeconfig found: none of %1 exists.</source>
        <translation>Keine kubeconfig gefunden: Keine der Dateien %1 existiert.</translation>
    </message>
    <message>
        <source>The kubeconfig is empty: it defines no context.</source>
        <translation>Die kubeconfig ist leer: Sie definiert keinen Kontext.</translation>
    </message>
    <message>
        <source>The kubeconfig has no current context; choose one.</source>
        <translation>Die kubeconfig hat keinen aktuellen Kontext; wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>Kontext &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>Cluster &quot;%1&quot; für Kontext &quot;%2&quot; nicht gefunden</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>Benutzer &quot;%1&quot; für Kontext &quot;%2&quot; nicht gefunden</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>kein Server für Cluster &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>more than one authentication method found for &quot;%1&quot;; found token and basicAuth, only one is allowed</source>
        <translation>mehr als eine Authentifizierungsmethode für &quot;%1&quot; gefunden; token und basicAuth gefunden, nur eine ist erlaubt</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for &quot;%1&quot; to use the clientCert authentication method.</source>
        <translation>Für &quot;%1&quot; muss client-key-data oder client-key angegeben werden, um die Authentifizierungsmethode clientCert zu verwenden.</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for &quot;%1&quot;</source>
        <translation>authProvider kann für &quot;%1&quot; nicht zusammen mit einem exec-Plugin angegeben werden</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for &quot;%1&quot; without impersonating a user</source>
        <translation>uid, groups oder user-extra für &quot;%1&quot; angefordert, ohne die Identität eines Benutzers anzunehmen</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>exec-Plugin: ungültige apiVersion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for &quot;%1&quot; to use exec authentication plugin</source>
        <translation>für &quot;%1&quot; muss interactiveMode angegeben werden, um das exec-Authentifizierungs-Plugin zu verwenden</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed (cluster &quot;%1&quot;)</source>
        <translation>eine Stammzertifikatsdatei zusammen mit dem insecure-Flag anzugeben ist nicht erlaubt (Cluster &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>nicht unterstütztes Proxy-Schema &quot;%1&quot;, muss http, https oder socks5 sein</translation>
    </message>
    <message>
        <source>the extension is nested too deeply</source>
        <translation>die Erweiterung ist zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>may not be &apos;.&apos;</source>
        <translation>darf nicht &apos;.&apos; sein</translation>
    </message>
    <message>
        <source>may not be &apos;..&apos;</source>
        <translation>darf nicht &apos;..&apos; sein</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>may not contain &apos;%&apos;</source>
        <translation>darf kein &apos;%&apos; enthalten</translation>
    </message>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;, or &apos;123-abc&apos;)</source>
        <translation>ein RFC-1123-Label in Kleinbuchstaben darf nur aus Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden (z. B. &apos;my-name&apos; oder &apos;123-abc&apos;)</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;)</source>
        <translation>eine RFC-1123-Subdomain in Kleinbuchstaben darf nur aus Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden (z. B. &apos;example.com&apos;)</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid %3 name: %4</source>
        <translation>%1 %2 ist kein gültiger %3-Name: %4</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid namespace name: %3</source>
        <translation>%1 %2 ist kein gültiger Namespace-Name: %3</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n Zeichen)</numerusform>
            <numerusform>… (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::Reflector</name>
    <message>
        <source>The list of %1 could not be read.</source>
        <translation>Die Liste der %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The watch of %1 ended immediately.</source>
        <translation>Die Überwachung (watch) der %1 wurde sofort beendet.</translation>
    </message>
    <message>
        <source>The list of %1 is larger than %2 MiB; it was not used.</source>
        <translation>Die Liste der %1 ist größer als %2 MiB; sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The server repeated a continue token while listing %1; the list was not used.</source>
        <translation>Der Server hat beim Auflisten der %1 ein continue-Token wiederholt; die Liste wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The list of %1 did not end after %2 pages; it was not used.</source>
        <translation>Die Liste der %1 war nach %2 Seiten nicht zu Ende; sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event larger than %2 MiB.</source>
        <translation>Die Überwachung (watch) der %1 hat ein Ereignis größer als %2 MiB gesendet.</translation>
    </message>
    <message>
        <source>no object</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The watch of %1 reported an error (HTTP %2).</source>
        <translation>Die Überwachung (watch) der %1 hat einen Fehler gemeldet (HTTP %2).</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>unbekannter Typ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object of kind &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>ein Objekt der Art (kind) &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no metadata</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>keine Metadaten</translation>
    </message>
    <message>
        <source>no resourceVersion</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>keine resourceVersion</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event that could not be read (%2); resuming from the last good version.</source>
        <translation>Die Überwachung (watch) der %1 hat ein Ereignis gesendet, das nicht gelesen werden konnte (%2); sie wird ab der letzten gültigen Version fortgesetzt.</translation>
    </message>
    <message>
        <source>The watch of %1 ended in the middle of an event.</source>
        <translation>Die Überwachung (watch) der %1 endete mitten in einem Ereignis.</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>Der Namespace</translation>
    </message>
</context>
<context>
    <name>rd::kube::RequestPath</name>
    <message>
        <source>The request to %1 was not sent: %2</source>
        <translation>Die Anfrage an %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>the path must start with &apos;/&apos;</source>
        <translation>der Pfad muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>the path segment %1 is not allowed</source>
        <translation>das Pfadsegment %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>der Namespace</translation>
    </message>
    <message>
        <source>it has more segments than RESOURCE/NAME/SUBRESOURCE</source>
        <translation>er hat mehr Segmente als RESOURCE/NAME/SUBRESOURCE</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterActionRunner</name>
    <message>
        <source>The restart delay is out of range.</source>
        <translation>Die Neustartverzögerung liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterConnector</name>
    <message>
        <source>The namespace of context &quot;%1&quot;</source>
        <translation>Der Namespace des Kontexts &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>Der Namespace</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterEventLister</name>
    <message>
        <source>the rollout name</source>
        <extracomment>Names the field in &quot;&lt;field&gt; &quot;x&quot; is not a valid Rollout name: …&quot;</extracomment>
        <translation>der Rollout-Name</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterRolloutSource</name>
    <message>
        <source>This connection is read-only: no change is sent to the cluster.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Es werden keine Änderungen an den Cluster gesendet.</translation>
    </message>
    <message>
        <source>The rollout %1 is not in the namespace &quot;%2&quot; of this connection; nothing is sent to the cluster.</source>
        <translation>Das Rollout %1 ist nicht im Namespace &quot;%2&quot; dieser Verbindung; es wird nichts an den Cluster gesendet.</translation>
    </message>
</context>
<context>
    <name>rd::source::KubeconfigFollow</name>
    <message>
        <source>The kubeconfig cannot be read any more (%1); the connection to %2 keeps its last settings.</source>
        <translation>Die kubeconfig kann nicht mehr gelesen werden (%1); die Verbindung zu %2 behält ihre letzten Einstellungen.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context is now %1; this window stays on %2 until you choose another context.</source>
        <extracomment>%1 new current-context of the kubeconfig, %2 context shown</extracomment>
        <translation>Der aktuelle Kontext der kubeconfig ist jetzt %1; dieses Fenster bleibt bei %2, bis Sie einen anderen Kontext wählen.</translation>
    </message>
    <message>
        <source>The context %1 is no longer in the kubeconfig; the connection keeps its last settings until you choose another context.</source>
        <translation>Der Kontext %1 ist nicht mehr in der kubeconfig; die Verbindung behält ihre letzten Einstellungen, bis Sie einen anderen Kontext wählen.</translation>
    </message>
    <message>
        <source>The context %1 in the kubeconfig is no longer usable (%2); the connection keeps its last settings.</source>
        <translation>Der Kontext %1 in der kubeconfig ist nicht mehr verwendbar (%2); die Verbindung behält ihre letzten Einstellungen.</translation>
    </message>
    <message>
        <source>The kubeconfig changed the cluster or client certificate of context %1: connecting again.</source>
        <translation>Die kubeconfig hat den Cluster oder das Client-Zertifikat des Kontexts %1 geändert: Die Verbindung wird neu aufgebaut.</translation>
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
        <translation>Kein Kontext zum Überwachen.</translation>
    </message>
    <message>
        <source>Context “%1” is not connected: %2</source>
        <translation>Kontext „%1“ ist nicht verbunden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a watched context.</source>
        <translation>„%1“ ist kein überwachter Kontext.</translation>
    </message>
</context>
<context>
    <name>rd::source::SnapshotRolloutSource</name>
    <message>
        <source>A snapshot is read-only: actions cannot be sent. Connect to the cluster to change this rollout.</source>
        <translation>Ein Snapshot ist schreibgeschützt: Aktionen können nicht gesendet werden. Verbinden Sie sich mit dem Cluster, um dieses Rollout zu ändern.</translation>
    </message>
</context>
<context>
    <name>rd::source::TimelineStore</name>
    <message>
        <source>%1 is damaged and cannot be moved aside</source>
        <translation>%1 ist beschädigt und kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The stored rollout history was damaged. It was moved to %1 and a new one was started.</source>
        <translation>Der gespeicherte Rollout-Verlauf war beschädigt. Er wurde nach %1 verschoben und ein neuer wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1 wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rollout Desk</source>
        <translation>%1 wurde von einer neueren Version von Rollout Desk geschrieben</translation>
    </message>
    <message>
        <source>The rollout history cannot be kept on this computer (%1). It is kept for this session only.</source>
        <extracomment>%1 says why, e.g. &quot;/home/me/.local/share/rolloutdesk/history.sqlite cannot be written&quot;</extracomment>
        <translation>Der Rollout-Verlauf kann nicht auf diesem Computer gespeichert werden (%1). Er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
