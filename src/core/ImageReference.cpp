#include "ImageReference.h"

#include <QRegularExpression>

namespace rd::core {

ImageReference::Problem ImageReference::check(const QString &reference)
{
    if (reference.isEmpty())
        return Problem::Empty;
    if (reference.contains(u' ') || reference.contains(u'\t'))
        return Problem::Whitespace;
    // `set image` splits CONTAINER=IMAGE on '=', so an image may not contain one.
    if (reference.contains(u'='))
        return Problem::Equals;
    if (reference.size() > 255 + 128 + 72)
        return Problem::TooLong;
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
        "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?/)?"
        "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*"
        "(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*"
        "(?::[\\w][\\w.-]{0,127})?"
        "(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$"));
    if (!re.match(reference).hasMatch()) {
        if (reference != reference.toLower() && !reference.contains(u'/'))
            return Problem::Uppercase;
        return Problem::Invalid;
    }
    return Problem::None;
}

} // namespace rd::core
