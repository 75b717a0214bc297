#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rd::gui {

// Durations, dates and times as the window shows them: in the words and number formats of the
// chosen language (QLocale() follows LanguageManager). Texts that reproduce the plugin's output
// (the revision tree's "Copy as text", the CLI) keep core::humanDuration instead.
class LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::LocaleFormat)
public:
    // Kubernetes' HumanDuration granularity ("2m36s", "3h59m", "7d") in the language's units:
    // "2 min 36 s", "2 分 36 秒". English keeps the plugin's spelling.
    static QString duration(qint64 milliseconds, const QLocale &locale = QLocale());
    // Date and time to the second, in local time.
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
    // The locale's short time format with seconds ("HH:mm:ss", "h:mm:ss AP", "AP h:mm:ss").
    static QString timeFormatWithSeconds(const QLocale &locale = QLocale());
    // Tooltip of an age cell: when it was created and how long ago.
    static QString ageToolTip(const QDateTime &created, const QDateTime &now,
                              const QLocale &locale = QLocale());
};

} // namespace rd::gui
