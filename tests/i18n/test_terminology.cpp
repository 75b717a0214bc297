// Every language's words for the rollout actions (Terminology.cpp): the required terms wherever
// the English source has the concept, none of the rejected variants, the chosen action texts,
// action texts that cannot be mistaken for one another, and a destructive Abort whose texts
// differ from the Cancel and Close buttons Qt itself shows in that language (read from Qt's own
// qtbase_<lang>.qm at test time).
#include "Terminology.h"
#include "TsCatalogue.h"

#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::Terminology;
using rd::test::TsCatalogue;

namespace {

const QString kActionContext = u"rd::gui::ActionPolicy"_s;

QRegularExpression rx(const QString &pattern, bool caseSensitive = false)
{
    return QRegularExpression(pattern, caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
}

QString where(const TsCatalogue::Message &m, const QString &text)
{
    return m.context + u" / \""_s + m.source + u"\" -> \""_s + text + u'"';
}

// The buttons Qt draws itself (QDialogButtonBox, QMessageBox, QWizard): the standard texts of
// a language, as qtbase_<lang>.qm says them. English has no catalogue: the sources are the texts.
struct QtButtons
{
    QStringList cancel; // Cancel and Close: backing out of a dialog
    QStringList other;  // Reset, Discard, Ignore, Apply, Restore Defaults: other meanings
};

QtButtons qtButtons(const QString &language, QString *error)
{
    QTranslator qt;
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool english = language == u"en";
    if (!english && !qt.load(u"qtbase_"_s + language, dir)) {
        *error = u"cannot load qtbase_%1.qm from %2"_s.arg(language, dir);
        return {};
    }
    auto texts = [&](std::initializer_list<const char *> sources) {
        QStringList found;
        for (const char *context : {"QPlatformTheme", "QDialogButtonBox", "QWizard"}) {
            for (const char *source : sources) {
                const QString t =
                    english ? QString::fromLatin1(source) : qt.translate(context, source);
                if (!t.isEmpty() && !found.contains(t))
                    found.append(t);
            }
        }
        return found;
    };
    return {texts({"Cancel", "&Cancel", "Close", "&Close"}),
            texts({"Reset", "Discard", "Ignore", "Apply", "Restore Defaults"})};
}

} // namespace

class TestTerminology : public QObject
{
    Q_OBJECT

private:
    static QString pathFor(const QString &language)
    {
        // English is the source language: its "translations" are the sources of any catalogue.
        const QString file = language == u"en" ? u"de"_s : language;
        return QStringLiteral(ROLLOUTDESK_TS_DIR) + u"/rolloutdesk_"_s + file + u".ts"_s;
    }

    // (message, the text a user reads) for every message of the language.
    static QList<std::pair<TsCatalogue::Message, QString>> texts(const QString &language,
                                                                 QString *error)
    {
        TsCatalogue ts;
        if (!ts.load(pathFor(language))) {
            *error = ts.error();
            return {};
        }
        QList<std::pair<TsCatalogue::Message, QString>> all;
        for (const auto &m : ts.messages()) {
            if (language == u"en") {
                all.append({m, m.source});
                continue;
            }
            for (const QString &t : m.translations)
                all.append({m, t});
        }
        return all;
    }

    static QString textOf(const QList<std::pair<TsCatalogue::Message, QString>> &all,
                          const QString &context, const QString &source)
    {
        for (const auto &[m, text] : all) {
            if (m.context == context && m.source == source)
                return text;
        }
        return {};
    }

    static void addLanguageRows(bool withEnglish)
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Terminology::languages()) {
            if (withEnglish || language != u"en")
                QTest::newRow(qPrintable(language)) << language;
        }
    }

