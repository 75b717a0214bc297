#pragma once

#include "RolloutInfo.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace rd::core {

// Text from a cluster or a file is shown on a terminal only after its control characters are made
// visible, so an object cannot clear the screen, retitle the window, move the cursor or hide a line
// (kubectl CVE-2021-25743). C0 controls and DEL are written in caret notation (ESC is "^["), C1
// controls as "\u009b"; tab, line feed and carriage return as "\t", "\n", "\r".
namespace terminal {

enum class Lines { Escape, Keep };

// `text` with every control character escaped; with Lines::Keep line feeds stay (messages).
QString safe(QStringView text, Lines lines = Lines::Escape);

// A rollout's or experiment's information with every string the text renderer can draw made safe
// (names, statuses, messages, images, steps and weights; not conditions or canary steps).
RolloutInfo safe(const RolloutInfo &info);
ExperimentInfo safe(const ExperimentInfo &info);

// The last line of defence in front of the terminal: UTF-8 output in which only line feeds, tabs
// and the program's own escape sequences (SGR colours "ESC[...m", and "ESC[H", "ESC[2J",
// "ESC[0;0H" that redraw a watch) pass; every other control is escaped as safe() does. A sequence
// cut by the end of `chunk` waits in `pending` for the next chunk.
QByteArray filterOutput(QByteArray &pending, const QByteArray &chunk);

} // namespace terminal
} // namespace rd::core
