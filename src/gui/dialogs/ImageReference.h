#pragma once

#include <QString>

namespace rd::gui {

// Words core::ImageReference's verdict on an image reference for the Set Image dialog.
class ImageReference
{
public:
    // Empty when valid, otherwise a translated reason.
    static QString problem(const QString &reference);
    static bool isValid(const QString &reference) { return problem(reference).isEmpty(); }
};

} // namespace rd::gui
