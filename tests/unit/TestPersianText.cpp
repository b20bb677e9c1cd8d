#include "text/PersianText.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// Digits, letters and direction as Persian keyboards and pasted Arabic text
// produce them.
class TestPersianText : public QObject
{
    Q_OBJECT

private slots:
    void fileNamesKeepTheirExtensionTogether_data();
    void fileNamesKeepTheirExtensionTogether();
    void idsAreNotGrouped_data();
    void idsAreNotGrouped();
    void parseIdAccepts_data();
    void parseIdAccepts();
    void parseIdRefuses_data();
    void parseIdRefuses();
    void parseIdWithoutErrorPointer();
    void toAsciiDigits_data();
    void toAsciiDigits();
    void normaliseLetters_data();
    void normaliseLetters();
    void normaliseLettersIsIdempotent_data();
    void normaliseLettersIsIdempotent();
    void searchKey_data();
    void searchKey();
    void directionOf_data();
    void directionOf();
    void isolated_data();
    void isolated();
    void displayFormsRoundTrip_data();
    void displayFormsRoundTrip();
};

void TestPersianText::parseIdAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("Persian digits") << u"۱۲۳"_s << qint64(123);
    QTest::newRow("Arabic-Indic digits") << u"١٢٣"_s << qint64(123);
    QTest::newRow("ASCII digits") << u"12"_s << qint64(12);
    QTest::newRow("mixed scripts") << u"۱2٣"_s << qint64(123);
    QTest::newRow("surrounding spaces") << u"  ۴۲ "_s << qint64(42);
    QTest::newRow("tab and newline around") << u"\t۷\n"_s << qint64(7);
    QTest::newRow("no-break space around") << u"\u00A0۸\u00A0"_s << qint64(8);
    QTest::newRow("long Arabic-Indic") << u"٣٤٥٦٧٨٩"_s << qint64(3456789);
    QTest::newRow("every Persian digit") << u"۱۲۳۴۵۶۷۸۹۰"_s << qint64(1234567890);
    QTest::newRow("every Arabic-Indic digit") << u"١٢٣٤٥٦٧٨٩٠"_s << qint64(1234567890);
    QTest::newRow("leading zeros") << u"۰۰۷"_s << qint64(7);
    QTest::newRow("direction marks copied around") << u"\u200F۳\u200F"_s << qint64(3);
    QTest::newRow("left-to-right mark before") << u"\u200E3"_s << qint64(3);
    QTest::newRow("isolated") << u"\u2068۱۲\u2069"_s << qint64(12);
    QTest::newRow("one") << u"۱"_s << qint64(1);
    QTest::newRow("qint64 max") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("qint64 max in Persian") << u"۹۲۲۳۳۷۲۰۳۶۸۵۴۷۷۵۸۰۷"_s << std::numeric_limits<qint64>::max();
}

void TestPersianText::parseIdAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    QString error = u"stale"_s;
    const std::optional<qint64> id = PersianText::parseId(text, &error);

    QVERIFY(id.has_value());
    QCOMPARE(*id, expected);
    QCOMPARE(error, u"stale"_s); // untouched on success
}

