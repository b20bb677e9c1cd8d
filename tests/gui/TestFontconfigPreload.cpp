#include "FontconfigPreload.h"
#include "Fonts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLocale>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

// fontconfig's configuration read on another thread while the application
// starts, as main() does: Qt then finds the system's fonts and the bundled
// Vazirmatn through it, and draws with the font each UI language asks for.
class TestFontconfigPreload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheSystemFontsAndTheBundledOne();
    void drawsEachScriptWithItsFont_data();
    void drawsEachScriptWithItsFont();
};

namespace {
QString fontDrawing(const QString &text)
{
    QTextLayout layout(text, QApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    return runs.isEmpty() ? QString() : runs.first().rawFont().familyName();
}
} // namespace

void TestFontconfigPreload::initTestCase()
{
    Fonts::install(QLocale(QLocale::English));
}

void TestFontconfigPreload::findsTheSystemFontsAndTheBundledOne()
{
    const QStringList families = QFontDatabase::families();
    QVERIFY2(families.contains(QStringLiteral("DejaVu Sans")), qPrintable(families.join(u", ")));
    QVERIFY(families.contains(QStringLiteral("Vazirmatn")));
}

void TestFontconfigPreload::drawsEachScriptWithItsFont_data()
{
    QTest::addColumn<QLocale::Language>("uiLanguage");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("family");
    const QString system = QStringLiteral("DejaVu Sans");
    const QString vazirmatn = QStringLiteral("Vazirmatn");
    QTest::newRow("English UI, English text") << QLocale::English << QStringLiteral("Agency website") << system;
    QTest::newRow("Persian UI, Persian text") << QLocale::Persian << QStringLiteral("نمونه‌کار ۳") << vazirmatn;
    QTest::newRow("Persian UI, English text") << QLocale::Persian << QStringLiteral("GitHub") << vazirmatn;
}

void TestFontconfigPreload::drawsEachScriptWithItsFont()
{
    QFETCH(QLocale::Language, uiLanguage);
    QFETCH(QString, text);
    QFETCH(QString, family);
    const QFont before = QApplication::font();
    Fonts::install(QLocale(uiLanguage));
    const QString drawnWith = fontDrawing(text);
    QApplication::setFont(before);
    QCOMPARE(drawnWith, family);
}

int main(int argc, char *argv[])
{
    FontconfigPreload fontconfig;
    QApplication application(argc, argv);
    // The system's default font, as the platform gives it, is not the test's
    // subject: DejaVu Sans, which the tests' packages install, is.
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans")));
    fontconfig.wait();
    TestFontconfigPreload test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFontconfigPreload.moc"
