#pragma once

#include <QLabel>
#include <QString>
#include <QTextDocument>

namespace rd::gui {

// Server text is shown as written, never interpreted: a Rollout message such as "<img src=...>"
// must not load images, draw links or restyle the window.

// A tooltip is rendered as HTML whenever Qt guesses that its text is (Qt::mightBeRichText); such
// text is escaped so it reads literally. Text Qt shows plainly anyway is returned unchanged.
inline QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

// A label whose text may come from a cluster, a kubeconfig or a snapshot.
inline QLabel *plainLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace rd::gui