void TestPersianText::parseIdRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorContains"); // the part of the message that names the problem

    QTest::newRow("empty") << QString() << u"Enter a number"_s;
    QTest::newRow("only spaces") << u"   "_s << u"Enter a number"_s;
    QTest::newRow("zero") << u"0"_s << u"greater than zero"_s;
    QTest::newRow("Persian zero") << u"۰"_s << u"greater than zero"_s;
    QTest::newRow("many zeros") << u"۰٠0"_s << u"greater than zero"_s;
    QTest::newRow("negative") << u"-3"_s << u"greater than zero"_s;
    QTest::newRow("negative Persian, minus sign") << u"\u2212۳"_s << u"greater than zero"_s;
    QTest::newRow("plus sign") << u"+3"_s << u"“+” is not a digit"_s;
    QTest::newRow("Latin letter") << u"12a"_s << u"“a” is not a digit"_s;
    QTest::newRow("Persian letter") << u"۱۲ب"_s << u"“ب” is not a digit"_s;
    QTest::newRow("decimal point") << u"۱۲.۵"_s << u"whole number: “.”"_s;
    QTest::newRow("Arabic decimal separator") << u"۱۲٫۵"_s << u"whole number: “٫”"_s;
    QTest::newRow("slash as decimal") << u"۱۲/۵"_s << u"whole number: “/”"_s;
    QTest::newRow("space inside") << u"۱ ۲"_s << u"spaces inside"_s;
    QTest::newRow("ZWNJ inside") << u"۱\u200C۲"_s << u"is not a digit"_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s << u"too large"_s;
    QTest::newRow("qint64 max + 1") << u"9223372036854775808"_s << u"too large"_s;
    QTest::newRow("overflow in Persian") << u"۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹"_s << u"too large"_s;
    QTest::newRow("letter after overflow") << u"99999999999999999999x"_s << u"“x” is not a digit"_s;
    QTest::newRow("Devanagari") << u"१२"_s << u"“१”"_s;
    QTest::newRow("fullwidth digit") << u"１"_s << u"“１”"_s;
    QTest::newRow("emoji") << u"۱😀"_s << u"“😀” is not a digit"_s;
}

void TestPersianText::parseIdRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, errorContains);

    QString error;
    const std::optional<qint64> id = PersianText::parseId(text, &error);

    QVERIFY2(!id.has_value(), qPrintable(u"accepted as %1"_s.arg(id.value_or(0))));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestPersianText::parseIdWithoutErrorPointer()
{
    QCOMPARE(PersianText::parseId(u"۵"_s), std::optional<qint64>(5));
    QCOMPARE(PersianText::parseId(u"x"_s), std::nullopt);
}

void TestPersianText::toAsciiDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Persian digits") << u"۰۱۲۳۴۵۶۷۸۹"_s << u"0123456789"_s;
    QTest::newRow("Arabic-Indic digits") << u"٠١٢٣٤٥٦٧٨٩"_s << u"0123456789"_s;
    QTest::newRow("ASCII unchanged") << u"0123456789"_s << u"0123456789"_s;
    QTest::newRow("text kept") << u"پرونده ۱۲ از ٣٠"_s << u"پرونده 12 از 30"_s;
    QTest::newRow("separators kept") << u"۱۲٫۵ و ۱٬۰۰۰"_s << u"12٫5 و 1٬000"_s;
    QTest::newRow("Devanagari unchanged") << u"१२"_s << u"१२"_s;
    QTest::newRow("fullwidth unchanged") << u"１２"_s << u"１２"_s;
}

void TestPersianText::toAsciiDigits()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(PersianText::toAsciiDigits(text), expected);
}

void TestPersianText::normaliseLetters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Arabic Yeh at the end") << u"علي"_s << u"علی"_s;
    QTest::newRow("Arabic Yeh inside") << u"بيت"_s << u"بیت"_s;
    QTest::newRow("Arabic Kaf") << u"كتاب"_s << u"کتاب"_s;
    QTest::newRow("Kaf and Yeh") << u"كريم"_s << u"کریم"_s;
    QTest::newRow("Alef Maksura at the end") << u"مصطفى"_s << u"مصطفی"_s;
    QTest::newRow("Alef Maksura before space") << u"موسى کاظمی"_s << u"موسی کاظمی"_s;
    QTest::newRow("Alef Maksura before punctuation") << u"عيسى، موسى."_s << u"عیسی، موسی."_s;
    QTest::newRow("Alef Maksura before ZWNJ") << u"مصطفى\u200Cها"_s << u"مصطفی\u200Cها"_s;
    QTest::newRow("Alef Maksura inside a word") << u"ىا"_s << u"ىا"_s;
    QTest::newRow("Alef Maksura inside, then at the end") << u"ىاى"_s << u"ىای"_s;
    QTest::newRow("ZWNJ kept") << u"می\u200Cخواهم"_s << u"می\u200Cخواهم"_s;
    QTest::newRow("ZWNJ kept with Arabic Yeh") << u"مي\u200Cخواهم"_s << u"می\u200Cخواهم"_s;
    QTest::newRow("already Persian") << u"کتابخانهٔ ملی ایران"_s << u"کتابخانهٔ ملی ایران"_s;
    QTest::newRow("English unchanged") << u"GitHub profile"_s << u"GitHub profile"_s;
    QTest::newRow("mixed English and Arabic letters") << u"صفحه‌ي GitHub كاربر"_s << u"صفحه‌ی GitHub کاربر"_s;
    QTest::newRow("Yeh with Hamza unchanged") << u"مسئول ئ"_s << u"مسئول ئ"_s;
    QTest::newRow("digits unchanged") << u"علي ١٢٣"_s << u"علی ١٢٣"_s;
}

