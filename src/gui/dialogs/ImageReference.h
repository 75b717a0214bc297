#pragma once

#include <QString>

namespace rd::gui {

// Checks a container image reference as the distribution reference grammar defines it:
// [registry[:port]/]path[:tag][@digest], lowercase path components.
class ImageReference
{
public:
    // Empty when valid, otherwise a translated reason.
    static QString problem(const QString &reference);
    static bool isValid(const QString &reference) { return problem(reference).isEmpty(); }
};

} // namespace rd::gui
