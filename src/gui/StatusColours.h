#pragma once

#include "source/ConnectionState.h"

#include <QColor>
#include <QString>

class QPalette;

namespace rd::gui {

// The window's warning and status colours in one place (style sheets), chosen to be readable on
// light and dark palettes.
class StatusColours
{
public:
    enum class Banner { Production, TlsOff, ReadOnly };

    static bool isDark(const QPalette &palette);
    static QString banner(Banner banner);
    // The status bar's connection text; empty = the palette's own colour.
    static QString connection(source::ConnectionState state, bool dark);
    static QString messageBar(bool error);
    // Red text for what destroys or is refused (Abort in the toolbar, validation errors).
    static QString destructiveButton();
    // The red confirm button of a destructive action's dialog.
    static QString destructiveConfirmButton();
    // "Production context: …" inside confirmation dialogs.
    static QString productionLabel();
    static QString errorText();
    // A QLabel that says why an input is refused.
    static QString validationLabel();
    // A measurement or analysis phase (Successful, Failed, Inconclusive, Error; anything else is
    // still running): the colours the step bar uses for healthy, degraded, paused and progressing.
    static QColor analysisPhase(const QString &phase);
    // The threshold lines of a metric chart: where the metric succeeds or fails.
    static QColor successThreshold();
    static QColor failureThreshold();
    // The weight chart's traffic shares: the canary red (the colour of what Abort undoes), the
    // stable version amber; readable on light and dark palettes.
    static QColor canaryShare();
    static QColor stableShare();
};

} // namespace rd::gui
