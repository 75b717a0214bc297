#pragma once

#include "gui/settings/AppSettings.h"

namespace rd::gui {

// Applies the theme and the language to the running application. Language goes through one
// call site (LanguageManager).
class Appearance
{
public:
    static void applyTheme(AppSettings::Theme theme);
    // Empty = the system language; false when the language is not shipped. Installing
    // translators makes every window retranslate.
    static bool applyLanguage(const QString &code);
};

} // namespace rd::gui
