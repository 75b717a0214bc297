// LanguageManager: the shipped languages, how a request or the system locale resolves, and the
// live switch (translators, LanguageChange to widgets, Qt's own strings, QLocale's default).
// CTest runs this with a Korean system locale (LANG/LC_ALL/LANGUAGE), see CMakeLists.txt.
#include "TsCatalogue.h"
#include "gui/i18n/LanguageManager.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using rd::gui::LanguageManager;
using rd::test::TsCatalogue;

namespace {

class ChangeCounter : public QWidget
{
public:
    using QWidget::QWidget;
    int languageChanges = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++languageChanges;
        QWidget::changeEvent(event);
    }
};

// The first finished entry of a catalogue: what the embedded .qm must return for it.
std::optional<TsCatalogue::Message> firstMessage(const QString &language, bool numerus)
{
    TsCatalogue ts;
    if (!ts.load(QStringLiteral(ROLLOUTDESK_TS_DIR) + u"/rolloutdesk_"_s + language + u".ts"_s))
        return std::nullopt;
    for (const auto &m : ts.messages()) {
        if (m.numerus == numerus && m.type.isEmpty() && !m.translations.isEmpty())
            return m;
    }
    return std::nullopt;
}

QString translate(const TsCatalogue::Message &m, int n = -1)
{
    const QByteArray context = m.context.toUtf8();
    const QByteArray source = m.source.toUtf8();
    const QByteArray comment = m.comment.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       m.comment.isEmpty() ? nullptr : comment.constData(), n);
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availableLanguages()
    {
        QStringList codes;
        QStringList names;
        for (const auto &language : LanguageManager::availableLanguages()) {
            codes.append(language.code);
            names.append(language.nativeName);
        }
        QCOMPARE(codes,
                 (QStringList{u"en"_s, u"ja"_s, u"zh_CN"_s, u"ko"_s, u"de"_s, u"fr"_s, u"es"_s}));
        QCOMPARE(names, (QStringList{u"English"_s, u"日本語"_s, u"简体中文"_s, u"한국어"_s,
                                     u"Deutsch"_s, u"Français"_s, u"Español"_s}));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ja") << u"ja"_s << u"en_US"_s << u"ja"_s;
        QTest::newRow("ja_JP") << u"ja_JP"_s << u"en_US"_s << u"ja"_s;
        QTest::newRow("de-AT") << u"de-AT"_s << u"en_US"_s << u"de"_s;
        QTest::newRow("zh") << u"zh"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("zh-Hans-CN") << u"zh-Hans-CN"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("zh_TW is not shipped") << u"zh_TW"_s << u"en_US"_s << QString();
        QTest::newRow("pt_BR is not shipped") << u"pt_BR"_s << u"ja_JP"_s << QString();
        QTest::newRow("nonsense") << u"xx"_s << u"ja_JP"_s << QString();
        QTest::newRow("system fr_CA") << QString() << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("system es_MX") << QString() << u"es_MX"_s << u"es"_s;
        QTest::newRow("system ko_KR") << QString() << u"ko_KR"_s << u"ko"_s;
        QTest::newRow("system pt_BR falls back") << QString() << u"pt_BR"_s << u"en"_s;
        QTest::newRow("system zh_TW falls back") << QString() << u"zh_TW"_s << u"en"_s;
    }
    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::resolveLanguage(requested, QLocale(system)), expected);
    }

    void followsTheSystem()
    {
        // The environment set by CTest: Korean first in the preferred-language list.
        QCOMPARE(QLocale::system().language(), QLocale::Korean);
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QString()));
        QCOMPARE(manager.requestedLanguage(), QString());
        QCOMPARE(manager.currentLanguage(), u"ko"_s);
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"취소"_s);
    }

    void switchesLive()
    {
        ChangeCounter window;
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &window);
        auto *child = new ChangeCounter(&window);
        window.show();
        LanguageManager manager;
        QSignalSpy changed(&manager, &LanguageManager::languageChanged);

        QVERIFY(manager.setLanguage(u"en"_s));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);

        const int before = child->languageChanges;
        QVERIFY(manager.setLanguage(u"ja"_s));
        QCOMPARE(manager.currentLanguage(), u"ja"_s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toString(), u"ja"_s);
        // Qt delivers LanguageChange to every widget, children included, without a restart.
        QTRY_VERIFY(child->languageChanges > before);
        QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"キャンセル"_s);
        // Dates follow the language (the system here is Korean).
        QCOMPARE(QLocale().name(), u"ja_JP"_s);
        QVERIFY2(QLocale()
                     .toString(QDate(2026, 11, 26), QLocale::LongFormat)
                     .contains(u"2026年11月26日"_s),
                 qPrintable(QLocale().toString(QDate(2026, 11, 26), QLocale::LongFormat)));

        QVERIFY(manager.setLanguage(u"de"_s));
        QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
        QCOMPARE(QLocale().name(), u"de_DE"_s);

        // An unknown language changes nothing.
        const int changesBefore = child->languageChanges;
        QVERIFY(!manager.setLanguage(u"xx"_s));
        QCOMPARE(manager.currentLanguage(), u"de"_s);
        QCoreApplication::processEvents();
        QCOMPARE(child->languageChanges, changesBefore);
        QCOMPARE(changed.size(), 3);

        QVERIFY(manager.setLanguage(u"en"_s));
        QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
    }

    void embedsOurCatalogues_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : {u"ja"_s, u"zh_CN"_s, u"ko"_s, u"de"_s, u"fr"_s, u"es"_s})
            QTest::newRow(qPrintable(code)) << code;
    }
    void embedsOurCatalogues()
    {
        QFETCH(QString, language);
        const auto message = firstMessage(language, false);
        QVERIFY2(message, "the catalogue has no finished entry yet");
        LanguageManager manager;
        QVERIFY(manager.setLanguage(language));
        QCOMPARE(translate(*message), message->translations.first());
        QVERIFY(manager.setLanguage(u"en"_s));
        QCOMPARE(translate(*message), message->source);
    }

    void plurals()
    {
        const auto en = firstMessage(u"en"_s, true);
        if (!en)
            QSKIP("The application has no %n string yet");
        LanguageManager manager;
        QVERIFY(manager.setLanguage(u"en"_s));
        QCOMPARE(translate(*en, 1), QString(en->translations.at(0)).replace(u"%n"_s, u"1"_s));
        QCOMPARE(translate(*en, 3), QString(en->translations.at(1)).replace(u"%n"_s, u"3"_s));
        const auto ja = firstMessage(u"ja"_s, true);
        QVERIFY(ja);
        QVERIFY(manager.setLanguage(u"ja"_s));
        QCOMPARE(translate(*ja, 3), QString(ja->translations.at(0)).replace(u"%n"_s, u"3"_s));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "test_language_manager.moc"
