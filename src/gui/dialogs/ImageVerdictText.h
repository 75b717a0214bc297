#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd::gui {

// The Set Image dialog's wording of core::ImageReference's verdict on an image reference (core
// parses and judges; this only says it in the user's language).
class ImageVerdictText
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ImageVerdictText)
public:
    // Empty when valid, otherwise a translated reason.
    static QString problem(const QString &reference);
    static bool isValid(const QString &reference) { return problem(reference).isEmpty(); }
};

} // namespace rd::gui
