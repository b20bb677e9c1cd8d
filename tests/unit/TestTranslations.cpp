#include "text/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Which catalogue a system language gets. The source texts are English
// with "(s)" plurals: without a catalogue, a German or bare (C locale)
// system read "5 link(s)".
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void eachLanguageGetsACatalogue_data();
    void eachLanguageGetsACatalogue();
};

void TestTranslations::cleanup()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::eachLanguageGetsACatalogue_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English (United States)") << QLocale(QLocale::English, QLocale::UnitedStates)
                                             << u"Portfolio 7: 5 links"_s;
    QTest::newRow("English (United Kingdom)") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                              << u"Portfolio 7: 5 links"_s;
    QTest::newRow("German: no catalogue, English") << QLocale(QLocale::German, QLocale::Germany)
                                                   << u"Portfolio 7: 5 links"_s;
    QTest::newRow("C locale: no catalogue, English") << QLocale::c() << u"Portfolio 7: 5 links"_s;
    QTest::newRow("Persian") << QLocale(QLocale::Persian, QLocale::Iran) << QString();
}

void TestTranslations::eachLanguageGetsACatalogue()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QVERIFY(Translations::install(QCoreApplication::instance(), locale));
    const QString said = QCoreApplication::translate("CheckCommand", "Portfolio %1: %Ln link(s)", nullptr, 5).arg(7);
    if (expected.isEmpty()) // Persian: its own words, not the source's
        QVERIFY2(!said.contains(u"link"_s), qPrintable(said));
    else
        QCOMPARE(said, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
