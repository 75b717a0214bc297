#include "TsChecks.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

QStringList TsChecks::placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(u"%"_s + it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

int TsChecks::mnemonicCount(const QString &text)
{
    static const QRegularExpression entity(u"^&(#\\d+|[A-Za-z]+);"_s);
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 >= text.size() || text.at(i + 1).isSpace())
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        ++count;
    }
    return count;
}

QStringList TsChecks::htmlTags(const QString &text)
{
    static const QRegularExpression re(
        u"<\\s*/?\\s*(?:a|b|big|body|br|code|div|em|font|h[1-6]|hr|html|i|img|kbd|li|nobr|ol|p|pre|"
        "qt|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)\\b[^<>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString tag = it.next().captured(0).toLower();
        tag.remove(u' ');
        tags.append(tag);
    }
    tags.sort();
    return tags;
}

QStringList TsChecks::shippedLanguages()
{
    return {u"ja"_s, u"zh_CN"_s, u"ko"_s, u"de"_s, u"fr"_s, u"es"_s, u"en"_s};
}

int TsChecks::numerusFormCount(const QString &language)
{
    // Qt's plural rules (qtbase/src/linguist numerus table): East Asian languages have one form.
    if (language == u"ja"_s || language == u"zh_CN"_s || language == u"ko"_s)
        return 1;
    return 2;
}

} // namespace rd::test
