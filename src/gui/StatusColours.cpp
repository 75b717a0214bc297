#include "gui/StatusColours.h"

#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

bool StatusColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString StatusColours::banner(Banner banner)
{
    QString colours;
    switch (banner) {
    case Banner::Production:
        colours = u"background: #c42b1c; color: white; font-weight: bold;"_s;
        break;
    case Banner::TlsOff:
        colours = u"background: #fde7e9; color: #8e1f14; font-weight: bold;"_s;
        break;
    case Banner::ReadOnly:
        colours = u"background: #e8eef7; color: #1b3a66;"_s;
        break;
    }
    return u"QLabel { padding: 5px 8px; "_s + colours + u" }"_s;
}

QString StatusColours::connection(source::ConnectionState state, bool dark)
{
    switch (state) {
    case source::ConnectionState::Connecting:
        return {};
    case source::ConnectionState::Connected:
        return dark ? u"color: #6ccf7f;"_s : u"color: #0e6b1f;"_s;
    case source::ConnectionState::Reconnecting:
        return dark ? u"color: #f0b849; font-weight: bold;"_s
                    : u"color: #8a5a00; font-weight: bold;"_s;
    case source::ConnectionState::Failed:
        return dark ? u"color: #ff8a8a; font-weight: bold;"_s
                    : u"color: #a4262c; font-weight: bold;"_s;
    }
    return {};
}

QString StatusColours::messageBar(bool error)
{
    return error ? u"QWidget#messageBar { background: #fde7e9; } QLabel { color: #8e1f14; }"_s
                 : u"QWidget#messageBar { background: #dff6dd; } QLabel { color: #0e4b12; }"_s;
}

QString StatusColours::destructiveButton()
{
    return u"QToolButton:enabled { color: #c42b1c; font-weight: bold; }"_s;
}

QString StatusColours::destructiveConfirmButton()
{
    return u"QPushButton { background: #c42b1c; color: white; border: 1px solid #8e1f14;"
           " border-radius: 3px; padding: 4px 12px; font-weight: bold; }"
           "QPushButton:disabled { background: #d9a39d; }"_s;
}

QString StatusColours::productionLabel()
{
    return u"QLabel { background: #c42b1c; color: white; padding: 4px; font-weight: bold; }"_s;
}

QString StatusColours::validationLabel()
{
    return u"QLabel { color: #c42b1c; }"_s;
}

QString StatusColours::errorText()
{
    return u"color: #a4262c;"_s;
}

QColor StatusColours::analysisPhase(const QString &phase)
{
    if (phase == u"Successful")
        return {0x2e, 0x9d, 0x4c};
    if (phase == u"Failed")
        return {0xd1, 0x34, 0x38};
    if (phase == u"Inconclusive")
        return {0xe8, 0xa3, 0x17};
    if (phase == u"Error")
        return {0x88, 0x4e, 0xc9}; // apart from Failed: the provider, not the metric, went wrong
    return {0x1f, 0x6f, 0xd1};
}

QColor StatusColours::successThreshold()
{
    return analysisPhase(u"Successful"_s);
}

QColor StatusColours::failureThreshold()
{
    return analysisPhase(u"Failed"_s);
}

QColor StatusColours::canaryShare()
{
    return QColor(0xc4, 0x2b, 0x1c);
}

QColor StatusColours::stableShare()
{
    return QColor(0xe8, 0xa3, 0x17);
}

} // namespace rd::gui
