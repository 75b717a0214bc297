#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::test {

// The words each shipped language uses for the rollout actions, and the rules every message of
// its catalogue follows. One table per language, so a new language adds rows, not code.
class Terminology
{
public:
    // A concept of the English source (regex) must come out as one of these words (regex).
    struct Required
    {
        QString source;
        QString translation;
        bool caseSensitiveSource = false;
    };

    // A word the language must not use (regex over the translation), except where the English
    // source matches `unlessSource` (may be empty).
    struct Forbidden
    {
        QString translation;
        QString unlessSource;
    };

    // The chosen texts of the actions that must never be mistaken for one another, nor the
    // destructive one for Cancel or Close. The catalogue must say exactly these.
    struct ActionWords
    {
        QString abort;        // toolbar and menu (ActionPolicy "Abort")
        QString abortConfirm; // the Abort dialog's confirm button (ActionPolicy "Abort rollout")
        QString cancel;       // our dialogs' Cancel (ConfirmDialog "Cancel"), same as Qt's
        QString retry;
        QString restart;
        QString promote;
        QString promoteFull;
        QString pause;
        QString resume;
    };

    static QStringList languages(); // ja zh_CN ko de fr es en
    static QList<Required> required(const QString &language);
    static QList<Forbidden> forbidden(const QString &language);
    static ActionWords actionWords(const QString &language);

    // What a reader compares: without mnemonics ("&A", "(&A)"), ellipses, case or extra spaces.
    static QString normalized(const QString &text);
    static int editDistance(const QString &a, const QString &b);
};

} // namespace rd::test
