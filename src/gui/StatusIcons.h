#pragma once

#include <QIcon>
#include <QString>

namespace rd::gui {

// SVG icons for the plugin's glyphs: the window's fonts lack some of them (॥, ⧉), and icons
// scale on high-DPI screens.
class StatusIcons
{
public:
    // For a status glyph of core/Icons.h (✔ ✖ ॥ ◌ ⚠ ? ◷ •).
    static QIcon forGlyph(const QString &glyph);
    // For a rollout status word (Healthy, Degraded, Paused, Progressing, ...).
    static QIcon forStatus(const QString &status);
    // Tree node kinds: rollout, revision, replicaset, pod, job, experiment, analysisrun.
    static QIcon forKind(const QString &kind);
    static QIcon stepDone();
    static QIcon stepCurrent();
    static QIcon stepPending();
    static QIcon star(bool on);
    static QIcon appIcon();

private:
    static QIcon load(const QString &path);
};

} // namespace rd::gui