void TestPersianText::normaliseLetters()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const QString result = PersianText::normaliseLetters(text);

    QCOMPARE(result, expected);
    QCOMPARE(result.size(), text.size()); // letter for letter, nothing added or removed
}

void TestPersianText::normaliseLettersIsIdempotent_data()
{
    normaliseLetters_data();
}

void TestPersianText::normaliseLettersIsIdempotent()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(PersianText::normaliseLetters(expected), expected);
}

void TestPersianText::searchKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    QTest::newRow("query without ZWNJ") << u"طرح صفحه\u200Cی اصلی"_s << u"صفحهی"_s << true;
    QTest::newRow("query with ZWNJ") << u"طرح صفحه\u200Cی اصلی"_s << u"صفحه\u200Cی"_s << true;
    QTest::newRow("ZWNJ in query, not in name") << u"میخواهم"_s << u"می\u200Cخواهم"_s << true;
    QTest::newRow("Arabic Yeh in name") << u"علي"_s << u"علی"_s << true;
    QTest::newRow("Arabic Yeh in query") << u"علی"_s << u"علي"_s << true;
    QTest::newRow("Alef Maksura in name") << u"مصطفى"_s << u"مصطفی"_s << true;
    QTest::newRow("Arabic Kaf in name") << u"كتاب"_s << u"کتاب"_s << true;
    QTest::newRow("Arabic Kaf in query") << u"کتاب"_s << u"كتاب"_s << true;
    QTest::newRow("case") << u"Logo"_s << u"LOGO"_s << true;
    QTest::newRow("case inside a longer name") << u"LOGO Final"_s << u"logo f"_s << true;
    QTest::newRow("Persian digits in name") << u"نسخه ۱۲"_s << u"12"_s << true;
    QTest::newRow("Persian digits in query") << u"نسخه 12"_s << u"۱۲"_s << true;
    QTest::newRow("Arabic-Indic against Persian digits") << u"نسخه ١٢"_s << u"۱۲"_s << true;
    QTest::newRow("tatweel in name") << u"کـتاب"_s << u"کتاب"_s << true;
    QTest::newRow("tatweel in query") << u"کتاب"_s << u"کــتاب"_s << true;
    QTest::newRow("ZWJ in name") << u"ک\u200Dتاب"_s << u"کتاب"_s << true;
    QTest::newRow("kasra in name") << u"کِتاب"_s << u"کتاب"_s << true;
    QTest::newRow("tanween in name") << u"حتماً"_s << u"حتما"_s << true;
    QTest::newRow("sukun and shadda in query") << u"محمد"_s << u"مُحَمَّد"_s << true;
    QTest::newRow("superscript alef in name") << u"رحمٰن"_s << u"رحمن"_s << true;
    // The superscript alef follows the final Alef Maksura in the usual
    // spelling of these names; the mark must not hide the word's end.
    QTest::newRow("Alef Maksura with superscript alef") << u"موسىٰ"_s << u"موسی"_s << true;
    QTest::newRow("runs of spaces") << u"  طرح   صفحه\t اصلی "_s << u"طرح صفحه اصلی"_s << true;
    QTest::newRow("everything at once") << u"لوگوي  كـتاب‌خانه ۲"_s << u"لوگوی کتابخانه 2"_s << true;
    QTest::newRow("empty query") << u"کتاب"_s << QString() << true;

    QTest::newRow("other name") << u"علی"_s << u"رضا"_s << false;
    QTest::newRow("longer query") << u"Logo"_s << u"logos"_s << false;
    QTest::newRow("other number") << u"نسخه ۱۲"_s << u"13"_s << false;
    QTest::newRow("other Arabic-Indic number") << u"نسخه 12"_s << u"١٣"_s << false;
    QTest::newRow("query continues past the name") << u"کتاب"_s << u"کتابها"_s << false;
    // A space separates words; only the zero-width joiners are ignored.
    QTest::newRow("space is not ignored") << u"طرح صفحه"_s << u"طرحصفحه"_s << false;
    QTest::newRow("Heh is not Yeh") << u"صفحه"_s << u"صفحی"_s << false;
    QTest::newRow("Yeh with Hamza is not Yeh") << u"مسئول"_s << u"مسیول"_s << false;
    QTest::newRow("Alef Maksura inside a word stays") << u"ىا"_s << u"یا"_s << false;
    QTest::newRow("query in empty name") << QString() << u"a"_s << false;
}

