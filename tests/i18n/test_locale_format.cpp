// Durations, times and numbers in the window follow the chosen language: the compact ages in
// each language's units (English keeps the plugin's spelling, checked against
// core::humanDuration), the weight chart's time axis in the locale's clock (12 h with AM/PM or
// 오전/오후, 24 h in German), also after a live language switch.
#include "core/Duration.h"
#include "gui/charts/WeightChart.h"
#include "gui/i18n/LanguageManager.h"
#include "gui/i18n/LocaleFormat.h"

#include <QApplication>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The labels of the chart's time axis, as drawn in its scene.
QStringList timeLabels(WeightChart &chart)
{
    static const QRegularExpression clock(u"\\d{1,2}:\\d{2}:\\d{2}"_s);
    QStringList labels;
    auto *view = chart.findChild<QChartView *>();
    if (!view)
        return labels;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && clock.match(text->toPlainText()).hasMatch())
            labels << text->toPlainText();
    }
    return labels;
}

} // namespace

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

private Q_SLOTS:
    void cleanupTestCase() { m_languages.setLanguage(u"en"_s); }

    void durations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 2m36s") << u"en"_s << 2 * kMinute + 36 * kSecond << u"2m36s"_s;
        QTest::newRow("de 2m36s") << u"de"_s << 2 * kMinute + 36 * kSecond << u"2 min 36 s"_s;
        QTest::newRow("de 3h59m") << u"de"_s << 3 * kHour + 59 * kMinute << u"3 h 59 min"_s;
        QTest::newRow("de 330d") << u"de"_s << 330 * kDay << u"330 d"_s;
        QTest::newRow("fr 7d") << u"fr"_s << 7 * kDay << u"7 j"_s;
        QTest::newRow("es 4y40d") << u"es"_s << (4 * 365 + 40) * kDay << u"4 a 40 d"_s;
        QTest::newRow("ja 2m36s") << u"ja"_s << 2 * kMinute + 36 * kSecond << u"2 分 36 秒"_s;
        QTest::newRow("ja 10s") << u"ja"_s << 10 * kSecond << u"10 秒"_s;
        QTest::newRow("ko 2m36s") << u"ko"_s << 2 * kMinute + 36 * kSecond << u"2분 36초"_s;
        QTest::newRow("zh_CN 5h") << u"zh_CN"_s << 5 * kHour << u"5 小时"_s;
    }
    void durations()
    {
        QFETCH(QString, language);
        QFETCH(qint64, milliseconds);
        QFETCH(QString, expected);
        QVERIFY(m_languages.setLanguage(language));
        QCOMPARE(LocaleFormat::duration(milliseconds), expected);
    }

    // In English the window's ages read exactly like the plugin's.
    void englishIsThePluginsSpelling()
    {
        QVERIFY(m_languages.setLanguage(u"en"_s));
        for (qint64 ms = 0; ms < 9 * 365 * kDay; ms = ms * 3 / 2 + 7 * kSecond)
            QCOMPARE(LocaleFormat::duration(ms), rd::core::humanDuration(ms));
        QCOMPARE(LocaleFormat::duration(-5 * kSecond), rd::core::humanDuration(-5 * kSecond));
    }

    void clock_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pattern"); // 14:05:09 in that language
        QTest::newRow("en") << u"en"_s << u"^2:05:09\\W?PM$"_s;
        QTest::newRow("de") << u"de"_s << u"^14:05:09$"_s;
        QTest::newRow("fr") << u"fr"_s << u"^14:05:09$"_s;
        QTest::newRow("ja") << u"ja"_s << u"^14:05:09$"_s;
        QTest::newRow("ko") << u"ko"_s << u"^오후 0?2:05:09$"_s;
    }
    void clock()
    {
        QFETCH(QString, language);
        QFETCH(QString, pattern);
        QVERIFY(m_languages.setLanguage(language));
        const QString text =
            QLocale().toString(QTime(14, 5, 9), LocaleFormat::timeFormatWithSeconds());
        QVERIFY2(QRegularExpression(pattern).match(text).hasMatch(), qPrintable(text));
        // The tooltip's date and time carry the same clock.
        const QDateTime created(QDate(2026, 3, 4), QTime(14, 5, 9));
        const QString tip = LocaleFormat::ageToolTip(created, created.addSecs(90));
        QVERIFY2(tip.contains(text) && tip.contains(LocaleFormat::duration(90 * kSecond)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(QDate(2026, 3, 4), QLocale::ShortFormat)),
                 qPrintable(tip));
    }

    // The real chart: its time axis is drawn in the locale's clock, and follows a live switch.
    void chartAxis()
    {
        QVERIFY(m_languages.setLanguage(u"en"_s));
        WeightChart chart;
        chart.resize(700, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        static const QRegularExpression english(u"^\\d{1,2}:\\d{2}:\\d{2}\\W?(AM|PM)$"_s);
        static const QRegularExpression german(u"^\\d{2}:\\d{2}:\\d{2}$"_s);
        static const QRegularExpression korean(u"^(오전|오후) \\d{1,2}:\\d{2}:\\d{2}$"_s);
        const QList<std::pair<QString, QRegularExpression>> steps{
            {u"en"_s, english}, {u"de"_s, german}, {u"ko"_s, korean}};
        for (const auto &[language, shape] : steps) {
            QVERIFY(m_languages.setLanguage(language));
            // QApplication posts LanguageChange to top-level widgets; the chart relayouts its
            // labels when it gets it.
            auto drawnInShape = [&] {
                chart.setData({});
                const QStringList labels = timeLabels(chart);
                return labels.size() >= 2 &&
                       std::all_of(labels.cbegin(), labels.cend(),
                                   [&](const QString &l) { return shape.match(l).hasMatch(); });
            };
            QTRY_VERIFY2_WITH_TIMEOUT(
                drawnInShape(), qPrintable(language + u": "_s + timeLabels(chart).join(u" | "_s)),
                10000);
        }
    }
};

QTEST_MAIN(TestLocaleFormat)
#include "test_locale_format.moc"
