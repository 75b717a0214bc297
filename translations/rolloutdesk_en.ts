<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rd::gui::AbortWatcher</name>
    <message numerus="yes">
        <source>ReplicaSet %1 (revision %2) with %n available pod(s)</source>
        <extracomment>%1 ReplicaSet name, %2 its revision, %n available pods</extracomment>
        <translation>
            <numerusform>ReplicaSet %1 (revision %2) with %n available pod</numerusform>
            <numerusform>ReplicaSet %1 (revision %2) with %n available pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic is back on the stable version (%n s after the abort).</source>
        <extracomment>After an abort: the canary has weight 0 and the stable ReplicaSet is fully available</extracomment>
        <translation>
            <numerusform>All traffic is back on the stable version (%n s after the abort).</numerusform>
            <numerusform>All traffic is back on the stable version (%n s after the abort).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the stable version is still not fully available.</source>
        <extracomment>%1 rollout; the stable ReplicaSet is not fully available yet</extracomment>
        <translation>
            <numerusform>%1: %n s after the abort the stable version is still not fully available.</numerusform>
            <numerusform>%1: %n s after the abort the stable version is still not fully available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n s after the abort the canary is still serving: %2.</source>
        <extracomment>%1 rollout, %2 what still serves the canary</extracomment>
        <translation>
            <numerusform>%1: %n s after the abort the canary is still serving: %2.</numerusform>
            <numerusform>%1: %n s after the abort the canary is still serving: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ActionPolicy</name>
    <message numerus="yes">
        <source>Every pod of the rollout is restarted, a few at a time, starting in %n second(s).</source>
        <translation>
            <numerusform>Every pod of the rollout is restarted, a few at a time, starting in %n second.</numerusform>
            <numerusform>Every pod of the rollout is restarted, a few at a time, starting in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollout %1 restarts its pods in %n second(s).</source>
        <translation>
            <numerusform>Rollout %1 restarts its pods in %n second.</numerusform>
            <numerusform>Rollout %1 restarts its pods in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::BoardView</name>
    <message numerus="yes">
        <source>Show: %1 — %n rollout(s)</source>
        <translation>
            <numerusform>Show: %1 — %n rollout</numerusform>
            <numerusform>Show: %1 — %n rollouts</numerusform>
        </translation>
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
</context>
<context>
    <name>rd::gui::MetricBudgetModel</name>
    <message numerus="yes">
        <source>%n more before the metric fails</source>
        <translation>
            <numerusform>%n more before the metric fails</numerusform>
            <numerusform>%n more before the metric fails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricChart</name>
    <message numerus="yes">
        <source>%n measurement(s) without a numeric value are marked along the bottom.</source>
        <translation>
            <numerusform>%n measurement without a numeric value is marked along the bottom.</numerusform>
            <numerusform>%n measurements without a numeric value are marked along the bottom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metric %1: %n measurement(s)</source>
        <extracomment>Start of the metric chart&apos;s description: &quot;Metric success-rate: 5 measurements&quot;</extracomment>
        <translation>
            <numerusform>Metric %1: %n measurement</numerusform>
            <numerusform>Metric %1: %n measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::NoticeClassifier</name>
    <message numerus="yes">
        <source>%n failed or errored measurement(s) in the running analysis.</source>
        <translation>
            <numerusform>%n failed or errored measurement in the running analysis.</numerusform>
            <numerusform>%n failed or errored measurements in the running analysis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::SetImageDialog</name>
    <message numerus="yes">
        <source>A new canary revision will start with %1 and follow %n step(s), beginning with: %2.</source>
        <translation>
            <numerusform>A new canary revision will start with %1 and follow %n step, beginning with: %2.</numerusform>
            <numerusform>A new canary revision will start with %1 and follow %n steps, beginning with: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::StepsModel</name>
    <message numerus="yes">
        <source>Scale the canary to %n replica(s)</source>
        <translation>
            <numerusform>Scale the canary to %n replica</numerusform>
            <numerusform>Scale the canary to %n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::WeightChart</name>
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
            <numerusform>%n abort</numerusform>
            <numerusform>%n aborts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::ExecPluginRunner</name>
    <message numerus="yes">
        <source>exec: executable %1 did not finish within %n second(s)</source>
        <translation>
            <numerusform>exec: executable %1 did not finish within %n second</numerusform>
            <numerusform>exec: executable %1 did not finish within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::kube::ObjectName</name>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n character)</numerusform>
            <numerusform>… (%n characters)</numerusform>
        </translation>
    </message>
</context>
</TS>