void TestPersianText::searchKey()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QFETCH(bool, matches);

    const QString nameKey = PersianText::searchKey(name);
    const QString queryKey = PersianText::searchKey(query);

    QVERIFY2(nameKey.contains(queryKey) == matches,
             qPrintable(u"name key “%1”, query key “%2”"_s.arg(nameKey, queryKey)));
}

void TestPersianText::directionOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::LayoutDirection>("expected");

    QTest::newRow("Persian") << u"سلام"_s << Qt::RightToLeft;
    QTest::newRow("Arabic") << u"مرحبا"_s << Qt::RightToLeft;
    QTest::newRow("Hebrew (DirR)") << u"שלום"_s << Qt::RightToLeft;
    QTest::newRow("English") << u"Hello"_s << Qt::LeftToRight;
    QTest::newRow("ASCII digits then Persian") << u"123 سلام"_s << Qt::RightToLeft;
    QTest::newRow("Persian digits then English") << u"۱۲۳ abc"_s << Qt::LeftToRight;
    QTest::newRow("Persian digits only") << u"۱۲۳"_s << Qt::LayoutDirectionAuto;
    QTest::newRow("ASCII digits only") << u"42"_s << Qt::LayoutDirectionAuto;
    QTest::newRow("empty") << QString() << Qt::LayoutDirectionAuto;
    QTest::newRow("punctuation only") << u"!?()-.، «»"_s << Qt::LayoutDirectionAuto;
    // Unicode gives the Arabic question mark class AL, unlike the comma.
    QTest::newRow("Arabic question mark is strong") << u"؟ ok"_s << Qt::RightToLeft;
    QTest::newRow("English first") << u"(GitHub) گیت‌هاب"_s << Qt::LeftToRight;
    QTest::newRow("punctuation then Persian") << u"«گیت‌هاب» GitHub"_s << Qt::RightToLeft;
    QTest::newRow("URL") << u"https://example.com/صفحه"_s << Qt::LeftToRight;
    QTest::newRow("ZWNJ and spaces then Persian") << u" \u200C ها"_s << Qt::RightToLeft;
    QTest::newRow("emoji then English") << u"😀 hi"_s << Qt::LeftToRight;
}

void TestPersianText::directionOf()
{
    QFETCH(QString, text);
    QFETCH(Qt::LayoutDirection, expected);

    QCOMPARE(PersianText::directionOf(text), expected);
}

void TestPersianText::isolated_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("URL") << u"https://example.com/a?b=1"_s;
    QTest::newRow("Latin word") << u"GitHub"_s;
    QTest::newRow("Persian") << u"گیت‌هاب"_s;
    QTest::newRow("empty") << QString();
}