private Q_SLOTS:
    void helpers()
    {
        QCOMPARE(Terminology::normalized(u"中止(&A)"_s), u"中止"_s);
        QCOMPARE(Terminology::normalized(u"&Neu  starten…"_s), u"neu starten"_s);
        QCOMPARE(Terminology::editDistance(u"재시도"_s, u"재시작"_s), 1);
        QCOMPARE(Terminology::editDistance(u"abort"_s, u"abbruch"_s), 4);
        QCOMPARE(Terminology::editDistance(QString(), u"abc"_s), 3);
    }

    void requiredTerms_data() { addLanguageRows(false); }
    void requiredTerms()
    {
        QFETCH(QString, language);
        QString error;
        const auto all = texts(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto terms = Terminology::required(language);
        QVERIFY(!terms.isEmpty());
        QStringList problems;
        for (const auto &term : terms) {
            const QRegularExpression source = rx(term.source, term.caseSensitiveSource);
            const QRegularExpression wanted = rx(term.translation);
            for (const auto &[m, text] : all) {
                if (source.match(m.source).hasMatch() && !wanted.match(text).hasMatch())
                    problems.append(term.translation + u" missing: "_s + where(m, text));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void forbiddenVariants_data() { addLanguageRows(false); }
    void forbiddenVariants()
    {
        QFETCH(QString, language);
        QString error;
        const auto all = texts(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const auto &variant : Terminology::forbidden(language)) {
            const QRegularExpression word = rx(variant.translation);
            const QRegularExpression unless = rx(variant.unlessSource);
            for (const auto &[m, text] : all) {
                if (!variant.unlessSource.isEmpty() && unless.match(m.source).hasMatch())
                    continue;
                if (word.match(text).hasMatch())
                    problems.append(variant.translation + u": "_s + where(m, text));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The catalogue says exactly the chosen words, wherever the actions are named.
    void actionWords_data() { addLanguageRows(true); }
    void actionWords()
    {
        QFETCH(QString, language);
        QString error;
        const auto all = texts(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Terminology::ActionWords w = Terminology::actionWords(language);
        QVERIFY(!w.abort.isEmpty());
        const QList<std::pair<QString, QString>> expected{
            {u"Abort"_s, w.abort},     {u"Abort rollout"_s, w.abortConfirm},
            {u"Retry"_s, w.retry},     {u"Restart…"_s, w.restart},
            {u"Promote"_s, w.promote}, {u"Promote Full"_s, w.promoteFull},
            {u"Pause"_s, w.pause},     {u"Resume"_s, w.resume},
        };
        for (const auto &[source, wanted] : expected)
            QCOMPARE(textOf(all, kActionContext, source), wanted);
        QCOMPARE(textOf(all, u"rd::gui::ConfirmDialog"_s, u"Cancel"_s), w.cancel);
        QCOMPARE(textOf(all, u"rd::gui::SettingsDialog"_s, u"Cancel"_s), w.cancel);
        // The confirmation dialog's button says the toolbar's word for the action.
        const QList<std::pair<QString, QString>> confirmations{
            {u"Promote"_s, u"Promote"_s},      {u"Promote Full"_s, u"Promote fully"_s},
            {u"Pause"_s, u"Pause rollout"_s},  {u"Resume"_s, u"Resume rollout"_s},
            {u"Abort"_s, u"Abort rollout"_s},  {u"Retry"_s, u"Retry rollout"_s},
            {u"Restart…"_s, u"Restart pods"_s}};
        for (const auto &[title, button] : confirmations) {
            const QString word = Terminology::normalized(textOf(all, kActionContext, title));
            const QString text = textOf(all, kActionContext, button);
            QVERIFY2(!word.isEmpty() && Terminology::normalized(text).contains(word),
                     qPrintable(word + u" missing in the button "_s + text));
        }
        // Where a message names an action (the Degraded panel's "use Retry"), it uses the
        // action's own word.
        const QList<std::pair<QString, QString>> references{{u"\\buse Retry\\b"_s, u"Retry"_s},
                                                            {u"\\buse Promote\\b"_s, u"Promote"_s},
                                                            {u"\\bSet Image…"_s, u"Set Image…"_s}};
        for (const auto &[pattern, title] : references) {
            const QRegularExpression source(pattern);
            const QString word = Terminology::normalized(textOf(all, kActionContext, title));
            for (const auto &[m, text] : all) {
                if (m.source != title && source.match(m.source).hasMatch())
                    QVERIFY2(Terminology::normalized(text).contains(word),
                             qPrintable(word + u" missing: "_s + where(m, text)));
            }
        }
        // The chart's marker and the success message name the same action.
        const QString abortStem = Terminology::normalized(w.abort).left(4);
        QVERIFY2(Terminology::normalized(textOf(all, u"rd::gui::WeightChart"_s, u"Abort"_s))
                     .contains(abortStem),
                 qPrintable(textOf(all, u"rd::gui::WeightChart"_s, u"Abort"_s)));
    }

    // No two toolbar/menu actions read alike: none contains another (but Promote Full is
    // Promote, fully) and any two differ in at least two letters.
    void actionsDistinct_data() { addLanguageRows(true); }
    void actionsDistinct()
    {
        QFETCH(QString, language);
        QString error;
        const auto all = texts(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList titles{u"Promote"_s,  u"Promote Full"_s, u"Pause"_s,
                                 u"Resume"_s,   u"Abort"_s,        u"Retry"_s,
                                 u"Restart…"_s, u"Set Image…"_s,   u"Rollback…"_s};
        QStringList texts;
        for (const QString &title : titles) {
            texts.append(Terminology::normalized(textOf(all, kActionContext, title)));
            QVERIFY2(!texts.last().isEmpty(), qPrintable(title));
        }
        QStringList problems;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const bool promotePair = titles[i] == u"Promote" && titles[j] == u"Promote Full";
                const QString &a = texts[i];
                const QString &b = texts[j];
                if (!promotePair && (a.contains(b) || b.contains(a)))
                    problems.append(u"\"%1\" and \"%2\" contain each other"_s.arg(a, b));
                if (Terminology::editDistance(a, b) < 2)
                    problems.append(u"\"%1\" and \"%2\" differ in one letter"_s.arg(a, b));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The destructive action and its confirm button never read like backing out of a dialog,
    // and no action reads like another standard button of a different meaning.
    void differsFromQtStandardButtons_data() { addLanguageRows(true); }
    void differsFromQtStandardButtons()
    {
        QFETCH(QString, language);
        QString error;
        const QtButtons qt = qtButtons(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!qt.cancel.isEmpty() && !qt.other.isEmpty(), "Qt's catalogue has no buttons");
        const auto all = texts(language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QString abort = textOf(all, kActionContext, u"Abort"_s);
        const QString confirm = textOf(all, kActionContext, u"Abort rollout"_s);
        const QString ourCancel = textOf(all, u"rd::gui::ConfirmDialog"_s, u"Cancel"_s);
        QVERIFY(!abort.isEmpty() && !confirm.isEmpty() && !ourCancel.isEmpty());
        // Our Cancel is Qt's Cancel: one word for backing out, in every dialog.
        QVERIFY2(qt.cancel.contains(ourCancel),
                 qPrintable(ourCancel + u" is not one of "_s + qt.cancel.join(u", "_s)));

        QStringList problems;
        auto compare = [&](const QString &ours, const QStringList &standard) {
            const QString a = Terminology::normalized(ours);
            for (const QString &s : standard) {
                const QString b = Terminology::normalized(s);
                if (a == b || a.contains(b) || b.contains(a))
                    problems.append(u"\"%1\" reads like Qt's \"%2\""_s.arg(ours, s));
            }
        };
        compare(abort, qt.cancel);
        compare(confirm, qt.cancel);
        for (const QString &title :
             {u"Promote"_s, u"Promote Full"_s, u"Pause"_s, u"Resume"_s, u"Abort"_s, u"Retry"_s,
              u"Restart…"_s, u"Set Image…"_s, u"Rollback…"_s}) {
            const QString text = textOf(all, kActionContext, title);
            compare(text, qt.cancel);
            compare(text, qt.other);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTerminology)
#include "test_terminology.moc"
