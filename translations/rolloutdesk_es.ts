<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>rd::app::Help</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Start the simulated cluster in this process (scenario rollouts-demo) and connect to it.</source>
        <translation>Inicia el clúster simulado en este proceso (escenario rollouts-demo) y se conecta a él.</translation>
    </message>
    <message>
        <source>Time multiplier of the demo cluster (default 1; also ROLLOUTDESK_DEMO_SPEED).</source>
        <translation>Multiplicador de tiempo del clúster de demostración (1 por defecto; también ROLLOUTDESK_DEMO_SPEED).</translation>
    </message>
    <message>
        <source>Scenario of the demo cluster: rollouts-demo (default), showcase or scale:N.</source>
        <translation>Escenario del clúster de demostración: rollouts-demo (por defecto), showcase o scale:N.</translation>
    </message>
    <message>
        <source>Use this kubeconfig file.</source>
        <translation>Usa este archivo kubeconfig.</translation>
    </message>
    <message>
        <source>Use this kubeconfig context.</source>
        <translation>Usa este contexto de kubeconfig.</translation>
    </message>
    <message>
        <source>Show this namespace.</source>
        <translation>Muestra este espacio de nombres.</translation>
    </message>
    <message>
        <source>Show all namespaces.</source>
        <translation>Muestra todos los espacios de nombres.</translation>
    </message>
    <message>
        <source>Open a snapshot (YAML/JSON file or folder), offline and read-only.</source>
        <translation>Abre una instantánea (archivo YAML/JSON o carpeta), sin conexión y de solo lectura.</translation>
    </message>
    <message>
        <source>Switch every action off.</source>
        <translation>Desactiva todas las acciones.</translation>
    </message>
    <message>
        <source>User interface language, e.g. ja (default: the language chosen in the settings, else the system&apos;s).</source>
        <translation>Idioma de la interfaz, p. ej. ja (por defecto: el elegido en la configuración; si no, el del sistema).</translation>
    </message>
    <message>
        <source>Quit N ms after rollouts are shown (tests; also ROLLOUTDESK_QUIT_AFTER_MS).</source>
        <translation>Sale N ms después de mostrar los rollouts (pruebas; también ROLLOUTDESK_QUIT_AFTER_MS).</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Uso: %1 [opciones]</translation>
    </message>
    <message>
        <source>Rollout Desk: a desktop client for Argo Rollouts.</source>
        <translation>Rollout Desk: un cliente de escritorio para Argo Rollouts.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Watch these kubeconfig contexts (comma-separated) on one board.</source>
        <translation>Vigila estos contextos de kubeconfig (separados por comas) en un solo tablero.</translation>
    </message>
</context>
<context>
    <name>rd::app::SimDemoCluster</name>
    <message>
        <source>no temporary folder for its kubeconfig: %1</source>
        <translation>no hay carpeta temporal para su kubeconfig: %1</translation>
    </message>
</context>
<context>
    <name>rd::cli::ClusterCommands</name>
    <message>
        <source>the rollout name</source>
        <translation>el nombre del rollout</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
