#include "gui/dialogs/ImageVerdictText.h"

#include "core/ImageReference.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

QString ImageVerdictText::problem(const QString &reference)
{
    using Problem = core::ImageReference::Problem;
    switch (core::ImageReference::check(reference)) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter an image, for example registry.example.com/team/app:1.2.");
    case Problem::Whitespace:
        return tr("An image reference cannot contain spaces.");
    case Problem::Equals:
        return tr("An image reference cannot contain '='.");
    case Problem::TooLong:
        return tr("The image reference is too long.");
    case Problem::Uppercase:
        return tr("Repository names must be lowercase.");
    case Problem::Invalid:
        break;
    }
    return tr("This is not a valid image reference (expected name[:tag][@digest]).");
}

} // namespace rd::gui