void TestPersianText::isolated()
{
    QFETCH(QString, text);

    const QString result = PersianText::isolated(text);

    QCOMPARE(result, u'\u2066' + text + u'\u2069');
    // Left-to-right isolate and its pop, not embedding marks that leak out.
    QCOMPARE(QChar::direction(result.front().unicode()), QChar::DirLRI);
    QCOMPARE(QChar::direction(result.back().unicode()), QChar::DirPDI);
}

void TestPersianText::displayFormsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Persian file name") << QStringLiteral("طرح صفحه‌ی اصلی.jpg");
    QTest::newRow("Latin") << QStringLiteral("logo-transparent.png");
    QTest::newRow("two lines, mixed") << QStringLiteral("فاکتور 9.png\n1.95 KB · 320 × 240 pixels");
    QTest::newRow("empty") << QString();
}

// What is dressed for display (isolates, direction marks on every line)
// comes back unchanged for a screen reader, ZWNJ included.
void TestPersianText::displayFormsRoundTrip()
{
    QFETCH(QString, text);
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        const QString shown = PersianText::linesIn(direction, PersianText::inOwnDirection(text));
        QCOMPARE(shown.count(QLatin1Char('\n')), text.count(QLatin1Char('\n')));
        QCOMPARE(shown.at(0), QChar(direction == Qt::RightToLeft ? 0x200F : 0x200E));
        QCOMPARE(PersianText::withoutDirectionMarks(shown), text);
        QCOMPARE(PersianText::withoutDirectionMarks(PersianText::isolated(text)), text);
    }
}

void TestPersianText::fileNamesKeepTheirExtensionTogether_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    const QString fsi(QChar(0x2068)), lri(QChar(0x2066)), pdi(QChar(0x2069));
    QTest::newRow("Persian, number, extension")
        << u"پروفایل کاربر 11.png"_s << fsi + u"پروفایل کاربر "_s + lri + u"11.png"_s + pdi + pdi;
    QTest::newRow("Persian with ZWNJ, extension")
        << u"طرح صفحه‌ی اصلی.jpg"_s << fsi + u"طرح صفحه‌ی اصلی"_s + lri + u".jpg"_s + pdi + pdi;
    QTest::newRow("Latin name") << u"logo-transparent.png"_s << fsi + u"logo-transparent.png"_s + pdi;
    QTest::newRow("Persian, no extension") << u"نقشه ۲"_s << fsi + u"نقشه ۲"_s + pdi;
    QTest::newRow("Latin then Persian then extension")
        << u"Logo لوگو v2.svg"_s << fsi + u"Logo لوگو "_s + lri + u"v2.svg"_s + pdi + pdi;
}

void TestPersianText::fileNamesKeepTheirExtensionTogether()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(PersianText::fileName(name), shown);
    // What a screen reader gets is the name itself.
    QCOMPARE(PersianText::withoutDirectionMarks(PersianText::fileName(name)), name);
}

void TestPersianText::idsAreNotGrouped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("shown");
    QTest::newRow("English 9999") << QLocale(QLocale::English, QLocale::UnitedStates) << qint64(9999) << QStringLiteral("9999");
    QTest::newRow("English 1234567") << QLocale(QLocale::English, QLocale::UnitedStates) << qint64(1234567) << QStringLiteral("1234567");
    QTest::newRow("Persian 9999") << QLocale(QLocale::Persian, QLocale::Iran) << qint64(9999) << QStringLiteral("۹۹۹۹");
    QTest::newRow("Persian 42") << QLocale(QLocale::Persian, QLocale::Iran) << qint64(42) << QStringLiteral("۴۲");
}

void TestPersianText::idsAreNotGrouped()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, id);
    QFETCH(QString, shown);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString result = PersianText::id(id);
    QLocale::setDefault(before);
    QCOMPARE(result, shown);
    QCOMPARE(PersianText::parseId(result), id); // and it reads back
}

QTEST_GUILESS_MAIN(TestPersianText)
#include "TestPersianText.moc"