</context>
<context>
    <name>rd::cli::Help</name>
    <message>
        <source>kubeconfig to use (default: KUBECONFIG or ~/.kube/config)</source>
        <translation>kubeconfig que se usa (por defecto: KUBECONFIG o ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>contexto de kubeconfig</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>espacio de nombres</translation>
    </message>
    <message>
        <source>every namespace (list)</source>
        <translation>todos los espacios de nombres (list)</translation>
    </message>
    <message>
        <source>read objects from a YAML/JSON file or folder instead of a cluster</source>
        <translation>leer los objetos de un archivo YAML/JSON o una carpeta en lugar de un clúster</translation>
    </message>
    <message>
        <source>compute ages as of this RFC 3339 instant (snapshots)</source>
        <translation>calcular las edades en este instante RFC 3339 (instantáneas)</translation>
    </message>
    <message>
        <source>no ANSI colours (also when TERM=dumb)</source>
        <translation>sin colores ANSI (también con TERM=dumb)</translation>
    </message>
    <message>
        <source>language of this help, e.g. ja (default: the system&apos;s); the output of the commands is always English</source>
        <translation>idioma de esta ayuda, p. ej. ja (por defecto: el del sistema); la salida de los comandos siempre está en inglés</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>mostrar esta ayuda</translation>
    </message>
    <message>
        <source>rolloutdesk-cli: the console companion of Rollout Desk (Argo Rollouts).</source>
        <translation>rolloutdesk-cli: el compañero de consola de Rollout Desk (Argo Rollouts).</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>print connection diagnostics (retries, reconnects) on stderr</source>
        <translation>mostrar diagnósticos de conexión (reintentos, reconexiones) en stderr</translation>
    </message>
    <message>
        <source>list rollouts of several contexts, CONTEXT column first (not in the plugin)</source>
        <translation>lista los rollouts de varios contextos, con la columna CONTEXT primero (no está en el plugin)</translation>
    </message>
</context>
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1 (revisión %2) con %n pod disponible</numerusform>
            <numerusform>ReplicaSet %1 (revisión %2) con %n pods disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the traffic</source>
        <extracomment>%1 the canary&apos;s actual traffic weight in percent</extracomment>
        <translation>%1 % del tráfico</translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>Todo el tráfico ha vuelto a la versión estable (%n s después de la interrupción).</numerusform>
            <numerusform>Todo el tráfico ha vuelto a la versión estable (%n s después de la interrupción).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1: %n s después de la interrupción, la versión estable aún no está totalmente disponible.</numerusform>
            <numerusform>%1: %n s después de la interrupción, la versión estable aún no está totalmente disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1: %n s después de la interrupción, el canary sigue sirviendo: %2.</numerusform>
            <numerusform>%1: %n s después de la interrupción, el canary sigue sirviendo: %2.</numerusform>
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
        <translation>%2: enviando «%1»…</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>An action failed: %1 rollout, %2 the server&apos;s message</extracomment>
        <translation>%2: «%1» ha fallado: %3</translation>
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
        <translation>Reiniciar &amp;ahora</translation>
    </message>
    <message>
        <source>Restart &amp;later, in minutes:</source>
        <translation>Reiniciar &amp;más tarde, en minutos:</translation>
    </message>
    <message>
        <source>Minutes until restart</source>
        <translation>Minutos hasta el reinicio</translation>
    </message>
    <message>
        <source>Roll back to &amp;revision:</source>
        <translation>Revertir a la &amp;revisión:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>Reiniciar más tarde</translation>
    </message>
    <message>
        <source>revision %1 — %2</source>
        <extracomment>Roll back dialog: one choice, %1 the revision number, %2 its images</extracomment>
        <translation>revisión %1 — %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message>
        <source>Promote</source>
        <extracomment>Rollout action (menu, toolbar): go to the next step</extracomment>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Promote Full</source>
        <extracomment>Rollout action: skip all remaining steps</extracomment>
        <translation>Promover todo</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Rollout action</extracomment>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Rollout action</extracomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Rollout action: stop the update and go back to stable</extracomment>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Rollout action: restart an aborted update</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Restart…</source>
        <extracomment>Rollout action: restart the pods</extracomment>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <source>Set Image…</source>
        <extracomment>Rollout action: change a container image</extracomment>
        <translation>Cambiar imagen…</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <extracomment>Rollout action: roll back to an earlier revision</extracomment>
        <translation>Revertir…</translation>
    </message>
    <message>
        <source>Go on to the next step of the update</source>
        <translation>Pasar al siguiente paso de la actualización</translation>
    </message>
    <message>
        <source>Skip every remaining step and make the new version stable</source>
        <translation>Omitir todos los pasos restantes y convertir la nueva versión en la estable</translation>
    </message>
    <message>
        <source>Stop the update where it is until it is resumed</source>
        <translation>Detener la actualización donde está hasta que se reanude</translation>
    </message>
    <message>
        <source>Continue a paused update</source>
        <translation>Continuar una actualización en pausa</translation>
    </message>
    <message>
        <source>Abort the update and send all traffic back to the stable version</source>
        <extracomment>Tooltip of Abort; unlike Pause (&quot;stop where it is&quot;), the update does not continue</extracomment>
        <translation>Interrumpir la actualización y devolver todo el tráfico a la versión estable</translation>
    </message>
    <message>
        <source>Start the aborted update again from its first step</source>
        <translation>Volver a iniciar la actualización interrumpida desde su primer paso</translation>
    </message>
    <message>
        <source>Restart every pod of the rollout, now or later</source>
        <translation>Reiniciar todos los pods del rollout, ahora o más tarde</translation>
    </message>
    <message>
        <source>Change a container image: starts a new revision</source>
        <translation>Cambiar la imagen de un contenedor: inicia una nueva revisión</translation>
    </message>
    <message>
        <source>Go back to the pod template of an earlier revision</source>
        <translation>Volver a la plantilla de pod de una revisión anterior</translation>
    </message>
    <message>
        <source>Promote fully</source>
        <translation>Promover todo</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>Pausar el rollout</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>Reanudar el rollout</translation>
    </message>
    <message>
        <source>Abort rollout</source>
        <extracomment>Confirmation button of the Abort dialog</extracomment>
        <translation>Interrumpir el rollout</translation>
    </message>
    <message>
        <source>Retry rollout</source>
        <translation>Reintentar el rollout</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>Reiniciar los pods</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>Cambiar la imagen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>Selecciona primero un rollout.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off.</source>
        <translation>Modo de solo lectura: las acciones están desactivadas.</translation>
    </message>
    <message>
        <source>A request for this rollout is still being sent.</source>
        <translation>Todavía se está enviando una solicitud para este rollout.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts/status in namespace %1.</source>
        <translation>Tu cuenta no tiene permiso para aplicar parches a rollouts/status en el espacio de nombres %1.</translation>
    </message>
    <message>
        <source>Your account may not patch rollouts in namespace %1.</source>
        <translation>Tu cuenta no tiene permiso para aplicar parches a rollouts en el espacio de nombres %1.</translation>
    </message>
    <message>
        <source>The update was aborted: use Retry or set the image.</source>
        <translation>La actualización se interrumpió: usa «Reintentar» o cambia la imagen.</translation>
    </message>
    <message>
        <source>Nothing to promote: the rollout is fully promoted.</source>
        <translation>No hay nada que promover: el rollout ya está promovido por completo.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Todos los pasos están completados.</translation>
    </message>
    <message>
        <source>The rollout is already paused.</source>
        <translation>El rollout ya está en pausa.</translation>
    </message>
    <message>
        <source>The rollout is not paused by a user (use Promote for a pause step).</source>
        <translation>El rollout no lo ha pausado un usuario (para un paso de pausa, usa «Promover»).</translation>
    </message>
    <message>
        <source>The update is already aborted.</source>
        <translation>La actualización ya está interrumpida.</translation>
    </message>
    <message>
        <source>Nothing to abort: no update is in progress.</source>
        <translation>No hay nada que interrumpir: no hay ninguna actualización en curso.</translation>
    </message>
    <message>
        <source>Only an aborted update can be retried.</source>
        <translation>Solo se puede reintentar una actualización interrumpida.</translation>
    </message>
    <message>
        <source>The rollout has no containers.</source>
        <translation>El rollout no tiene contenedores.</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>No hay ninguna revisión anterior a la que revertir.</translation>
    </message>
    <message>
        <source>The rollout leaves step %1 of %2 and goes on to the next step. More traffic goes to the canary version as the following steps say.</source>
        <translation>El rollout deja el paso %1 de %2 y pasa al siguiente. Más tráfico se dirige a la versión canary, según indiquen los pasos siguientes.</translation>
    </message>
    <message>
        <source>The rollout goes on to its next step.</source>
        <translation>El rollout pasa a su siguiente paso.</translation>
    </message>
    <message>
        <source>Every remaining step, pause and analysis is skipped. The canary version becomes the stable version and receives all traffic.</source>
        <translation>Se omiten todos los pasos, pausas y análisis restantes. La versión canary pasa a ser la versión estable y recibe todo el tráfico.</translation>
    </message>
    <message>
        <source>The update stops where it is. Traffic weights and replicas stay as they are until someone resumes or promotes the rollout.</source>
        <translation>La actualización se detiene donde está. Los pesos del tráfico y las réplicas se mantienen hasta que alguien reanude o promueva el rollout.</translation>
    </message>
    <message>
        <source>The paused update continues from its current step.</source>
        <translation>La actualización en pausa continúa desde su paso actual.</translation>
    </message>
    <message>
        <source>Aborting removes the new canary version&apos;s resources: its ReplicaSet is scaled to 0 replicas and the previous stable version is restored. All traffic that went to the canary (Ingress, route, virtual service) returns to the stable version.

The rollout then shows Degraded until you set the image back to the stable version or retry the update.</source>
        <translation>Al interrumpir, se eliminan los recursos de la nueva versión canary: su ReplicaSet se escala a 0 réplicas y se restaura la versión estable anterior. Todo el tráfico que iba al canary (Ingress, ruta, servicio virtual) vuelve a la versión estable.

Después, el rollout muestra Degraded hasta que vuelvas a poner la imagen de la versión estable o reintentes la actualización.</translation>
    </message>
    <message>
        <source>The aborted update starts again from its first step: a canary is scaled up and receives traffic as the steps say.</source>
        <translation>La actualización interrumpida vuelve a empezar desde su primer paso: se escala un canary, que recibe tráfico según indiquen los pasos.</translation>
    </message>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>Todos los pods del rollout se reinician, unos pocos cada vez, dentro de %n segundo.</numerusform>
            <numerusform>Todos los pods del rollout se reinician, unos pocos cada vez, dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pod of the rollout is restarted now, a few at a time. The image and the steps do not change.</source>
        <translation>Todos los pods del rollout se reinician ahora, unos pocos cada vez. La imagen y los pasos no cambian.</translation>
    </message>
    <message>
        <source>Container %1 gets image %2.</source>
        <translation>El contenedor %1 recibe la imagen %2.</translation>
    </message>
    <message>
        <source>The pod template of revision %1 is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>Se restaura la plantilla de pod de la revisión %1. Esto inicia una nueva actualización que sigue los pasos del rollout.</translation>
    </message>
    <message>
        <source>The pod template of the previous revision is restored. This starts a new update that follows the rollout&apos;s steps.</source>
        <translation>Se restaura la plantilla de pod de la revisión anterior. Esto inicia una nueva actualización que sigue los pasos del rollout.</translation>
    </message>
    <message>
        <source>Rollout %1 promoted.</source>
        <translation>Rollout %1 promovido.</translation>
    </message>
    <message>
        <source>Rollout %1 fully promoted.</source>
        <translation>Rollout %1 promovido por completo.</translation>
    </message>
    <message>
        <source>Rollout %1 paused.</source>
        <translation>Rollout %1 en pausa.</translation>
    </message>
    <message>
        <source>Rollout %1 resumed.</source>
        <translation>Rollout %1 reanudado.</translation>
    </message>
    <message>
        <source>Rollout %1 aborted: the canary is scaled down and all traffic goes to the stable version.</source>
        <translation>Rollout %1 interrumpido: el canary se reduce y todo el tráfico va a la versión estable.</translation>
    </message>
    <message>
        <source>Rollout %1 retried: the update starts again from its first step.</source>
        <translation>Rollout %1 reintentado: la actualización vuelve a empezar desde su primer paso.</translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>El rollout %1 reinicia sus pods dentro de %n segundo.</numerusform>
            <numerusform>El rollout %1 reinicia sus pods dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout %1 restarts its pods now.</source>
        <translation>El rollout %1 reinicia sus pods ahora.</translation>
    </message>
    <message>
        <source>Rollout %1: container %2 now wants image %3.</source>
        <extracomment>%1 rollout, %2 container, %3 image</extracomment>
        <translation>Rollout %1: el contenedor %2 ahora solicita la imagen %3.</translation>
    </message>
    <message>
        <source>Rollout %1 rolled back.</source>
        <translation>Rollout %1 revertido.</translation>
    </message>
    <message>
        <source>The rollout&apos;s object cannot be read: %1</source>
        <translation>No se puede leer el objeto del rollout: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisBudgetView</name>
    <message>
        <source>&amp;Metrics of the current analysis, riskiest first:</source>
        <translation>&amp;Métricas del análisis actual, las más arriesgadas primero:</translation>
    </message>
    <message>
        <source>Analysis metrics</source>
        <translation>Métricas del análisis</translation>
    </message>
</context>
<context>
    <name>rd::gui::AnalysisRisk</name>
    <message>
        <source>failed measurements</source>
        <translation>mediciones fallidas</translation>
    </message>
    <message>
        <source>inconclusive measurements</source>
        <translation>mediciones no concluyentes</translation>
    </message>
    <message>
        <source>consecutive errors</source>
        <translation>errores consecutivos</translation>
    </message>
    <message>
        <source>Running analysis at risk: metric %1 has used %2 of its allowed %3.</source>
        <extracomment>%1 metric name, %2 e.g. &quot;1 / 2&quot;, %3 &quot;failed measurements&quot;</extracomment>
        <translation>Análisis en curso en riesgo: la métrica %1 ha usado %2 del límite de %3.</translation>
    </message>
</context>
<context>
    <name>rd::gui::AttemptsModel</name>
    <message>
        <source>In progress</source>
        <extracomment>Attempt outcome: the update is still going on</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Attempt outcome: the revision became stable</extracomment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <extracomment>Attempt outcome</extracomment>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>Attempt outcome: another update replaced it before it finished</extracomment>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>paso %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2 so far</source>
        <translation>paso %1: %2 hasta ahora</translation>
    </message>
    <message>
        <source>The update began before the oldest entry known of this rollout.</source>
        <translation>La actualización empezó antes de la entrada más antigua conocida de este rollout.</translation>
    </message>
    <message>
        <source>Time in pauses that only a person ends (a pause step without duration, an inconclusive analysis, a manual pause)</source>
        <translation>Tiempo en pausas que solo una persona puede terminar (un paso de pausa sin duración, un análisis no concluyente, una pausa manual)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Attempt start that is only known to be before this time</extracomment>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <extracomment>An attempt that began with a retry after an abort</extracomment>
        <translation>%1 (reintento)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <extracomment>Column: time the attempt waited for a person to promote or resume it</extracomment>
        <translation>Espera de una persona</translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message>
        <source>All</source>
        <extracomment>Filter chip</extracomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>Filter chip: paused, degraded or aborted rollouts</extracomment>
        <translation>Requieren atención</translation>
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
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Search names or label:value  (Ctrl+F)</source>
        <translation>Nombre o label:valor  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search rollouts</source>
        <translation>Buscar rollouts</translation>
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
            <numerusform>Mostrar: %1 — %n rollout</numerusform>
            <numerusform>Mostrar: %1 — %n rollouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <extracomment>Filter chip: rollouts paused until a person acts, or Degraded, in every watched context</extracomment>
        <translation>Esperándome</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>Mostrar contexto</translation>
    </message>
    <message>
        <source>Show the rollouts of one context, or of all watched contexts</source>
        <translation>Mostrar los rollouts de un contexto o de todos los contextos vigilados</translation>
    </message>
    <message>
        <source>All contexts</source>
        <extracomment>Context filter entry</extracomment>
        <translation>Todos los contextos</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfirmDialog</name>
    <message>
        <source>Context: %1
Namespace: %2
Rollout: %3</source>
        <extracomment>Confirmation dialog header: which cluster context, namespace and rollout</extracomment>
        <translation>Contexto: %1
Espacio de nombres: %2
Rollout: %3</translation>
    </message>
    <message>
        <source>Production context: %1</source>
        <translation>Contexto de producción: %1</translation>
    </message>
    <message>
        <source>Equivalent &amp;command:</source>
        <extracomment>Label above the equivalent command line</extracomment>
        <translation>&amp;Comando equivalente:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Comando equivalente</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar el comando</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copiar el comando al portapapeles</translation>
    </message>
    <message>
        <source>This is a production context. Type the rollout&apos;s name (%1) to confirm:</source>
        <translation>Este es un contexto de producción. Escribe el nombre del rollout (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Rollout name confirmation</source>
        <translation>Confirmación del nombre del rollout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Copy button after the command was copied</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history on this computer):</source>
        <extracomment>Confirmation dialog: a free text the History tab shows with this action; it is not sent to the cluster</extracomment>
        <translation>Moti&amp;vo (opcional, se guarda en el historial de este equipo):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Context, namespace and rollout</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Contexto, espacio de nombres y rollout</translation>
    </message>
    <message>
        <source>What this action will do</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Qué hará esta acción</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionBanners</name>
    <message>
        <source>TLS verification is off for this context (insecure-skip-tls-verify in the kubeconfig): the server&apos;s identity is not checked.</source>
        <translation>La verificación TLS está desactivada para este contexto (insecure-skip-tls-verify en el kubeconfig): no se comprueba la identidad del servidor.</translation>
    </message>
    <message>
        <source>Production context %1: every action asks you to type the rollout&apos;s name.</source>
        <translation>Contexto de producción %1: cada acción te pide escribir el nombre del rollout.</translation>
    </message>
    <message>
        <source>Read-only: this is an offline snapshot; actions are switched off.</source>
        <translation>Solo lectura: es una instantánea sin conexión; las acciones están desactivadas.</translation>
    </message>
    <message>
        <source>Read-only mode: actions are switched off (Settings or --read-only).</source>
        <translation>Modo de solo lectura: las acciones están desactivadas (Configuración o --read-only).</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>Advertencia de producción</translation>
    </message>
    <message>
        <source>TLS warning</source>
        <translation>Advertencia de TLS</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>Modo de solo lectura</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConnectionManager</name>
    <message>
        <source>The snapshot %1 does not exist.</source>
        <translation>La instantánea %1 no existe.</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>No se pudo iniciar el clúster de demostración: %1</translation>
    </message>
    <message>
        <source>The demo cluster is not available in this program.</source>
        <translation>El clúster de demostración no está disponible en este programa.</translation>
    </message>
    <message>
        <source>Open a kubeconfig first to watch several contexts.</source>
        <translation>Abre primero un kubeconfig para vigilar varios contextos.</translation>
    </message>
    <message>
        <source>Choose at least one context.</source>
        <translation>Elige al menos un contexto.</translation>
    </message>
</context>
<context>
    <name>rd::gui::FreedesktopNotifier</name>
    <message>
        <source>Promote…</source>
        <extracomment>Notification button; opens the Promote confirmation</extracomment>
        <translation>Promover…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <extracomment>Notification button; opens the Abort confirmation</extracomment>
        <translation>Interrumpir…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Notification button: show the rollout in the window</extracomment>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>rd::gui::HistoryView</name>
    <message>
        <source>Rollout history</source>
        <translation>Historial del rollout</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <extracomment>History tab: caption of the per-attempt summary table</extracomment>
        <translation>&amp;Intentos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>One row per update of a revision: started, finished, outcome, time per step and time waiting for a person</source>
        <translation>Una fila por cada actualización de una revisión: inicio, fin, resultado, tiempo por paso y tiempo de espera de una persona</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImageVerdictText</name>
    <message>
        <source>Enter an image, for example registry.example.com/team/app:1.2.</source>
        <translation>Escribe una imagen, por ejemplo registry.example.com/team/app:1.2.</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>Una referencia de imagen no puede contener espacios.</translation>
    </message>
    <message>
        <source>An image reference cannot contain &apos;=&apos;.</source>
        <translation>Una referencia de imagen no puede contener &apos;=&apos;.</translation>
    </message>
    <message>
        <source>The image reference is too long.</source>
        <translation>La referencia de imagen es demasiado larga.</translation>
    </message>
    <message>
        <source>Repository names must be lowercase.</source>
        <translation>Los nombres de repositorio deben estar en minúsculas.</translation>
    </message>
    <message>
        <source>This is not a valid image reference (expected name[:tag][@digest]).</source>
        <translation>No es una referencia de imagen válida (se espera nombre[:tag][@digest]).</translation>
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
        <translation>Creado el %1 (hace %2)</translation>
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
        <translation>El árbol de revisiones se ha copiado como texto.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>Abrir &amp;kubeconfig…</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>Abrir &amp;instantánea…</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cluster</source>
        <translation>Iniciar el clúster de &amp;demostración</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Rollouts &amp;Board</source>
        <translation>&amp;Tablero de rollouts</translation>
    </message>
    <message>
        <source>&amp;Search Rollouts</source>
        <translation>&amp;Buscar rollouts</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>&amp;Rollout</translation>
    </message>
    <message>
        <source>&amp;Copy Tree as Text</source>
        <translation>&amp;Copiar el árbol como texto</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>Alternar &amp;favorito</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Rollout Desk</source>
        <translation>A&amp;cerca de Rollout Desk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source> &amp;Context: </source>
        <extracomment>Toolbar label before the kube context picker</extracomment>
        <translation> &amp;Contexto: </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source> &amp;Namespace: </source>
        <extracomment>Toolbar label before the namespace picker</extracomment>
        <translation> Espacio de &amp;nombres: </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Todos los espacios de nombres</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Snapshot %1 (offline, read-only)</source>
        <extracomment>Status bar: an offline snapshot file is shown</extracomment>
        <translation>Instantánea %1 (sin conexión, solo lectura)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (showing the last known data)</source>
        <translation>Reconectando con %1… (se muestran los últimos datos conocidos)</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2 (showing the last known data)</source>
        <extracomment>%1 context, %2 why the connection dropped</extracomment>
        <translation>Reconectando con %1: %2 (se muestran los últimos datos conocidos)</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Sin conexión con %1: %2</translation>
    </message>
    <message>
        <source>Rollout Desk</source>
        <translation>Rollout Desk</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>todos los espacios de nombres</translation>
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
        <translation>Abrir kubeconfig</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Abrir instantánea</translation>
    </message>
    <message>
        <source>Snapshots (*.yaml *.yml *.json)</source>
        <translation>Instantáneas (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red.</source>
        <translation>El clúster de demostración se ejecuta dentro de Rollout Desk: rollout rollouts-demo en el espacio de nombres spring-petclinic. Prueba «Cambiar imagen…» con argoproj/rollouts-demo:red.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Rollout Desk</source>
        <translation>Acerca de Rollout Desk</translation>
    </message>
    <message>
        <source>Rollout Desk %1
A desktop client for Argo Rollouts on Kubernetes and OpenShift.</source>
        <translation>Rollout Desk %1
Un cliente de escritorio para Argo Rollouts en Kubernetes y OpenShift.</translation>
    </message>
    <message>
        <source>&amp;Snooze Notifications for 1 Hour</source>
        <extracomment>Rollout menu: no desktop notifications about this rollout for an hour</extracomment>
        <translation>&amp;Silenciar las notificaciones durante 1 hora</translation>
    </message>
    <message>
        <source>%1 in %2 is no longer on the board.</source>
        <extracomment>%1 namespace/name, %2 context</extracomment>
        <translation>%1 en %2 ya no está en el tablero.</translation>
    </message>
    <message>
        <source>&amp;Watch Several Contexts…</source>
        <translation>Vi&amp;gilar varios contextos…</translation>
    </message>
    <message>
        <source>Show the rollouts of several contexts on one board</source>
        <translation>Mostrar los rollouts de varios contextos en un solo tablero</translation>
    </message>
    <message>
        <source>Clear Stored &amp;History…</source>
        <translation>Borrar el &amp;historial guardado…</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer</source>
        <translation>Borrar el historial de rollouts guardado en este equipo</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Rollouts on the board</source>
        <translation>Rollouts del tablero</translation>
    </message>
</context>
<context>
    <name>rd::gui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message>
        <source>fails if %1</source>
        <extracomment>The Condition column when a metric only has a failureCondition</extracomment>
        <translation>falla si %1</translation>
    </message>
    <message>
        <source>Analysis run %1</source>
        <translation>Ejecución de análisis %1</translation>
    </message>
    <message>
        <source>Next measurement at %1</source>
        <translation>Próxima medición: %1</translation>
    </message>
    <message>
        <source>Fails if %1</source>
        <translation>Falla si %1</translation>
    </message>
    <message>
        <source>Limit exceeded: the metric has failed</source>
        <translation>Límite superado: la métrica ha fallado</translation>
    </message>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>%n más antes de que la métrica falle</numerusform>
            <numerusform>%n más antes de que la métrica falle</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyentes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message>
        <source> and </source>
        <extracomment>Joins the comparisons of one condition: &quot;≥ 0 and ≤ 0.01&quot;</extracomment>
        <translation> y </translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Exitosas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyentes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>No numeric value</source>
        <translation>Sin valor numérico</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>Próxima medición</translation>
    </message>
    <message>
        <source>Success when %1</source>
        <translation>Éxito si %1</translation>
    </message>
    <message>
        <source>Failure when %1</source>
        <translation>Fallo si %1</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>Métrica %1</translation>
    </message>
    <message>
        <source>Next measurement at %1.</source>
        <translation>Próxima medición: %1.</translation>
    </message>
    <message>
        <source>The success condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>La condición de éxito «%1» no es una comparación simple y no se dibuja.</translation>
    </message>
    <message>
        <source>The failure condition “%1” is not a simple comparison and is not drawn.</source>
        <translation>La condición de fallo «%1» no es una comparación simple y no se dibuja.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>%n medición sin valor numérico está marcada en la parte inferior.</numerusform>
            <numerusform>%n mediciones sin valor numérico están marcadas en la parte inferior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of metric %1</source>
        <translation>Gráfico de la métrica %1</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>Gráfico de métrica</translation>
    </message>
    <message>
        <source>No metric selected.</source>
        <translation>No hay ninguna métrica seleccionada.</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>último valor %1</translation>
    </message>
    <message>
        <source>last without a value (%1)</source>
        <translation>última medición sin valor (%1)</translation>
    </message>
    <message>
        <source>success when %1</source>
        <translation>éxito si %1</translation>
    </message>
    <message>
        <source>success when %1 (not drawn)</source>
        <translation>éxito si %1 (sin dibujar)</translation>
    </message>
    <message>
        <source>fails when %1</source>
        <translation>falla si %1</translation>
    </message>
    <message>
        <source>fails when %1 (not drawn)</source>
        <translation>falla si %1 (sin dibujar)</translation>
    </message>
    <message>
        <source>next measurement at %1</source>
        <translation>próxima medición: %1</translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>Métrica %1: %n medición</numerusform>
            <numerusform>Métrica %1: %n mediciones</numerusform>
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
        <translation>La vista previa está lista y espera a que la promuevas.</translation>
    </message>
    <message>
        <source>The analysis was inconclusive: promote to go on, or abort to go back.</source>
        <extracomment>Notification body: analysis neither passed nor failed; a person decides</extracomment>
        <translation>El análisis no fue concluyente: promueve para continuar o interrumpe para volver atrás.</translation>
    </message>
    <message>
        <source>The canary is paused until you promote or abort it.</source>
        <extracomment>Notification body: a canary pause without a duration</extracomment>
        <translation>El canary está en pausa hasta que lo promuevas o lo interrumpas.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Rollout aborted: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout interrumpido: %1</translation>
    </message>
    <message>
        <source>The update was aborted and traffic goes back to the stable version.</source>
        <translation>La actualización se interrumpió y el tráfico vuelve a la versión estable.</translation>
    </message>
    <message>
        <source>Rollout degraded: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout Degraded: %1</translation>
    </message>
    <message>
        <source>Analysis measurement failed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Falló una medición del análisis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>%n medición fallida o con error en el análisis en curso.</numerusform>
            <numerusform>%n mediciones fallidas o con error en el análisis en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Te está esperando: %1</translation>
    </message>
    <message>
        <source>Rollout completed: %1</source>
        <extracomment>Notification title; %1 is &quot;namespace/name in context&quot;</extracomment>
        <translation>Rollout completado: %1</translation>
    </message>
    <message>
        <source>Healthy: every replica runs the stable version.</source>
        <translation>Healthy: todas las réplicas ejecutan la versión estable.</translation>
    </message>
</context>
<context>
    <name>rd::gui::RevisionTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Revision tree column header (Rollout, ReplicaSet, Pod, ...)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Revision tree column header</extracomment>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Revision tree column header (stable/canary tags, ready counts, ...)</extracomment>
        <translation>Información</translation>
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
        <translation>Favorito: haz clic para quitarlo</translation>
    </message>
    <message>
        <source>Click to mark as favourite</source>
        <translation>Haz clic para marcarlo como favorito</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Board column header tooltip for the favourite star column</extracomment>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>No es favorito</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Board column header</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Namespace</source>
        <extracomment>Board column header</extracomment>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Board column header</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Board column header</extracomment>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Board column header: current step / number of steps</extracomment>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Set weight / actual weight (%)</source>
        <extracomment>Board column header: set weight / actual weight</extracomment>
        <translation>Peso establecido / peso real (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Images (canary → stable)</source>
        <extracomment>Board column header</extracomment>
        <translation>Imágenes (canary → estable)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Board column header</extracomment>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Board column header</extracomment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Ready replicas / current replicas</source>
        <extracomment>Board column header: ready / current replicas, as `list rollouts` shows them</extracomment>
        <translation>Réplicas listas / réplicas actuales</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Board status of a rollout whose object could not be read</extracomment>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Cannot read this rollout: %1</source>
        <extracomment>Board message of an unreadable rollout; %1 is the parser&apos;s message</extracomment>
        <translation>No se puede leer este rollout: %1</translation>
    </message>
    <message>
        <source>%1 (reconnecting)</source>
        <extracomment>Board cell: context name, its connection is being retried</extracomment>
        <translation>%1 (reconectando)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>Board cell: context name, its connection failed</extracomment>
        <translation>%1 (error)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Board tooltip: context name and why its connection is not up</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Board column header: the kubeconfig context of the rollout</extracomment>
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPage</name>
    <message>
        <source>Select a rollout in the board to see its steps, weights and revisions.</source>
        <translation>Selecciona un rollout en el tablero para ver sus pasos, pesos y revisiones.</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <extracomment>Summary captions (the plugin&apos;s header fields)</extracomment>
        <translation>Estrategia:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <source>Set weight:</source>
        <translation>Peso establecido:</translation>
    </message>
    <message>
        <source>Actual weight:</source>
        <translation>Peso real:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <source>Why is this rollout Degraded?</source>
        <translation>¿Por qué este rollout está Degraded?</translation>
    </message>
    <message>
        <source>Set image back to the &amp;stable version</source>
        <translation>Volver a la imagen de la versión e&amp;stable</translation>
    </message>
    <message>
        <source>Set image back to the stable version</source>
        <translation>Volver a la imagen de la versión estable</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <extracomment>Rollout page tabs (also the View menu&apos;s entries)</extracomment>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>&amp;Weight chart</source>
        <translation>Gráfico de p&amp;esos</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>Re&amp;visiones</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>C&amp;ontenedores</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation>Con&amp;diciones</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>This rollout has no canary steps.</source>
        <translation>Este rollout no tiene pasos canary.</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Revision tree</source>
        <translation>Árbol de revisiones</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>Copy the tree as kubectl argo rollouts get rollout prints it</source>
        <translation>Copiar el árbol tal como lo muestra kubectl argo rollouts get rollout</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Image (desired)</source>
        <translation>Imagen (deseada)</translation>
    </message>
    <message>
        <source>Stable image</source>
        <translation>Imagen estable</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>Ejecuciones de análisis</translation>
    </message>
    <message>
        <source>Analysis run / metric</source>
        <translation>Ejecución de análisis / métrica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
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
        <translation>Deseadas %1 · Actuales %2 · Actualizadas %3 · Listas %4 · Disponibles %5</translation>
    </message>
    <message>
        <source>The update was aborted. The Degraded status does not describe the health of your application: the stable version (%1) is running and receives all traffic. It only says that the desired version in spec.template (%2) and the running stable version differ.

To clear it, set the image back to the stable version: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet. Or use Retry to run the update again.</source>
        <translation>La actualización se interrumpió. El estado Degraded no describe la salud de tu aplicación: la versión estable (%1) se está ejecutando y recibe todo el tráfico. Solo indica que la versión deseada en spec.template (%2) y la versión estable en ejecución no coinciden.

Para resolverlo, vuelve a poner la imagen de la versión estable: el rollout omite los pasos de análisis y promoción y vuelve directamente al ReplicaSet estable. O usa «Reintentar» para volver a ejecutar la actualización.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>contenedor de inicialización</translation>
    </message>
    <message>
        <source>measurements %1, condition %2</source>
        <translation>mediciones %1, condición %2</translation>
    </message>
    <message>
        <source>No analysis runs.</source>
        <translation>No hay ejecuciones de análisis.</translation>
    </message>
    <message>
        <source>Export weight chart as PNG</source>
        <translation>Exportar el gráfico de pesos como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export weight history as CSV</source>
        <translation>Exportar el historial de pesos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Read-only: actions are switched off.</source>
        <translation>Solo lectura: las acciones están desactivadas.</translation>
    </message>
    <message>
        <source>Opens Set Image with the stable version&apos;s image: %1</source>
        <translation>Abre «Cambiar imagen» con la imagen de la versión estable: %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <extracomment>Rollout page tab: the rollout&apos;s story (Events, live changes, actions)</extracomment>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>This rollout cannot be read</source>
        <extracomment>Title of the notice shown instead of a rollout whose object failed to parse</extracomment>
        <translation>Este rollout no se puede leer</translation>
    </message>
    <message>
        <source>The rollout&apos;s object could not be read, so nothing of it is shown: %1</source>
        <extracomment>Shown instead of a rollout whose object failed to parse; %1 is the parser&apos;s message</extracomment>
        <translation>No se pudo leer el objeto del rollout, así que no se muestra nada de él: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::RolloutPageHeader</name>
    <message>
        <source>Rollout name</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Nombre del rollout</translation>
    </message>
    <message>
        <source>Rollout status</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Estado del rollout</translation>
    </message>
    <message>
        <source>Status message</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>Strategy</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Set weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Peso establecido</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Peso real</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Why the rollout cannot be read</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Por qué no se puede leer el rollout</translation>
    </message>
    <message>
        <source>Why the rollout is Degraded</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Por qué el rollout está Degraded</translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message>
        <source>Set image of %1</source>
        <extracomment>Window title, %1 is the rollout name</extracomment>
        <translation>Cambiar la imagen de %1</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontenedor:</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>%1 (init container)</source>
        <translation>%1 (contenedor de inicialización)</translation>
    </message>
    <message>
        <source>Current image:</source>
        <translation>Imagen actual:</translation>
    </message>
    <message>
        <source>New &amp;image:</source>
        <translation>Nueva &amp;imagen:</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Nueva imagen</translation>
    </message>
    <message>
        <source>Choose an image this rollout ran before, or type one.</source>
        <translation>Elige una imagen que este rollout haya ejecutado antes o escribe una.</translation>
    </message>
    <message>
        <source>Choose a container and a valid image to see what will happen.</source>
        <translation>Elige un contenedor y una imagen válida para ver qué ocurrirá.</translation>
    </message>
    <message>
        <source>Container %1 already runs %2: nothing would change.</source>
        <translation>El contenedor %1 ya ejecuta %2: no cambiaría nada.</translation>
    </message>
    <message>
        <source>This is the stable image: the rollout skips the analysis and promotion steps and goes straight back to the stable ReplicaSet (a rollback). No canary is started and the rollout returns to stable.</source>
        <translation>Esta es la imagen estable: el rollout omite los pasos de análisis y promoción y vuelve directamente al ReplicaSet estable (una reversión). No se inicia ningún canary y el rollout vuelve a estable.</translation>
    </message>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>Se iniciará una nueva revisión canary con %1 que seguirá %n paso, empezando por: %2.</numerusform>
            <numerusform>Se iniciará una nueva revisión canary con %1 que seguirá %n pasos, empezando por: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new preview ReplicaSet will start with %1. Traffic switches to it when the rollout is promoted.</source>
        <translation>Se iniciará un nuevo ReplicaSet de vista previa con %1. El tráfico pasa a él cuando se promueve el rollout.</translation>
    </message>
    <message>
        <source>A new revision will start with %1 and replace the running pods.</source>
        <translation>Se iniciará una nueva revisión con %1 que reemplazará los pods en ejecución.</translation>
    </message>
    <message>
        <source>All containers (*)</source>
        <extracomment>Container choice: set the image of every container (the plugin&apos;s &quot;*&quot;)</extracomment>
        <translation>Todos los contenedores (*)</translation>
    </message>
    <message>
        <source>(differs per container)</source>
        <translation>(varía según el contenedor)</translation>
    </message>
    <message>
        <source>Current image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Imagen actual</translation>
    </message>
    <message>
        <source>Problem with the new image</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Problema con la nueva imagen</translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Production contexts (actions there require typing the rollout&apos;s name):</source>
        <translation>Contextos de &amp;producción (las acciones en ellos requieren escribir el nombre del rollout):</translation>
    </message>
    <message>
        <source>Production contexts</source>
        <translation>Contextos de producción</translation>
    </message>
    <message>
        <source>&amp;Read-only mode: switch every action off</source>
        <translation>Modo de solo &amp;lectura: desactivar todas las acciones</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications when a rollout needs me or finishes:</source>
        <translation>&amp;Notificaciones de escritorio cuando un rollout me necesita o termina:</translation>
    </message>
    <message>
        <source>It &amp;waits for me (a pause for promotion, an inconclusive analysis)</source>
        <translation>Me &amp;espera (una pausa para la promoción, un análisis no concluyente)</translation>
    </message>
    <message>
        <source>Notify when a rollout waits for me</source>
        <translation>Notificar cuando un rollout me espera</translation>
    </message>
    <message>
        <source>An &amp;analysis measurement fails or errors</source>
        <translation>Una &amp;medición del análisis falla o da error</translation>
    </message>
    <message>
        <source>Notify when an analysis measurement fails</source>
        <translation>Notificar cuando falla una medición del análisis</translation>
    </message>
    <message>
        <source>It is a&amp;borted</source>
        <translation>Se inte&amp;rrumpe</translation>
    </message>
    <message>
        <source>Notify when a rollout is aborted</source>
        <translation>Notificar cuando se interrumpe un rollout</translation>
    </message>
    <message>
        <source>It becomes De&amp;graded for another reason</source>
        <translation>Pasa a De&amp;graded por otro motivo</translation>
    </message>
    <message>
        <source>Notify when a rollout becomes Degraded</source>
        <translation>Notificar cuando un rollout pasa a Degraded</translation>
    </message>
    <message>
        <source>It &amp;completes</source>
        <translation>Se &amp;completa</translation>
    </message>
    <message>
        <source>Notify when a rollout completes</source>
        <translation>Notificar cuando se completa un rollout</translation>
    </message>
    <message>
        <source>Only for my &amp;favourites</source>
        <translation>Solo para mis &amp;favoritos</translation>
    </message>
    <message>
        <source>Notify only for favourite rollouts</source>
        <translation>Notificar solo para los rollouts favoritos</translation>
    </message>
    <message>
        <source>&amp;Keep the rollout history on this computer (History tab)</source>
        <translation>&amp;Guardar el historial de rollouts en este equipo (pestaña Historial)</translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message>
        <source>Set weight to %1 %</source>
        <extracomment>Canary step: send this percentage of traffic to the canary</extracomment>
        <translation>Establecer el peso en %1 %</translation>
    </message>
    <message>
        <source>Pause until promoted</source>
        <extracomment>Canary step: a pause without duration</extracomment>
        <translation>Pausar hasta la promoción</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pausar (%1)</translation>
    </message>
    <message>
        <source>Pause for %1</source>
        <extracomment>Canary step: a timed pause, %1 is a duration like 10s or 1m30s</extracomment>
        <translation>Pausar durante %1</translation>
    </message>
    <message>
        <source>Run an analysis</source>
        <translation>Ejecutar un análisis</translation>
    </message>
    <message>
        <source>Run analysis: %1</source>
        <extracomment>Canary step: %1 lists analysis template names</extracomment>
        <translation>Ejecutar el análisis: %1</translation>
    </message>
    <message>
        <source>Run an experiment</source>
        <translation>Ejecutar un experimento</translation>
    </message>
    <message>
        <source>Run an experiment for %1</source>
        <extracomment>Canary step: %1 is a duration</extracomment>
        <translation>Ejecutar un experimento durante %1</translation>
    </message>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>Escalar el canary a %n réplica</numerusform>
            <numerusform>Escalar el canary a %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale the canary to %1 % of replicas</source>
        <translation>Escalar el canary al %1 % de las réplicas</translation>
    </message>
    <message>
        <source>Scale the canary to match the traffic weight</source>
        <translation>Escalar el canary según el peso del tráfico</translation>
    </message>
    <message>
        <source>Set header-based route</source>
        <translation>Establecer una ruta basada en encabezados</translation>
    </message>
    <message>
        <source>Set mirror route</source>
        <translation>Establecer una ruta espejo</translation>
    </message>
    <message>
        <source>Run step plugin %1</source>
        <translation>Ejecutar el plugin de paso %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Steps list: step number and its description, e.g. &quot;2. Pause until promoted&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <extracomment>Steps list: countdown appended to the current timed pause</extracomment>
        <translation>%1 — quedan %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
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
        <translation>Borrar el historial guardado</translation>
    </message>
    <message>
        <source>Delete the rollout history kept on this computer for every context? The History tabs then start again from the Events the clusters still have.</source>
        <translation>¿Borrar el historial de rollouts guardado en este equipo para todos los contextos? Las pestañas Historial vuelven a empezar desde los Events que aún tienen los clústeres.</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>&amp;Borrar el historial</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar el historial</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The stored rollout history was cleared.</source>
        <translation>Se ha borrado el historial de rollouts guardado.</translation>
    </message>
    <message>
        <source>The stored rollout history could not be cleared: the file is in use by another program.</source>
        <translation>No se ha podido borrar el historial de rollouts guardado: otro programa está usando el archivo.</translation>
    </message>
</context>
<context>
    <name>rd::gui::TimelineModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicado: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
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
        <translation>Vigilar varios contextos</translation>
    </message>
    <message>
        <source>Contexts to watch</source>
        <translation>Contextos que vigilar</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Watch the checked contexts</source>
        <translation>Vigilar los contextos marcados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Show the rollouts of the checked contexts on one board. Each context keeps its own connection; actions go to the row&apos;s own context.</source>
        <translation>Mostrar los rollouts de los contextos marcados en un solo tablero. Cada contexto mantiene su propia conexión; las acciones van al contexto de su fila.</translation>
    </message>
    <message>
        <source>&amp;Contexts:</source>
        <extracomment>The list of the kubeconfig&apos;s contexts, each with a check box</extracomment>
        <translation>&amp;Contextos:</translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
    <message>
        <source>Weight chart</source>
        <translation>Gráfico de pesos</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>Peso establecido</translation>
    </message>
    <message>
        <source>Actual weight</source>
        <translation>Peso real</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrupción</translation>
    </message>
    <message>
        <source>Canary weight over time</source>
        <translation>Peso del canary a lo largo del tiempo</translation>
    </message>
    <message>
        <source>revision %1</source>
        <extracomment>Weight chart: a segment&apos;s revision when its image is not known</extracomment>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>revision %1 (image %2)</source>
        <extracomment>Weight chart: a segment&apos;s revision and image</extracomment>
        <translation>revisión %1 (imagen %2)</translation>
    </message>
    <message>
        <source>Canary</source>
        <extracomment>Weight chart legend: the canary&apos;s share of the traffic</extracomment>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Stable</source>
        <extracomment>Weight chart legend: the stable version&apos;s share of the traffic</extracomment>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Pause ends</source>
        <extracomment>Weight chart legend: when a timed pause ends by itself</extracomment>
        <translation>Fin de la pausa</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Reanudación</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Weight chart legend: a marker glyph</extracomment>
        <translation>Reintento</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Weight chart legend: a marker glyph (the revision became stable)</extracomment>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Stable: %1</source>
        <extracomment>Weight chart: label of the stretch where a revision is the stable version</extracomment>
        <translation>Estable: %1</translation>
    </message>
    <message>
        <source>Canary: %1</source>
        <extracomment>Weight chart: label of a canary stretch</extracomment>
        <translation>Canary: %1</translation>
    </message>
    <message>
        <source>No weight history is known for this rollout yet.</source>
        <translation>Aún no se conoce ningún historial de pesos de este rollout.</translation>
    </message>
    <message>
        <source>Stable at 100 %, %1</source>
        <translation>Estable al 100 %, %1</translation>
    </message>
    <message>
        <source>Aborted: canary weight 0 %, %1; all traffic is on the stable version</source>
        <translation>Interrumpido: peso del canary 0 %, %1; todo el tráfico está en la versión estable</translation>
    </message>
    <message>
        <source>Canary weight %1 %, %2</source>
        <translation>Peso del canary %1 %, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>pausado %n vez</numerusform>
            <numerusform>pausado %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>promovido %n vez</numerusform>
            <numerusform>promovido %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abort(s)</source>
        <translation>
            <numerusform>interrumpido %n vez</numerusform>
            <numerusform>interrumpido %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>marked: %1</source>
        <extracomment>Weight chart summary: %1 lists counts, e.g. &quot;2 pauses, 1 promotion&quot;</extracomment>
        <translation>en el gráfico: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Último evento: %1</translation>
    </message>
    <message>
        <source>paused, resuming now</source>
        <translation>en pausa, se reanuda ahora</translation>
    </message>
    <message>
        <source>paused at step %1, resuming now</source>
        <translation>en pausa en el paso %1, se reanuda ahora</translation>
    </message>
    <message>
        <source>paused, resumes in %1</source>
        <translation>en pausa, se reanuda en %1</translation>
    </message>
    <message>
        <source>paused at step %1, resumes in %2</source>
        <translation>en pausa en el paso %1, se reanuda en %2</translation>
    </message>
    <message>
        <source>paused until someone promotes it</source>
        <translation>en pausa hasta que alguien lo promueva</translation>
    </message>
    <message>
        <source>paused at step %1 until someone promotes it</source>
        <translation>en pausa en el paso %1 hasta que alguien lo promueva</translation>
    </message>
    <message>
        <source>paused by a person until someone resumes it</source>
        <translation>pausado por una persona hasta que alguien lo reanude</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>%1 is the pause condition&apos;s reason from the cluster, e.g. BlueGreenPause</extracomment>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>en pausa (%1)</translation>
    </message>
    <message>
        <source>Updated to revision %1</source>
        <translation>Actualizado a la revisión %1</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>En pausa al %1 %</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <source>Promoted (the pause ended before its time; read from the cluster&apos;s Events)</source>
        <translation>Promovido (la pausa terminó antes de tiempo; leído de los Events del clúster)</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promovido</translation>
    </message>
    <message>
        <source>Fully promoted (read from the completion&apos;s reason)</source>
        <translation>Promovido por completo (leído del motivo de la finalización)</translation>
    </message>
    <message>
        <source>Fully promoted</source>
        <translation>Promovido por completo</translation>
    </message>
    <message>
        <source>Aborted: all traffic back on the stable version</source>
        <translation>Interrumpido: todo el tráfico ha vuelto a la versión estable</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Reintentado</translation>
    </message>
    <message>
        <source>Revision %1 completed: it is the stable version</source>
        <translation>Revisión %1 completada: es la versión estable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicado: %1</translation>
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
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>En pausa en el paso %1</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrumpido</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to Rollout Desk</source>
        <translation>Te damos la bienvenida a Rollout Desk</translation>
    </message>
    <message>
        <source>Watch and steer Argo Rollouts: choose where the rollouts come from.</source>
        <translation>Observa y dirige Argo Rollouts: elige de dónde proceden los rollouts.</translation>
    </message>
    <message>
        <source>Open a &amp;kubeconfig…</source>
        <translation>Abrir un &amp;kubeconfig…</translation>
    </message>
    <message>
        <source>Start the &amp;demo cluster</source>
        <translation>Iniciar el clúster de &amp;demostración</translation>
    </message>
    <message>
        <source>A simulated cluster inside the application, with the rollouts-demo rollout: try every action safely.</source>
        <translation>Un clúster simulado dentro de la aplicación, con el rollout rollouts-demo: prueba todas las acciones sin riesgo.</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot…</source>
        <translation>Abrir una &amp;instantánea…</translation>
    </message>
    <message>
        <source>View rollouts saved with kubectl get -o yaml, offline and read-only.</source>
        <translation>Ver, sin conexión y en solo lectura, rollouts guardados con kubectl get -o yaml.</translation>
    </message>
    <message>
        <source>Open a kubeconfig</source>
        <translation>Abrir un kubeconfig</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>Iniciar el clúster de demostración</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>Abrir una instantánea</translation>
    </message>
    <message>
        <source>Why no rollouts are shown</source>
        <extracomment>Screen readers read this after the label&apos;s text: what the value is</extracomment>
        <translation>Por qué no se muestra ningún rollout</translation>
    </message>
</context>
<context>
    <name>rd::kube::CredentialProvider</name>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (user &quot;%1&quot;)</source>
        <translation>el plugin exec no admite el modo interactivo: la entrada estándar no es un terminal (usuario &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The oidc auth provider has no id-token; log in again.</source>
        <translation>El proveedor de autenticación oidc no tiene id-token; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</source>
        <translation>El plugin de autenticación gcp se ha eliminado. Usa gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Use kubelogin.</source>
        <translation>El plugin de autenticación azure se ha eliminado. Usa kubelogin.</translation>
    </message>
    <message>
        <source>The auth provider &quot;%1&quot; is not supported.</source>
        <translation>El proveedor de autenticación &quot;%1&quot; no es compatible.</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;: %2</source>
        <translation>no se puede leer el archivo de token &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>el archivo de token &quot;%1&quot; está vacío</translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec: el ejecutable %1 no terminó en un plazo de %n segundo</numerusform>
            <numerusform>exec: el ejecutable %1 no terminó en un plazo de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: no se encontró el ejecutable %1</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec: el ejecutable %1 falló con el código de salida %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed</source>
        <translation>exec: el ejecutable %1 se bloqueó</translation>
    </message>
    <message>
        <source>exec plugin output is not an ExecCredential: %1</source>
        <translation>la salida del plugin exec no es un ExecCredential: %1</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>el plugin exec está configurado para usar la versión de API %1, pero el plugin devolvió la versión %2</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>el plugin exec no devolvió un campo status</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>el plugin exec devolvió solo el certificado o la clave, no ambos</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>el plugin exec no devolvió un token ni un par certificado/clave</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>el plugin exec devolvió un expirationTimestamp &quot;%1&quot; no válido</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MiB of output; it was stopped</source>
        <translation>exec: el ejecutable %1 escribió más de %2 MiB de salida; se detuvo</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeClient</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3</source>
        <translation>No se puede leer el archivo &quot;%2&quot; (%1): %3</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not a valid URL.</source>
        <translation>La dirección de servidor &quot;%1&quot; del clúster &quot;%2&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>autoridad de certificación</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>La autoridad de certificación del clúster &quot;%1&quot; no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificado de cliente</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clave de cliente</translation>
    </message>
    <message>
        <source>The client certificate or key of user &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer el certificado de cliente o la clave del usuario &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; uses the scheme &quot;%2&quot;, which is not supported here; use http or socks5.</source>
        <translation>El proxy &quot;%1&quot; usa el esquema &quot;%2&quot;, que no se admite aquí; usa http o socks5.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>Falló la conexión TLS con %1: %2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>The server rejected the credentials of context &quot;%1&quot; (401 Unauthorized). Log in again or check the token.</source>
        <translation>El servidor rechazó las credenciales del contexto &quot;%1&quot; (401 Unauthorized). Vuelve a iniciar sesión o comprueba el token.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>El servidor respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was not read.</source>
        <translation>La respuesta de %1 supera los %2 MiB; no se leyó.</translation>
    </message>
</context>
<context>
    <name>rd::kube::KubeConfig</name>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>se esperaba true o false, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 no es base64 válido</translation>
    </message>
    <message>
        <source>&quot;%1s&quot; must be a list</source>
        <translation>&quot;%1s&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>an entry of &quot;%1s&quot; is not a mapping</source>
        <translation>una entrada de &quot;%1s&quot; no es un mapeo</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>nombre &quot;%1&quot; duplicado en la lista</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig (expected a mapping at the top)</source>
        <translation>el archivo no es un kubeconfig (se esperaba un mapeo en el nivel superior)</translation>
    </message>
    <message>
        <source>exec env entry without a name</source>
        <translation>entrada env de exec sin nombre</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>error al cargar el archivo de configuración &quot;%1&quot;: línea %2: %3</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>error al cargar el archivo de configuración &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>El archivo kubeconfig &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>No kubeconfig found: &quot;%1&quot; does not exist.</source>
        <translation>No se encontró ningún kubeconfig: &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>No kubeconfig found: none of %1 exists.</source>
        <translation>No se encontró ningún kubeconfig: no existe ninguno de estos archivos: %1.</translation>
    </message>
    <message>
        <source>The kubeconfig is empty: it defines no context.</source>
        <translation>El kubeconfig está vacío: no define ningún contexto.</translation>
    </message>
    <message>
        <source>The kubeconfig has no current context; choose one.</source>
        <translation>El kubeconfig no tiene contexto actual; elige uno.</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>el contexto &quot;%1&quot; no existe</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>no se encontró el clúster &quot;%1&quot; para el contexto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>no se encontró el usuario &quot;%1&quot; para el contexto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>no se encontró ningún servidor para el clúster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than one authentication method found for &quot;%1&quot;; found token and basicAuth, only one is allowed</source>
        <translation>se encontró más de un método de autenticación para &quot;%1&quot;; se encontraron token y basicAuth, solo se permite uno</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for &quot;%1&quot; to use the clientCert authentication method.</source>
        <translation>Se debe especificar client-key-data o client-key para que &quot;%1&quot; use el método de autenticación clientCert.</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for &quot;%1&quot;</source>
        <translation>authProvider no se puede proporcionar junto con un plugin exec para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for &quot;%1&quot; without impersonating a user</source>
        <translation>se solicitan uid, groups o user-extra para &quot;%1&quot; sin suplantar a un usuario</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>plugin exec: apiVersion &quot;%1&quot; no válida</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for &quot;%1&quot; to use exec authentication plugin</source>
        <translation>se debe especificar interactiveMode para que &quot;%1&quot; use el plugin de autenticación exec</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed (cluster &quot;%1&quot;)</source>
        <translation>no se permite especificar un archivo de certificados raíz con la opción insecure (clúster &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>esquema de proxy &quot;%1&quot; no admitido, debe ser http, https o socks5</translation>
    </message>
    <message>
        <source>the extension is nested too deeply</source>
        <translation>la extensión está anidada a demasiada profundidad</translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>may not be &apos;.&apos;</source>
        <translation>no puede ser &apos;.&apos;</translation>
    </message>
    <message>
        <source>may not be &apos;..&apos;</source>
        <translation>no puede ser &apos;..&apos;</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>no puede contener &apos;/&apos;</translation>
    </message>
    <message>
        <source>may not contain &apos;%&apos;</source>
        <translation>no puede contener &apos;%&apos;</translation>
    </message>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>no debe tener más de %1 caracteres</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;, or &apos;123-abc&apos;)</source>
        <translation>una etiqueta RFC 1123 en minúsculas solo puede contener caracteres alfanuméricos en minúscula o &apos;-&apos;, y debe empezar y terminar con un carácter alfanumérico (p. ej., &apos;my-name&apos; o &apos;123-abc&apos;)</translation>
    </message>
    <message>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;)</source>
        <translation>un subdominio RFC 1123 en minúsculas solo puede contener caracteres alfanuméricos en minúscula, &apos;-&apos; o &apos;.&apos;, y debe empezar y terminar con un carácter alfanumérico (p. ej., &apos;example.com&apos;)</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid %3 name: %4</source>
        <translation>%1 %2 no es un nombre de %3 válido: %4</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid namespace name: %3</source>
        <translation>%1 %2 no es un nombre de espacio de nombres válido: %3</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n carácter)</numerusform>
            <numerusform>… (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::Reflector</name>
    <message>
        <source>The list of %1 could not be read.</source>
        <translation>No se pudo leer la lista de %1.</translation>
    </message>
    <message>
        <source>The watch of %1 ended immediately.</source>
        <translation>La vigilancia (watch) de %1 terminó de inmediato.</translation>
    </message>
    <message>
        <source>The list of %1 is larger than %2 MiB; it was not used.</source>
        <translation>La lista de %1 supera los %2 MiB; no se usó.</translation>
    </message>
    <message>
        <source>The server repeated a continue token while listing %1; the list was not used.</source>
        <translation>El servidor repitió un token continue al listar %1; no se usó la lista.</translation>
    </message>
    <message>
        <source>The list of %1 did not end after %2 pages; it was not used.</source>
        <translation>La lista de %1 no terminó después de %2 páginas; no se usó.</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event larger than %2 MiB.</source>
        <translation>La vigilancia (watch) de %1 envió un evento de más de %2 MiB.</translation>
    </message>
    <message>
        <source>no object</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>sin objeto</translation>
    </message>
    <message>
        <source>The watch of %1 reported an error (HTTP %2).</source>
        <translation>La vigilancia (watch) de %1 informó de un error (HTTP %2).</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>tipo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object of kind &quot;%1&quot;</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>un objeto de clase (kind) &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no metadata</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>sin metadatos</translation>
    </message>
    <message>
        <source>no resourceVersion</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>sin resourceVersion</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>Why a watch event was refused: the %2 of &quot;The watch of %1 sent an event that could not be read (%2)&quot;.</extracomment>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>The watch of %1 sent an event that could not be read (%2); resuming from the last good version.</source>
        <translation>La vigilancia (watch) de %1 envió un evento que no se pudo leer (%2); se reanuda desde la última versión válida.</translation>
    </message>
    <message>
        <source>The watch of %1 ended in the middle of an event.</source>
        <translation>La vigilancia (watch) de %1 terminó en mitad de un evento.</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>El espacio de nombres</translation>
    </message>
</context>
<context>
    <name>rd::kube::RequestPath</name>
    <message>
        <source>The request to %1 was not sent: %2</source>
        <translation>La solicitud a %1 no se envió: %2</translation>
    </message>
    <message>
        <source>the path must start with &apos;/&apos;</source>
        <translation>la ruta debe empezar por &apos;/&apos;</translation>
    </message>
    <message>
        <source>the path segment %1 is not allowed</source>
        <translation>el segmento de ruta %1 no está permitido</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>el espacio de nombres</translation>
    </message>
    <message>
        <source>it has more segments than RESOURCE/NAME/SUBRESOURCE</source>
        <translation>tiene más segmentos que RESOURCE/NAME/SUBRESOURCE</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterActionRunner</name>
    <message>
        <source>The restart delay is out of range.</source>
        <translation>El retraso del reinicio está fuera de rango.</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterConnector</name>
    <message>
        <source>The namespace of context &quot;%1&quot;</source>
        <translation>El espacio de nombres del contexto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The namespace</source>
        <translation>El espacio de nombres</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterEventLister</name>
    <message>
        <source>the rollout name</source>
        <extracomment>Names the field in &quot;&lt;field&gt; &quot;x&quot; is not a valid Rollout name: …&quot;</extracomment>
        <translation>el nombre del rollout</translation>
    </message>
</context>
<context>
    <name>rd::source::ClusterRolloutSource</name>
    <message>
        <source>This connection is read-only: no change is sent to the cluster.</source>
        <translation>Esta conexión es de solo lectura: no se envía ningún cambio al clúster.</translation>
    </message>
    <message>
        <source>The rollout %1 is not in the namespace &quot;%2&quot; of this connection; nothing is sent to the cluster.</source>
        <translation>El rollout %1 no está en el espacio de nombres &quot;%2&quot; de esta conexión; no se envía nada al clúster.</translation>
    </message>
</context>
<context>
    <name>rd::source::KubeconfigFollow</name>
    <message>
        <source>The kubeconfig cannot be read any more (%1); the connection to %2 keeps its last settings.</source>
        <translation>El kubeconfig ya no se puede leer (%1); la conexión con %2 mantiene su última configuración.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context is now %1; this window stays on %2 until you choose another context.</source>
        <extracomment>%1 new current-context of the kubeconfig, %2 context shown</extracomment>
        <translation>El contexto actual del kubeconfig es ahora %1; esta ventana sigue en %2 hasta que elijas otro contexto.</translation>
    </message>
    <message>
        <source>The context %1 is no longer in the kubeconfig; the connection keeps its last settings until you choose another context.</source>
        <translation>El contexto %1 ya no está en el kubeconfig; la conexión mantiene su última configuración hasta que elijas otro contexto.</translation>
    </message>
    <message>
        <source>The context %1 in the kubeconfig is no longer usable (%2); the connection keeps its last settings.</source>
        <translation>El contexto %1 del kubeconfig ya no se puede usar (%2); la conexión mantiene su última configuración.</translation>
    </message>
    <message>
        <source>The kubeconfig changed the cluster or client certificate of context %1: connecting again.</source>
        <translation>El kubeconfig cambió el clúster o el certificado de cliente del contexto %1: conectando de nuevo.</translation>
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
        <translation>No hay ningún contexto que vigilar.</translation>
    </message>
    <message>
        <source>Context “%1” is not connected: %2</source>
        <translation>El contexto «%1» no está conectado: %2</translation>
    </message>
    <message>
        <source>“%1” is not a watched context.</source>
        <translation>«%1» no es un contexto vigilado.</translation>
    </message>
</context>
<context>
    <name>rd::source::SnapshotRolloutSource</name>
    <message>
        <source>A snapshot is read-only: actions cannot be sent. Connect to the cluster to change this rollout.</source>
        <translation>Una instantánea es de solo lectura: no se pueden enviar acciones. Conéctate al clúster para cambiar este rollout.</translation>
    </message>
</context>
<context>
    <name>rd::source::TimelineStore</name>
    <message>
        <source>%1 is damaged and cannot be moved aside</source>
        <translation>%1 está dañado y no se puede apartar</translation>
    </message>
    <message>
        <source>The stored rollout history was damaged. It was moved to %1 and a new one was started.</source>
        <translation>El historial de rollouts guardado estaba dañado. Se ha movido a %1 y se ha empezado uno nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1 está en uso por otro programa</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>no se puede usar %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rollout Desk</source>
        <translation>%1 fue escrito por una versión más reciente de Rollout Desk</translation>
    </message>
    <message>
        <source>The rollout history cannot be kept on this computer (%1). It is kept for this session only.</source>
        <extracomment>%1 says why, e.g. &quot;/home/me/.local/share/rolloutdesk/history.sqlite cannot be written&quot;</extracomment>
        <translation>El historial de rollouts no se puede guardar en este equipo (%1). Solo se guarda durante esta sesión.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
</context>
</TS>
