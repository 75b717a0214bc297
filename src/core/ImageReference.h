#pragma once

#include <QString>

namespace rd::core {

// Checks a container image reference against the distribution reference grammar:
// [registry[:port]/]path[:tag][@digest], with lowercase path components. The GUI words the result.
class ImageReference
{
public:
    enum class Problem { None, Empty, Whitespace, Equals, TooLong, Uppercase, Invalid };

    static Problem check(const QString &reference);
    static bool isValid(const QString &reference) { return check(reference) == Problem::None; }
};

} // namespace rd::core
