#pragma once

#include <QString>
#include <QStringList>

namespace rd::test {

// What a translation must carry over from its source text.
class TsChecks
{
public:
    // %1 .. %99, %L1, %n, sorted (a translation may reorder them but must keep every one).
    static QStringList placeholders(const QString &text);
    // Keyboard mnemonics: "&File" has one; "&&" (a literal ampersand) and entities have none.
    static int mnemonicCount(const QString &text);
    // Rich-text tags, lower-cased, sorted: <b>, </b>, <a href="...">, <br/> ...
    static QStringList htmlTags(const QString &text);
    // The files this project ships and how many numerus forms each language has.
    static QStringList shippedLanguages();
    static int numerusFormCount(const QString &language);
};

} // namespace rd::test
