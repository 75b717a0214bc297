<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>rd::app::Help</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Start the simulated cluster in this process (scenario rollouts-demo) and connect to it.</source>
        <translation>Démarrer le cluster simulé dans ce processus (scénario rollouts-demo) et s’y connecter.</translation>
    </message>
    <message>
        <source>Time multiplier of the demo cluster (default 1; also ROLLOUTDESK_DEMO_SPEED).</source>
        <translation>Facteur de temps du cluster de démonstration (1 par défaut ; aussi ROLLOUTDESK_DEMO_SPEED).</translation>
    </message>
    <message>
        <source>Scenario of the demo cluster: rollouts-demo (default), showcase or scale:N.</source>
        <translation>Scénario du cluster de démonstration : rollouts-demo (par défaut), showcase ou scale:N.</translation>
    </message>
    <message>
        <source>Use this kubeconfig file.</source>
        <translation>Utiliser ce fichier kubeconfig.</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>Utiliser ce contexte kubeconfig.</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>Afficher ce namespace.</translation>
    </message>
    <message>
        <source>Show all namespaces.</source>
        <translation>Afficher tous les namespaces.</translation>
    </message>
    <message>
        <source>Open a snapshot (YAML/JSON file or folder), offline and read-only.</source>
        <translation>Ouvrir un instantané (fichier YAML/JSON ou dossier), hors ligne et en lecture seule.</translation>
    </message>
    <message>
        <source>Switch every action off.</source>
        <translation>Désactiver toutes les actions.</translation>
    </message>
    <message>
        <source>User interface language, e.g. ja (default: the language chosen in the settings, else the system&apos;s).</source>
        <translation>Langue de l’interface, p. ex. ja (par défaut : celle choisie dans les paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Quit N ms after rollouts are shown (tests; also ROLLOUTDESK_QUIT_AFTER_MS).</source>
        <translation>Quitter N ms après l’affichage des rollouts (tests ; aussi ROLLOUTDESK_QUIT_AFTER_MS).</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Utilisation : %1 [options]</translation>
    </message>
    <message>
        <source>Rollout Desk: a desktop client for Argo Rollouts.</source>
        <translation>Rollout Desk : un client de bureau pour Argo Rollouts.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Watch these kubeconfig contexts (comma-separated) on one board.</source>
        <translation>Surveiller ces contextes kubeconfig (séparés par des virgules) sur un seul tableau.</translation>
    </message>
</context>
<context>
    <name>rd::app::SimDemoCluster</name>
    <message>
        <source>no temporary folder for its kubeconfig: %1</source>
        <translation>aucun dossier temporaire pour son kubeconfig : %1</translation>
    </message>
</context>
<context>
    <name>rd::cli::ClusterCommands</name>
    <message>
        <source>the rollout name</source>
        <translation>le nom du rollout</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
</context>
<context>
    <name>rd::cli::Help</name>
    <message>
        <source>kubeconfig to use (default: KUBECONFIG or ~/.kube/config)</source>
        <translation>kubeconfig à utiliser (par défaut : KUBECONFIG ou ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>contexte kubeconfig</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>every namespace (list)</source>
        <translation>tous les namespaces (list)</translation>
    </message>
    <message>
        <source>read objects from a YAML/JSON file or folder instead of a cluster</source>
        <translation>lire les objets dans un fichier YAML/JSON ou un dossier au lieu d’un cluster</translation>
    </message>
    <message>
        <source>compute ages as of this RFC 3339 instant (snapshots)</source>
        <translation>calculer les âges à cet instant RFC 3339 (instantanés)</translation>
    </message>
    <message>
        <source>no ANSI colours (also when TERM=dumb)</source>
        <translation>pas de couleurs ANSI (aussi quand TERM=dumb)</translation>
    </message>
    <message>
        <source>language of this help, e.g. ja (default: the system&apos;s); the output of the commands is always English</source>
        <translation>langue de cette aide, p. ex. ja (par défaut : celle du système) ; la sortie des commandes est toujours en anglais</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>rolloutdesk-cli: the console companion of Rollout Desk (Argo Rollouts).</source>
        <translation>rolloutdesk-cli : le compagnon en console de Rollout Desk (Argo Rollouts).</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>print connection diagnostics (retries, reconnects) on stderr</source>
        <translation>afficher les diagnostics de connexion (relances, reconnexions) sur stderr</translation>
    </message>
    <message>
        <source>list rollouts of several contexts, CONTEXT column first (not in the plugin)</source>
        <translation>lister les rollouts de plusieurs contextes, colonne CONTEXT en premier (absent du plugin)</translation>
    </message>
</context>
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1 (révision %2) avec %n pod disponible</numerusform>
            <numerusform>ReplicaSet %1 (révision %2) avec %n pods disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the traffic</source>
        <extracomment>%1 the canary&apos;s actual traffic weight in percent</extracomment>
        <translation>%1 % du trafic</translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>Tout le trafic est revenu sur la version stable (%n s après l’interruption).</numerusform>
            <numerusform>Tout le trafic est revenu sur la version stable (%n s après l’interruption).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1 : %n s après l’interruption, la version stable n’est toujours pas entièrement disponible.</numerusform>
            <numerusform>%1 : %n s après l’interruption, la version stable n’est toujours pas entièrement disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1 : %n s après l’interruption, le canary sert encore : %2.</numerusform>
            <numerusform>%1 : %n s après l’interruption, le canary sert encore : %2.</numerusform>
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
        <translation>%2 : envoi de « %1 »…</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation>%2 : échec de « %1 » : %3</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionDialog</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Title of a confirmation dialog, %1 is the action, %2 the rollout</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Redémarrer &amp;maintenant</translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation>Redémarrer &amp;plus tard, dans (minutes) :</translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation>Minutes avant le redémarrage</translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation>Revenir à la &amp;révision :</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>Redémarrer plus tard</translation>
    </message>
    <message>
        <source>revision %1 — %2</source>
        <extracomment>Roll back dialog: one choice, %1 the revision number, %2 its images</extracomment>
        <translation>révision %1 — %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation>Tout promouvoir</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation>Changer l’image…</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation>Rollback…</translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation>Passer à l’étape suivante de la mise à jour</translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation>Ignorer toutes les étapes restantes et rendre la nouvelle version stable</translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation>Arrêter la mise à jour là où elle en est jusqu’à sa reprise</translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation>Reprendre une mise à jour suspendue</translation>
    </message>
    <message>
        <source>Abort the update and send all traffic back to the stable version</source>
        <extracomment>Tooltip of Abort; unlike Pause (&quot;stop where it is&quot;), the update does not continue</extracomment>
        <translation>Interrompre la mise à jour et renvoyer tout le trafic vers la version stable</translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation>Relancer la mise à jour interrompue depuis sa première étape</translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation>Redémarrer tous les pods du rollout, maintenant ou plus tard</translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation>Changer l’image d’un conteneur : démarre une nouvelle révision</translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation>Revenir au modèle de pod d’une révision antérieure</translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation>Tout promouvoir</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>Suspendre le rollout</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>Reprendre le rollout</translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation>Interrompre le rollout</translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation>Réessayer le rollout</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>Redémarrer les pods</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>Changer l’image</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Effectuer le rollback</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>Sélectionnez d’abord un rollout.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation>Mode lecture seule : les actions sont désactivées.</translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation>Une requête pour ce rollout est encore en cours d’envoi.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation>Votre compte n’a pas le droit de modifier (patch) rollouts/status dans le namespace %1.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation>Votre compte n’a pas le droit de modifier (patch) les rollouts dans le namespace %1.</translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation>La mise à jour a été interrompue : utilisez « Réessayer » ou changez l’image.</translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation>Rien à promouvoir : le rollout est entièrement promu.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation>Le rollout est déjà suspendu.</translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation>Le rollout n’a pas été suspendu par un utilisateur (pour une étape de pause, utilisez « Promouvoir »).</translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation>La mise à jour est déjà interrompue.</translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation>Rien à interrompre : aucune mise à jour n’est en cours.</translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation>Seule une mise à jour interrompue peut être réessayée.</translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation>Le rollout n’a aucun conteneur.</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>Il n’existe aucune révision antérieure vers laquelle revenir.</translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation>Le rollout quitte l’étape %1 sur %2 et passe à l’étape suivante. Davantage de trafic est envoyé vers la version canary, comme le prévoient les étapes suivantes.</translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation>Le rollout passe à son étape suivante.</translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation>Toutes les étapes, pauses et analyses restantes sont ignorées. La version canary devient la version stable et reçoit tout le trafic.</translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation>La mise à jour s’arrête là où elle en est. Les poids du trafic et les réplicas restent inchangés jusqu’à ce que quelqu’un reprenne ou promeuve le rollout.</translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation>La mise à jour suspendue reprend à partir de son étape actuelle.</translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation>L’interruption supprime les ressources de la nouvelle version canary : son ReplicaSet est mis à l’échelle à 0 réplica et la version stable précédente est restaurée. Tout le trafic qui allait vers le canary (Ingress, route, service virtuel) revient vers la version stable.

Le rollout affiche ensuite Degraded jusqu’à ce que vous remettiez l’image de la version stable ou que vous réessayiez la mise à jour.</translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation>La mise à jour interrompue recommence à sa première étape : un canary est mis à l’échelle et reçoit du trafic comme le prévoient les étapes.</translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>Tous les pods du rollout sont redémarrés, quelques-uns à la fois, dans %n seconde.</numerusform>
            <numerusform>Tous les pods du rollout sont redémarrés, quelques-uns à la fois, dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation>Tous les pods du rollout sont redémarrés maintenant, quelques-uns à la fois. L’image et les étapes ne changent pas.</translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation>Le conteneur %1 reçoit l’image %2.</translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>Le modèle de pod de la révision %1 est restauré. Cela lance une nouvelle mise à jour qui suit les étapes du rollout.</translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>Le modèle de pod de la révision précédente est restauré. Cela lance une nouvelle mise à jour qui suit les étapes du rollout.</translation>
    </message>
    <message>
        <source>Rollout %1 promoted.</source>
        <translation>Rollout %1 promu.</translation>
    </message>
    <message>
        <source>Rollout %1 fully promoted.</source>
        <translation>Rollout %1 entièrement promu.</translation>
    </message>
    <message>
        <source>Rollout %1 paused.</source>
        <translation>Rollout %1 suspendu.</translation>
    </message>
    <message>
        <source>Rollout %1 resumed.</source>
        <translation>Rollout %1 repris.</translation>
    </message>
    <message>
        <source>Rollout %1 aborted: the canary is scaled down and all traffic goes to the stable version.</source>
        <translation>Rollout %1 interrompu : le canary est réduit et tout le trafic va vers la version stable.</translation>
    </message>
    <message>
        <source>Rollout %1 retried: the update starts again from its first step.</source>
        <translation>Rollout %1 relancé : la mise à jour recommence à sa première étape.</translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>Le rollout %1 redémarre ses pods dans %n seconde.</numerusform>
            <numerusform>Le rollout %1 redémarre ses pods dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout %1 restarts its pods now.</source>
        <translation>Le rollout %1 redémarre ses pods maintenant.</translation>
    </message>
    <message>
        <source>Rollout %1: container %2 now wants image %3.</source>
        <extracomment>%1 rollout, %2 container, %3 image</extracomment>
        <translation>Rollout %1 : le conteneur %2 demande désormais l’image %3.</translation>
    </message>
    <message>
        <source>Rollout %1 rolled back.</source>
        <translation>Rollback du rollout %1 effectué.</translation>
    </message>
    <message>
        <source>The rollout&apos;s object cannot be read: %1</source>
        <translation>L’objet du rollout ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisBudgetView</name>
    <message>
        <source>&amp;Metrics of the current analysis, riskiest first:</source>
        <translation>&amp;Métriques de l’analyse en cours, les plus risquées d’abord :</translation>
    </message>
    <message>
        <source>Analysis metrics</source>
        <translation>Métriques d’analyse</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisRisk</name>
    <message>
        <source>failed measurements</source>
        <translation>mesures échouées</translation>
    </message>
    <message>
        <source>inconclusive measurements</source>
        <translation>mesures non concluantes</translation>
    </message>
    <message>
        <source>consecutive errors</source>
        <translation>erreurs consécutives</translation>
    </message>
    <message>
        <source>Running analysis at risk: metric %1 has used %2 of its allowed %3.</source>
        <extracomment>%1 metric name, %2 e.g. &quot;1 / 2&quot;, %3 &quot;failed measurements&quot;</extracomment>
        <translation>Analyse en cours à risque : la métrique %1 a utilisé %2 de la limite de %3.</translation>
    </message>
</context>
<context>
    <name>rd::gui::AttemptsModel</name>
    <message>
        <source>In progress</source>
        <extracomment>Attempt outcome: the update is still going on</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Attempt outcome: the revision became stable</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Aborted</source>
        <extracomment>Attempt outcome</extracomment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Attempt outcome: another update replaced it before it finished</extracomment>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <source>step %1: %2 so far</source>
        <translation>étape %1 : %2 jusqu’ici</translation>
    </message>
    <message>
        <source>The update began before the oldest entry known of this rollout.</source>
        <translation>La mise à jour a commencé avant la plus ancienne entrée connue de ce rollout.</translation>
    </message>
    <message>
        <source>Time in pauses that only a person ends (a pause step without duration, an inconclusive analysis, a manual pause)</source>
        <translation>Temps passé dans des pauses que seule une personne peut terminer (une étape de pause sans durée, une analyse non concluante, une pause manuelle)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Attempt start that is only known to be before this time</extracomment>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <extracomment>An attempt that began with a retry after an abort</extracomment>
        <translation>%1 (relance)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Temps par étape</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <extracomment>Column: time the attempt waited for a person to promote or resume it</extracomment>
        <translation>Attente d’une personne</translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation>À surveiller</translation>
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
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation>Nom ou label:valeur  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation>Rechercher des rollouts</translation>
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
            <numerusform>Affichage : %1 — %n rollout</numerusform>
            <numerusform>Affichage : %1 — %n rollouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <extracomment>Filter chip: rollouts paused until a person acts, or Degraded, in every watched context</extracomment>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>Afficher le contexte</translation>
    </message>
    <message>
        <source>Show the rollouts of one context, or of all watched contexts</source>
        <translation>Afficher les rollouts d’un contexte ou de tous les contextes surveillés</translation>
    </message>
    <message>
        <source>All contexts</source>
        <extracomment>Context filter entry</extracomment>
        <translation>Tous les contextes</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation>Contexte : %1
Namespace : %2
Rollout : %3</translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation>Contexte de production : %1</translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation>&amp;Commande équivalente :</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation>Ceci est un contexte de production. Saisissez le nom du rollout (%1) pour confirmer :</translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation>Confirmation du nom du rollout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Copy button after the command was copied</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history on this computer):</source>
        <extracomment>Confirmation dialog: a free text the History tab shows with this action; it is not sent to the cluster</extracomment>
        <translation>Rai&amp;son (facultative, conservée dans l’historique sur cet ordinateur) :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Context, namespace and rollout</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Contexte, namespace et rollout</translation>
    </message>
    <message>
        <source>What this action will do</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Ce que fera cette action</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionBanners</name>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation>La vérification TLS est désactivée pour ce contexte (insecure-skip-tls-verify dans le kubeconfig) : l’identité du serveur n’est pas contrôlée.</translation>
    </message>
    <message>
        <source>Production context %1: every action asks you to type the rollout&apos;s name.</source>
        <translation>Contexte de production %1 : chaque action vous demande de saisir le nom du rollout.</translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation>Lecture seule : ceci est un instantané hors ligne ; les actions sont désactivées.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation>Mode lecture seule : les actions sont désactivées (Paramètres ou --read-only).</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>Avertissement de production</translation>
    </message>
    <message>
        <source>TLS warning</source>
        <translation>Avertissement TLS</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>Mode lecture seule</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation>L’instantané %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Le cluster de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The demo cluster is not available in this program.</source>
        <translation>Le cluster de démonstration n’est pas disponible dans ce programme.</translation>
    </message>
    <message>
        <source>Open a kubeconfig first to watch several contexts.</source>
        <translation>Ouvrez d’abord un kubeconfig pour surveiller plusieurs contextes.</translation>
    </message>
    <message>
        <source>Choose at least one context.</source>
        <translation>Choisissez au moins un contexte.</translation>
    </message>
</context>
<context>
    <name>rd::gui::FreedesktopNotifier</name>
    <message>
        <source>Promote…</source>
        <extracomment>Notification button; opens the Promote confirmation</extracomment>
        <translation>Promouvoir…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <extracomment>Notification button; opens the Abort confirmation</extracomment>
        <translation>Interrompre…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Notification button: show the rollout in the window</extracomment>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>rd::gui::HistoryView</name>
    <message>
        <source>Rollout history</source>
        <translation>Historique du rollout</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <extracomment>History tab: caption of the per-attempt summary table</extracomment>
        <translation>T&amp;entatives</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>One row per update of a revision: started, finished, outcome, time per step and time waiting for a person</source>
        <translation>Une ligne par mise à jour d’une révision : début, fin, résultat, temps par étape et temps d’attente d’une personne</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageVerdictText</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation>Saisissez une image, par exemple registry.example.com/team/app:1.2.</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>Une référence d’image ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation>Une référence d’image ne peut pas contenir &apos;=&apos;.</translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation>La référence d’image est trop longue.</translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation>Les noms de dépôt doivent être en minuscules.</translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation>Ce n’est pas une référence d’image valide (format attendu : nom[:tag][@digest]).</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1y</source>
        <extracomment>Compact duration: years, as in &quot;2y&quot;</extracomment>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>Compact duration of two units, the larger first, as in &quot;2m36s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Created %1 (%2 ago)</source>
        <extracomment>Tooltip of an age: %1 creation date and time, %2 how long ago (a compact duration)</extracomment>
        <translation>Créé le %1 (il y a %2)</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n rollout(s)</source>
        <translation>
            <numerusform>%n rollout</numerusform>
            <numerusform>%n rollouts</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision tree was copied as text.</source>
        <translation>L’arbre des révisions a été copié sous forme de texte.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>Ouvrir un &amp;kubeconfig…</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>Ouvrir un &amp;instantané…</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation>Démarrer le cluster de &amp;démonstration</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation>&amp;Tableau des rollouts</translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation>&amp;Rechercher des rollouts</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>&amp;Rollout</translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation>&amp;Copier l’arbre sous forme de texte</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>Ajouter aux/retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation>À &amp;propos de Rollout Desk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation> &amp;Contexte : </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation> &amp;Namespace : </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Tous les namespaces</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation>Instantané %1 (hors ligne, lecture seule)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation>Reconnexion à %1… (affichage des dernières données connues)</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation>Reconnexion à %1 : %2 (affichage des dernières données connues)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Non connecté à %1 : %2</translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>tous les namespaces</translation>
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
        <translation>Ouvrir un kubeconfig</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation>Instantanés (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation>Le cluster de démonstration s’exécute dans Rollout Desk : rollout rollouts-demo dans le namespace spring-petclinic. Essayez « Changer l’image… » avec argoproj/rollouts-demo:red.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation>À propos de Rollout Desk</translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation>Rollout Desk %1
Un client de bureau pour Argo Rollouts sur Kubernetes et OpenShift.</translation>
    </message>
    <message>
        <source>&amp;Snooze Notifications for 1 Hour</source>
        <extracomment>Rollout menu: no desktop notifications about this rollout for an hour</extracomment>
        <translation>Mettre les notifications en &amp;sourdine pendant 1 heure</translation>
    </message>
    <message>
        <source>%1 in %2 is no longer on the board.</source>
        <extracomment>%1 namespace/name, %2 context</extracomment>
        <translation>%1 dans %2 n’est plus dans le tableau.</translation>
    </message>
    <message>
        <source>&amp;Watch Several Contexts…</source>
        <translation>&amp;Surveiller plusieurs contextes…</translation>
    </message>
    <message>
        <source>Show the rollouts of several contexts on one board</source>
        <translation>Afficher les rollouts de plusieurs contextes sur un seul tableau</translation>
    </message>
    <message>
        <source>Clear Stored &amp;History…</source>
        <translation>Effacer l’&amp;historique enregistré…</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer</source>
        <translation>Effacer l’historique des rollouts conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Rollouts on the board</source>
        <translation>Rollouts du tableau</translation>
    </message>
</context>
<context>
    <name>rd::gui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message>
        <source>fails if %1</source>
        <extracomment>The Condition column when a metric only has a failureCondition</extracomment>
        <translation>échoue si %1</translation>
    </message>
    <message>
        <source>Analysis run %1</source>
        <translation>Exécution d’analyse %1</translation>
    </message>
    <message>
        <source>Next measurement at %1</source>
        <translation>Prochaine mesure à %1</translation>
    </message>
    <message>
        <source>Fails if %1</source>
        <translation>Échoue si %1</translation>
    </message>
    <message>
        <source>Limit exceeded: the metric has failed</source>
        <translation>Limite dépassée : la métrique a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>Encore %n avant l’échec de la métrique</numerusform>
            <numerusform>Encore %n avant l’échec de la métrique</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluantes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message>
        <source> and </source>
        <extracomment>Joins the comparisons of one condition: &quot;≥ 0 and ≤ 0.01&quot;</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluantes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No numeric value</source>
        <translation>Pas de valeur numérique</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>Prochaine mesure</translation>
    </message>
    <message>
        <source>Success when %1</source>
        <translation>Succès si %1</translation>
    </message>
    <message>
        <source>Failure when %1</source>
        <translation>Échec si %1</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Métrique %1</translation>
    </message>
    <message>
        <source>Next measurement at %1.</source>
        <translation>Prochaine mesure à %1.</translation>
    </message>
    <message>
        <source>The success condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>La condition de succès « %1 » n’est pas une simple comparaison et n’est pas tracée.</translation>
    </message>
    <message>
        <source>The failure condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>La condition d’échec « %1 » n’est pas une simple comparaison et n’est pas tracée.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>%n mesure sans valeur numérique est marquée en bas du graphique.</numerusform>
            <numerusform>%n mesures sans valeur numérique sont marquées en bas du graphique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of metric %1</source>
        <translation>Graphique de la métrique %1</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>Graphique de métrique</translation>
    </message>
    <message>
        <source>No metric selected.</source>
        <translation>Aucune métrique sélectionnée.</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière valeur %1</translation>
    </message>
    <message>
        <source>last without a value (%1)</source>
        <translation>dernière mesure sans valeur (%1)</translation>
    </message>
    <message>
        <source>success when %1</source>
        <translation>succès si %1</translation>
    </message>
    <message>
        <source>success when %1 (not drawn)</source>
        <translation>succès si %1 (non tracé)</translation>
    </message>
    <message>
        <source>fails when %1</source>
        <translation>échoue si %1</translation>
    </message>
    <message>
        <source>fails when %1 (not drawn)</source>
        <translation>échoue si %1 (non tracé)</translation>
    </message>
    <message>
        <source>next measurement at %1</source>
        <translation>prochaine mesure à %1</translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>Métrique %1 : %n mesure</numerusform>
            <numerusform>Métrique %1 : %n mesures</numerusform>
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
        <translation>La prévisualisation est prête et attend que vous la promouviez.</translation>
    </message>
    <message>
        <source>The analysis was inconclusive: promote to go on, or abort to go back.</source>
        <extracomment>Notification body: analysis neither passed nor failed; a person decides</extracomment>
        <translation>L’analyse n’a pas été concluante : promouvez pour continuer, ou interrompez pour revenir en arrière.</translation>
    </message>
    <message>
        <source>The canary is paused until you promote or abort it.</source>
        <extracomment>Notification body: a canary pause without a duration</extracomment>
        <translation>Le canary est suspendu jusqu’à ce que vous le promouviez ou l’interrompiez.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Rollout aborted: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout interrompu : %1</translation>
    </message>
    <message>
        <source>The update was aborted and traffic goes back to the stable version.</source>
        <translation>La mise à jour a été interrompue et le trafic revient vers la version stable.</translation>
    </message>
    <message>
        <source>Rollout degraded: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout Degraded : %1</translation>
    </message>
    <message>
        <source>Analysis measurement failed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Échec d’une mesure d’analyse : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>%n mesure échouée ou en erreur dans l’analyse en cours.</numerusform>
            <numerusform>%n mesures échouées ou en erreur dans l’analyse en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>En attente de vous : %1</translation>
    </message>
    <message>
        <source>Rollout completed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout terminé : %1</translation>
    </message>
    <message>
        <source>Healthy: every replica runs the stable version.</source>
        <translation>Healthy : tous les réplicas exécutent la version stable.</translation>
    </message>
</context>
<context>
    <name>rd::gui::RevisionTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Revision tree column header (Rollout, ReplicaSet, Pod, ...)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Revision tree column header (stable/canary tags, ready counts, ...)</extracomment>
        <translation>Infos</translation>
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
        <translation>Favori : cliquer pour retirer</translation>
    </message>
    <message>
        <source>Click to mark as favourite</source>
        <translation>Cliquer pour ajouter aux favoris</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Board column header tooltip for the favourite star column</extracomment>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Pas dans les favoris</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Board column header</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Namespace</source>
        <extracomment>Board column header</extracomment>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Board column header</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Board column header</extracomment>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Board column header: current step / number of steps</extracomment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Set weight / actual weight (%)</source>
        <extracomment>Board column header: set weight / actual weight</extracomment>
        <translation>Poids défini / poids réel (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Images (canary → stable)</source>
        <extracomment>Board column header</extracomment>
        <translation>Images (canary → stable)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Board column header</extracomment>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Board column header</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ready replicas / current replicas</source>
        <extracomment>Board column header: ready / current replicas, as `list rollouts` shows them</extracomment>
        <translation>Réplicas prêts / réplicas actuels</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Board status of a rollout whose object could not be read</extracomment>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Cannot read this rollout: %1</source>
        <extracomment>Board message of an unreadable rollout; %1 is the parser&apos;s message</extracomment>
        <translation>Impossible de lire ce rollout : %1</translation>
    </message>
    <message>
        <source>%1 (reconnecting)</source>
        <extracomment>Board cell: context name, its connection is being retried</extracomment>
        <translation>%1 (reconnexion)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>Board cell: context name, its connection failed</extracomment>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Board tooltip: context name and why its connection is not up</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Board column header: the kubeconfig context of the rollout</extracomment>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation>Sélectionnez un rollout dans le tableau pour voir ses étapes, ses poids et ses révisions.</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation>Stratégie :</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation>Poids défini :</translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation>Poids réel :</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Réplicas :</translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation>Pourquoi ce rollout est-il Degraded ?</translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation>Remettre l’image de la version &amp;stable</translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation>Remettre l’image de la version stable</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs (also the View menu&apos;s entries)</extracomment>
        <translation>Ét&amp;apes</translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation>Graphique des &amp;poids</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>Ré&amp;visions</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>C&amp;onteneurs</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation>Con&amp;ditions</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation>Ce rollout n’a aucune étape canary.</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation>Arbre des révisions</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copier sous forme de &amp;texte</translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation>Copier l’arbre tel que l’affiche kubectl argo rollouts get rollout</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation>Image (souhaitée)</translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation>Image stable</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>Exécutions d’analyse</translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation>Exécution d’analyse / métrique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
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
        <translation>Souhaités %1 · Actuels %2 · À jour %3 · Prêts %4 · Disponibles %5</translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation>La mise à jour a été interrompue. Le statut Degraded ne décrit pas l’état de santé de votre application : la version stable (%1) s’exécute et reçoit tout le trafic. Il indique seulement que la version souhaitée dans spec.template (%2) et la version stable en cours d’exécution diffèrent.

Pour le faire disparaître, remettez l’image de la version stable : le rollout ignore les étapes d’analyse et de promotion et revient directement au ReplicaSet stable. Ou utilisez « Réessayer » pour relancer la mise à jour.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>conteneur d’initialisation</translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation>mesures %1, condition %2</translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation>Aucune exécution d’analyse.</translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation>Exporter le graphique des poids en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation>Exporter l’historique des poids en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Read-only: actions are switched off.</source>
        <translation>Lecture seule : les actions sont désactivées.</translation>
    </message>
    <message>
        <source>Opens Set Image with the stable version&apos;s image: %1</source>
        <translation>Ouvre « Changer l’image » avec l’image de la version stable : %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <extracomment>Rollout page tab: the rollout&apos;s story (Events, live changes, actions)</extracomment>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>This rollout cannot be read</source>
        <extracomment>Title of the notice shown instead of a rollout whose object failed to parse</extracomment>
        <translation>Ce rollout ne peut pas être lu</translation>
    </message>
    <message>
        <source>The rollout&apos;s object could not be read, so nothing of it is shown: %1</source>
        <extracomment>Shown instead of a rollout whose object failed to parse; %1 is the parser&apos;s message</extracomment>
        <translation>L’objet du rollout n’a pas pu être lu, rien n’en est donc affiché : %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPageHeader</name>
    <message>
        <source>Rollout name</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Nom du rollout</translation>
    </message>
    <message>
        <source>Rollout status</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Statut du rollout</translation>
    </message>
    <message>
        <source>Status message</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Message de statut</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Set weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Poids défini</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Poids réel</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Why the rollout cannot be read</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Pourquoi le rollout ne peut pas être lu</translation>
    </message>
    <message>
        <source>Why the rollout is Degraded</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Pourquoi le rollout est Degraded</translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation>Changer l’image de %1</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;onteneur :</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation>%1 (conteneur d’initialisation)</translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation>Image actuelle :</translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation>Nouvelle &amp;image :</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Nouvelle image</translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation>Choisissez une image déjà exécutée par ce rollout ou saisissez-en une.</translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation>Choisissez un conteneur et une image valide pour voir ce qui va se passer.</translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation>Le conteneur %1 exécute déjà %2 : rien ne changerait.</translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation>C’est l’image stable : le rollout ignore les étapes d’analyse et de promotion et revient directement au ReplicaSet stable (un retour arrière). Aucun canary n’est démarré et le rollout redevient stable.</translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>Une nouvelle révision canary démarrera avec %1 et suivra %n étape, en commençant par : %2.</numerusform>
            <numerusform>Une nouvelle révision canary démarrera avec %1 et suivra %n étapes, en commençant par : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation>Un nouveau ReplicaSet de prévisualisation démarrera avec %1. Le trafic bascule vers lui lorsque le rollout est promu.</translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation>Une nouvelle révision démarrera avec %1 et remplacera les pods en cours d’exécution.</translation>
    </message>
    <message>
        <source>All containers (*)</source>
        <extracomment>Container choice: set the image of every container (the plugin&apos;s &quot;*&quot;)</extracomment>
        <translation>Tous les conteneurs (*)</translation>
    </message>
    <message>
        <source>(differs per container)</source>
        <translation>(diffère selon le conteneur)</translation>
    </message>
    <message>
        <source>Current image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Image actuelle</translation>
    </message>
    <message>
        <source>Problem with the new image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Problème avec la nouvelle image</translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation>Contextes de &amp;production (les actions y exigent la saisie du nom du rollout) :</translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation>Contextes de production</translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation>Mode &amp;lecture seule : désactiver toutes les actions</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications when a rollout needs me or finishes:</source>
        <translation>Notifications de &amp;bureau quand un rollout a besoin de moi ou se termine :</translation>
    </message>
    <message>
        <source>It &amp;waits for me (a pause for promotion, an inconclusive analysis)</source>
        <translation>Il m’&amp;attend (une pause pour promotion, une analyse non concluante)</translation>
    </message>
    <message>
        <source>Notify when a rollout waits for me</source>
        <translation>Notifier quand un rollout m’attend</translation>
    </message>
    <message>
        <source>An &amp;analysis measurement fails or errors</source>
        <translation>Une &amp;mesure d’analyse échoue ou est en erreur</translation>
    </message>
    <message>
        <source>Notify when an analysis measurement fails</source>
        <translation>Notifier quand une mesure d’analyse échoue</translation>
    </message>
    <message>
        <source>It is a&amp;borted</source>
        <translation>Il est &amp;interrompu</translation>
    </message>
    <message>
        <source>Notify when a rollout is aborted</source>
        <translation>Notifier quand un rollout est interrompu</translation>
    </message>
    <message>
        <source>It becomes De&amp;graded for another reason</source>
        <translation>Il devient De&amp;graded pour une autre raison</translation>
    </message>
    <message>
        <source>Notify when a rollout becomes Degraded</source>
        <translation>Notifier quand un rollout devient Degraded</translation>
    </message>
    <message>
        <source>It &amp;completes</source>
        <translation>Il se termi&amp;ne</translation>
    </message>
    <message>
        <source>Notify when a rollout completes</source>
        <translation>Notifier quand un rollout se termine</translation>
    </message>
    <message>
        <source>Only for my &amp;favourites</source>
        <translation>Uniquement pour mes &amp;favoris</translation>
    </message>
    <message>
        <source>Notify only for favourite rollouts</source>
        <translation>Notifier uniquement pour les rollouts favoris</translation>
    </message>
    <message>
        <source>&amp;Keep the rollout history on this computer (History tab)</source>
        <translation>&amp;Conserver l’historique des rollouts sur cet ordinateur (onglet Historique)</translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message>
        <source>Set weight to %1 %</source>
        <extracomment>Canary step: send this percentage of traffic to the canary</extracomment>
        <translation>Définir le poids à %1 %</translation>
    </message>
    <message>
        <source>Pause until promoted</source>
        <extracomment>Canary step: a pause without duration</extracomment>
        <translation>Pause jusqu’à la promotion</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pause (%1)</translation>
    </message>
    <message>
        <source>Pause for %1</source>
        <extracomment>Canary step: a timed pause, %1 is a duration like 10s or 1m30s</extracomment>
        <translation>Pause de %1</translation>
    </message>
    <message>
        <source>Run an analysis</source>
        <translation>Exécuter une analyse</translation>
    </message>
    <message>
        <source>Run analysis: %1</source>
        <extracomment>Canary step: %1 lists analysis template names</extracomment>
        <translation>Exécuter l’analyse : %1</translation>
    </message>
    <message>
        <source>Run an experiment</source>
        <translation>Exécuter une expérience</translation>
    </message>
    <message>
        <source>Run an experiment for %1</source>
        <extracomment>Canary step: %1 is a duration</extracomment>
        <translation>Exécuter une expérience pendant %1</translation>
    </message>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>Mettre le canary à l’échelle à %n réplica</numerusform>
            <numerusform>Mettre le canary à l’échelle à %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale the canary to %1 % of replicas</source>
        <translation>Mettre le canary à l’échelle à %1 % des réplicas</translation>
    </message>
    <message>
        <source>Scale the canary to match the traffic weight</source>
        <translation>Mettre le canary à l’échelle selon le poids du trafic</translation>
    </message>
    <message>
        <source>Set header-based route</source>
        <translation>Définir une route basée sur les en-têtes</translation>
    </message>
    <message>
        <source>Set mirror route</source>
        <translation>Définir une route miroir</translation>
    </message>
    <message>
        <source>Run step plugin %1</source>
        <translation>Exécuter le plugin d’étape %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Steps list: step number and its description, e.g. &quot;2. Pause until promoted&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <extracomment>Steps list: countdown appended to the current timed pause</extracomment>
        <translation>%1 — encore %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
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
        <translation>Effacer l’historique enregistré</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer for every context? The History tabs then start again from the Events the clusters still have.</source>
        <translation>Effacer l’historique des rollouts conservé sur cet ordinateur pour tous les contextes ? Les onglets Historique repartent alors des Events que les clusters ont encore.</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>&amp;Effacer l’historique</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The stored rollout history was cleared.</source>
        <translation>L’historique des rollouts enregistré a été effacé.</translation>
    </message>
    <message>
        <source>The stored rollout history could not be cleared: the file is in use by another program.</source>
        <translation>L’historique des rollouts enregistré n’a pas pu être effacé : le fichier est utilisé par un autre programme.</translation>
    </message>
</context>
<context>
    <name>rd::gui::TimelineModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>Raison donnée : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
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
        <translation>Surveiller plusieurs contextes</translation>
    </message>
    <message>
        <source>Contexts to watch</source>
        <translation>Contextes à surveiller</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Watch the checked contexts</source>
        <translation>Surveiller les contextes cochés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show the rollouts of the checked contexts on one board. Each context keeps its own connection; actions go to the row&apos;s own context.</source>
        <translation>Afficher les rollouts des contextes cochés sur un seul tableau. Chaque contexte garde sa propre connexion ; les actions vont au contexte de leur ligne.</translation>
    </message>
    <message>
        <source>&amp;Contexts:</source>
        <extracomment>The list of the kubeconfig&apos;s contexts, each with a check box</extracomment>
        <translation>&amp;Contextes :</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
    <message>
        <source>Weight chart</source>
        <translation>Graphique des poids</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>Poids défini</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <translation>Poids réel</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Canary weight over time</source>
        <translation>Poids du canary dans le temps</translation>
    </message>
    <message>
        <source>revision %1</source>
        <extracomment>Weight chart: a segment&apos;s revision when its image is not known</extracomment>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>revision %1 (image %2)</source>
        <extracomment>Weight chart: a segment&apos;s revision and image</extracomment>
        <translation>révision %1 (image %2)</translation>
    </message>
    <message>
        <source>Canary</source>
        <extracomment>Weight chart legend: the canary&apos;s share of the traffic</extracomment>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Stable</source>
        <extracomment>Weight chart legend: the stable version&apos;s share of the traffic</extracomment>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <extracomment>Weight chart legend: when a timed pause ends by itself</extracomment>
        <translation>Fin de pause</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Weight chart legend: a marker glyph (the revision became stable)</extracomment>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Stable: %1</source>
        <extracomment>Weight chart: label of the stretch where a revision is the stable version</extracomment>
        <translation>Stable : %1</translation>
    </message>
    <message>
        <source>Canary: %1</source>
        <extracomment>Weight chart: label of a canary stretch</extracomment>
        <translation>Canary : %1</translation>
    </message>
    <message>
        <source>No weight history is known for this rollout yet.</source>
        <translation>Aucun historique des poids n’est encore connu pour ce rollout.</translation>
    </message>
    <message>
        <source>Stable at 100 %, %1</source>
        <translation>Stable à 100 %, %1</translation>
    </message>
    <message>
        <source>Aborted: canary weight 0 %, %1; all traffic is on the stable version</source>
        <translation>Interrompu : poids du canary 0 %, %1 ; tout le trafic est sur la version stable</translation>
    </message>
    <message>
        <source>Canary weight %1 %, %2</source>
        <translation>Poids du canary %1 %, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>%n promotion</numerusform>
            <numerusform>%n promotions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abort(s)</source>
        <translation>
            <numerusform>%n interruption</numerusform>
            <numerusform>%n interruptions</numerusform>
        </translation>
    </message>
    <message>
        <source>marked: %1</source>
        <extracomment>Weight chart summary: %1 lists counts, e.g. &quot;2 pauses, 1 promotion&quot;</extracomment>
        <translation>sur le graphique : %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Dernier événement : %1</translation>
    </message>
    <message>
        <source>paused, resuming now</source>
        <translation>suspendu, reprend maintenant</translation>
    </message>
    <message>
        <source>paused at step %1, resuming now</source>
        <translation>suspendu à l’étape %1, reprend maintenant</translation>
    </message>
    <message>
        <source>paused, resumes in %1</source>
        <translation>suspendu, reprend dans %1</translation>
    </message>
    <message>
        <source>paused at step %1, resumes in %2</source>
        <translation>suspendu à l’étape %1, reprend dans %2</translation>
    </message>
    <message>
        <source>paused until someone promotes it</source>
        <translation>suspendu jusqu’à ce que quelqu’un le promeuve</translation>
    </message>
    <message>
        <source>paused at step %1 until someone promotes it</source>
        <translation>suspendu à l’étape %1 jusqu’à ce que quelqu’un le promeuve</translation>
    </message>
    <message>
        <source>paused by a person until someone resumes it</source>
        <translation>suspendu par une personne jusqu’à ce que quelqu’un le reprenne</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>%1 is the pause condition&apos;s reason from the cluster, e.g. BlueGreenPause</extracomment>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>suspendu (%1)</translation>
    </message>
    <message>
        <source>Updated to revision %1</source>
        <translation>Mis à jour vers la révision %1</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>Suspendu à %1 %</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Promoted (the pause ended before its time; read from the cluster&apos;s Events)</source>
        <translation>Promu (la pause s’est terminée avant son terme ; lu dans les Events du cluster)</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promu</translation>
    </message>
    <message>
        <source>Fully promoted (read from the completion&apos;s reason)</source>
        <translation>Entièrement promu (lu dans la raison de l’achèvement)</translation>
    </message>
    <message>
        <source>Fully promoted</source>
        <translation>Entièrement promu</translation>
    </message>
    <message>
        <source>Aborted: all traffic back on the stable version</source>
        <translation>Interrompu : tout le trafic est revenu sur la version stable</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <source>Revision %1 completed: it is the stable version</source>
        <translation>Révision %1 terminée : c’est la version stable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Raison donnée : %1</translation>
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
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>En pause à l’étape %1</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrompu</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to Rollout Desk</source>
        <translation>Bienvenue dans Rollout Desk</translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation>Surveillez et pilotez Argo Rollouts : choisissez d’où viennent les rollouts.</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>Ouvrir un &amp;kubeconfig…</translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation>Démarrer le cluster de &amp;démonstration</translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation>Un cluster simulé dans l’application, avec le rollout rollouts-demo : essayez chaque action sans risque.</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation>Ouvrir un &amp;instantané…</translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation>Afficher hors ligne et en lecture seule des rollouts enregistrés avec kubectl get -o yaml.</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>Ouvrir un kubeconfig</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>Démarrer le cluster de démonstration</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>Why no rollouts are shown</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Pourquoi aucun rollout n’est affiché</translation>
    </message>
</context>
<context>
    <name>rd::kube::CredentialProvider</name>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (user &quot;%1&quot;)</source>
        <translation>le plugin exec ne peut pas prendre en charge le mode interactif : l’entrée standard n’est pas un terminal (utilisateur &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The oidc auth provider has no id-token; log in again.</source>
        <translation>Le fournisseur d’authentification oidc n’a pas d’id-token ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</source>
        <translation>Le plugin d’authentification gcp a été supprimé. Utilisez gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Use kubelogin.</source>
        <translation>Le plugin d’authentification azure a été supprimé. Utilisez kubelogin.</translation>
    </message>
    <message>
        <source>The auth provider &quot;%1&quot; is not supported.</source>
        <translation>Le fournisseur d’authentification &quot;%1&quot; n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de jeton &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>le fichier de jeton &quot;%1&quot; est vide</translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec : l’exécutable %1 ne s’est pas terminé dans un délai de %n seconde</numerusform>
            <numerusform>exec : l’exécutable %1 ne s’est pas terminé dans un délai de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec : exécutable %1 introuvable</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec : l’exécutable %1 a échoué avec le code de sortie %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed</source>
        <translation>exec : l’exécutable %1 a planté</translation>
    </message>
    <message>
        <source>exec plugin output is not an ExecCredential: %1</source>
        <translation>la sortie du plugin exec n’est pas un ExecCredential : %1</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>le plugin exec est configuré pour utiliser la version d’API %1, le plugin a renvoyé la version %2</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>le plugin exec n’a pas renvoyé de champ status</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>le plugin exec n’a renvoyé que le certificat ou la clé, pas les deux</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>le plugin exec n’a renvoyé ni jeton ni paire certificat/clé</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>le plugin exec a renvoyé un expirationTimestamp &quot;%1&quot; non valide</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MiB of output; it was stopped</source>
        <translation>exec : l’exécutable %1 a écrit plus de %2 Mio en sortie ; il a été arrêté</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeClient</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3</source>
        <translation>Impossible de lire le fichier &quot;%2&quot; (%1) : %3</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>L’adresse de serveur &quot;%1&quot; du cluster &quot;%2&quot; n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>autorité de certification</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>L’autorité de certification du cluster &quot;%1&quot; ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>The client certificate or key of user &quot;%1&quot; cannot be read.</source>
        <translation>Impossible de lire le certificat client ou la clé de l’utilisateur &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; uses the scheme &quot;%2&quot;, which is not supported here; use http or socks5.</source>
        <translation>Le proxy &quot;%1&quot; utilise le schéma &quot;%2&quot;, qui n’est pas pris en charge ici ; utilisez http ou socks5.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>La connexion TLS à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>Aucune réponse de %1 dans le délai imparti.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The server rejected the credentials of context &quot;%1&quot; (401 Unauthorized). Log in again or check the token.</source>
        <translation>Le serveur a refusé les identifiants du contexte &quot;%1&quot; (401 Unauthorized). Reconnectez-vous ou vérifiez le jeton.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>La réponse de %1 dépasse %2 Mio ; elle n’a pas été lue.</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeConfig</name>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true ou false attendu, &quot;%1&quot; obtenu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>&quot;%1s&quot; must be a list</source>
        <translation>&quot;%1s&quot; doit être une liste</translation>
    </message>
    <message>
        <source>an entry of &quot;%1s&quot; is not a mapping</source>
        <translation>une entrée de &quot;%1s&quot; n’est pas un mappage</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>nom &quot;%1&quot; en double dans la liste</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig (expected a mapping at the top)</source>
        <translation>le fichier n’est pas un kubeconfig (mappage attendu au niveau supérieur)</translation>
    </message>
    <message>
        <source>exec env entry without a name</source>
        <translation>entrée env d’exec sans nom</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>erreur lors du chargement du fichier de configuration &quot;%1&quot; : ligne %2 : %3</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>erreur lors du chargement du fichier de configuration &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier kubeconfig &quot;%1&quot; n’existe pas.</translation>
    </message>
    <message>
        <source>No kubeconfig found: &quot;%1&quot; does not exist.</source>
        <translation>Aucun kubeconfig trouvé : &quot;%1&quot; n’existe pas.</translation>
    </message>
    <message>
        <source>No kubeconfig found: none of %1 exists.</source>
        <translation>Aucun kubeconfig trouvé : aucun des fichiers %1 n’existe.</translation>
    </message>
    <message>
        <source>The kubeconfig is empty: it defines no context.</source>
        <translation>Le kubeconfig est vide : il ne définit aucun contexte.</translation>
    </message>
    <message>
        <source>The kubeconfig has no current context; choose one.</source>
        <translation>Le kubeconfig n’a pas de contexte courant ; choisissez-en un.</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>le contexte &quot;%1&quot; n’existe pas</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>cluster &quot;%1&quot; introuvable pour le contexte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>utilisateur &quot;%1&quot; introuvable pour le contexte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>aucun serveur trouvé pour le cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than one authentication method found for &quot;%1&quot;; found token and basicAuth, only one is allowed</source>
        <translation>plusieurs méthodes d’authentification trouvées pour &quot;%1&quot; ; token et basicAuth trouvés, une seule est autorisée</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for &quot;%1&quot; to use the clientCert authentication method.</source>
        <translation>client-key-data ou client-key doit être spécifié pour que &quot;%1&quot; puisse utiliser la méthode d’authentification clientCert.</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for &quot;%1&quot;</source>
        <translation>authProvider ne peut pas être fourni en combinaison avec un plugin exec pour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for &quot;%1&quot; without impersonating a user</source>
        <translation>demande de uid, groups ou user-extra pour &quot;%1&quot; sans emprunter l’identité d’un utilisateur</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>plugin exec : apiVersion &quot;%1&quot; non valide</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for &quot;%1&quot; to use exec authentication plugin</source>
        <translation>interactiveMode doit être spécifié pour que &quot;%1&quot; puisse utiliser le plugin d’authentification exec</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed (cluster &quot;%1&quot;)</source>
        <translation>spécifier un fichier de certificats racine avec l’option insecure n’est pas autorisé (cluster &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>schéma de proxy &quot;%1&quot; non pris en charge, doit être http, https ou socks5</translation>
    </message>
    <message>
        <source>the extension is nested too deeply</source>
        <translation>l’extension est imbriquée trop profondément</translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>may not be &apos;.&apos;</source>
        <translation>ne peut pas être &apos;.&apos;</translation>
    </message>
    <message>
        <source>may not be &apos;..&apos;</source>
        <translation>ne peut pas être &apos;..&apos;</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>ne peut pas contenir &apos;/&apos;</translation>
    </message>
    <message>
        <source>may not contain &apos;%&apos;</source>
        <translation>ne peut pas contenir &apos;%&apos;</translation>
    </message>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;, or &apos;123-abc&apos;)</source>
        <translation>une étiquette RFC 1123 en minuscules ne doit contenir que des caractères alphanumériques minuscules ou &apos;-&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;my-name&apos; ou &apos;123-abc&apos;)</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;)</source>
        <translation>un sous-domaine RFC 1123 en minuscules ne doit contenir que des caractères alphanumériques minuscules, &apos;-&apos; ou &apos;.&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;example.com&apos;)</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid %3 name: %4</source>
        <translation>%1 %2 n’est pas un nom de %3 valide : %4</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid namespace name: %3</source>
        <translation>%1 %2 n’est pas un nom de namespace valide : %3</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n caractère)</numerusform>
            <numerusform>… (%n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::Reflector</name>
    <message>
        <source>The list of %1 could not be read.</source>
        <translation>La liste des %1 n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The watch of %1 ended immediately.</source>
        <translation>La surveillance (watch) des %1 s’est terminée immédiatement.</translation>
    </message>
    <message>
        <source>The list of %1 is larger than %2 MiB; it was not used.</source>
        <translation>La liste des %1 dépasse %2 Mio ; elle n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>The server repeated a continue token while listing %1; the list was not used.</source>
        <translation>Le serveur a répété un jeton continue pendant le listage des %1 ; la liste n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>The list of %1 did not end after %2 pages; it was not used.</source>
        <translation>La liste des %1 ne s’est pas terminée après %2 pages ; elle n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>pas du JSON</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event larger than %2 MiB.</source>
        <translation>La surveillance (watch) des %1 a envoyé un événement de plus de %2 Mio.</translation>
    </message>
    <message>
        <source>no object</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>aucun objet</translation>
    </message>
    <message>
        <source>The watch of %1 reported an error (HTTP %2).</source>
        <translation>La surveillance (watch) des %1 a signalé une erreur (HTTP %2).</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>type inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object of kind &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>un objet de nature (kind) &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no metadata</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>aucune métadonnée</translation>
    </message>
    <message>
        <source>no resourceVersion</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>aucune resourceVersion</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event that could not be read (%2); resuming from the last good version.</source>
        <translation>La surveillance (watch) des %1 a envoyé un événement illisible (%2) ; elle reprend à partir de la dernière version valide.</translation>
    </message>
    <message>
        <source>The watch of %1 ended in the middle of an event.</source>
        <translation>La surveillance (watch) des %1 s’est terminée au milieu d’un événement.</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>Le namespace</translation>
    </message>
</context>
<context>
    <name>rd::kube::RequestPath</name>
    <message>
        <source>The request to %1 was not sent: %2</source>
        <translation>La requête vers %1 n’a pas été envoyée : %2</translation>
    </message>
    <message>
        <source>the path must start with &apos;/&apos;</source>
        <translation>le chemin doit commencer par &apos;/&apos;</translation>
    </message>
    <message>
        <source>the path segment %1 is not allowed</source>
        <translation>le segment de chemin %1 n’est pas autorisé</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>le namespace</translation>
    </message>
    <message>
        <source>it has more segments than RESOURCE/NAME/SUBRESOURCE</source>
        <translation>il a plus de segments que RESOURCE/NAME/SUBRESOURCE</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterActionRunner</name>
    <message>
        <source>The restart delay is out of range.</source>
        <translation>Le délai de redémarrage est hors limites.</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterConnector</name>
    <message>
        <source>The namespace of context &quot;%1&quot;</source>
        <translation>Le namespace du contexte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>Le namespace</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterEventLister</name>
    <message>
        <source>the rollout name</source>
        <extracomment>Names the field in &quot;&lt;field&gt; &quot;x&quot; is not a valid Rollout name: …&quot;</extracomment>
        <translation>le nom du rollout</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterRolloutSource</name>
    <message>
        <source>This connection is read-only: no change is sent to the cluster.</source>
        <translation>Cette connexion est en lecture seule : aucune modification n’est envoyée au cluster.</translation>
    </message>
    <message>
        <source>The rollout %1 is not in the namespace &quot;%2&quot; of this connection; nothing is sent to the cluster.</source>
        <translation>Le rollout %1 n’est pas dans le namespace &quot;%2&quot; de cette connexion ; rien n’est envoyé au cluster.</translation>
    </message>
</context>
<context>
    <name>rd::source::KubeconfigFollow</name>
    <message>
        <source>The kubeconfig cannot be read any more (%1); the connection to %2 keeps its last settings.</source>
        <translation>Le kubeconfig ne peut plus être lu (%1) ; la connexion à %2 conserve ses derniers paramètres.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context is now %1; this window stays on %2 until you choose another context.</source>
        <extracomment>%1 new current-context of the kubeconfig, %2 context shown</extracomment>
        <translation>Le contexte courant du kubeconfig est maintenant %1 ; cette fenêtre reste sur %2 jusqu’à ce que vous choisissiez un autre contexte.</translation>
    </message>
    <message>
        <source>The context %1 is no longer in the kubeconfig; the connection keeps its last settings until you choose another context.</source>
        <translation>Le contexte %1 ne figure plus dans le kubeconfig ; la connexion conserve ses derniers paramètres jusqu’à ce que vous choisissiez un autre contexte.</translation>
    </message>
    <message>
        <source>The context %1 in the kubeconfig is no longer usable (%2); the connection keeps its last settings.</source>
        <translation>Le contexte %1 du kubeconfig n’est plus utilisable (%2) ; la connexion conserve ses derniers paramètres.</translation>
    </message>
    <message>
        <source>The kubeconfig changed the cluster or client certificate of context %1: connecting again.</source>
        <translation>Le kubeconfig a modifié le cluster ou le certificat client du contexte %1 : reconnexion en cours.</translation>
    </message>
</context>
<context>
    <name>rd::source::MultiContextSource</name>
    <message>
        <source>%1: %2</source>
        <comment>context: message</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No context to watch.</source>
        <translation>Aucun contexte à surveiller.</translation>
    </message>
    <message>
        <source>Context “%1” is not connected: %2</source>
        <translation>Le contexte « %1 » n’est pas connecté : %2</translation>
    </message>
    <message>
        <source>“%1” is not a watched context.</source>
        <translation>« %1 » n’est pas un contexte surveillé.</translation>
    </message>
</context>
<context>
    <name>rd::source::SnapshotRolloutSource</name>
    <message>
        <source>A snapshot is read-only: actions cannot be sent. Connect to the cluster to change this rollout.</source>
        <translation>Un instantané est en lecture seule : les actions ne peuvent pas être envoyées. Connectez-vous au cluster pour modifier ce rollout.</translation>
    </message>
</context>
<context>
    <name>rd::source::TimelineStore</name>
    <message>
        <source>%1 is damaged and cannot be moved aside</source>
        <translation>%1 est endommagé et ne peut pas être mis de côté</translation>
    </message>
    <message>
        <source>The stored rollout history was damaged. It was moved to %1 and a new one was started.</source>
        <translation>L’historique des rollouts enregistré était endommagé. Il a été déplacé vers %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé : %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1 est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rollout Desk</source>
        <translation>%1 a été écrit par une version plus récente de Rollout Desk</translation>
    </message>
    <message>
        <source>The rollout history cannot be kept on this computer (%1). It is kept for this session only.</source>
        <extracomment>%1 says why, e.g. &quot;/home/me/.local/share/rolloutdesk/history.sqlite cannot be written&quot;</extracomment>
        <translation>L’historique des rollouts ne peut pas être conservé sur cet ordinateur (%1). Il n’est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
</TS>
