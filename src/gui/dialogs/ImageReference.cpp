#include "gui/dialogs/ImageReference.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

QString ImageReference::problem(const QString &reference)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("rd::gui::ImageReference", text);
    };
    if (reference.isEmpty())
        return tr("Enter an image, for example registry.example.com/team/app:1.2.");
    if (reference.contains(u' ') || reference.contains(u'\t'))
        return tr("An image reference cannot contain spaces.");
    if (reference.contains(u'='))
        return tr("An image reference cannot contain '='.");
    if (reference.size() > 255 + 128 + 72)
        return tr("The image reference is too long.");
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
        "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?/)?"
        "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*"
        "(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*"
        "(?::[\\w][\\w.-]{0,127})?"
        "(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"));
    if (!re.match(reference).hasMatch()) {
        if (reference != reference.toLower() && !reference.contains(u'/'))
            return tr("Repository names must be lowercase.");
        return tr("This is not a valid image reference (expected name[:tag][@digest]).");
    }
    return {};
}

} // namespace rd::gui
