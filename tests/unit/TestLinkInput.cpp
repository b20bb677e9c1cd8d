#include "links/LinkInput.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FormDraft)
Q_DECLARE_METATYPE(Link)

// The form's rules without the form: Persian text as typed becomes what is
// sent, or a message on each field that is wrong; a stored link becomes the
// form again and reads back as the same values.
class TestLinkInput : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void formOfShowsTheLinkAsStored_data();
    void formOfShowsTheLinkAsStored();
    void formOfRoundTrip_data();
    void formOfRoundTrip();
    void anUnsentEditComesBackOverTheLink_data();
    void anUnsentEditComesBackOverTheLink();
    void nameLength_data();
    void nameLength();
    void nameLimitFromTheServersMessage_data();
    void nameLimitFromTheServersMessage();
    void aNameOverTheKnownLimitIsRefused();
};

namespace {

FormDraft form(const QString &portfolio, const QString &name, const QString &url = {}, const QString &description = {},
               const QString &image = {})
{
    FormDraft form;
    form.portfolio = portfolio;
    form.name = name;
    form.url = url;
    form.description = description;
    form.image = image;
    return form;
}

Link storedLink(qint64 id, const QString &name, std::optional<QString> url, std::optional<QString> description,
                std::optional<qint64> image)
{
    Link link;
    link.id = id;
    link.name = name;
    link.url = std::move(url);
    link.description = std::move(description);
    if (image) {
        link.image = Image();
        link.image->id = *image;
    }
    link.createdAt = QDateTime(QDate(2026, 1, 13), QTime(10, 5, 43, 296), Qt::UTC);
    link.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 30, 1, 7), Qt::UTC);
    return link;
}

const QString persianPath = u"صفحه\u200Cی"_s;
const QString persianPathEncoded = u"%D8%B5%D9%81%D8%AD%D9%87%E2%80%8C%DB%8C"_s;

} // namespace

void TestLinkInput::accepts_data()
{
    QTest::addColumn<FormDraft>("typed");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<qint64>("portfolioId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("urlDisplay");
    QTest::addColumn<QString>("description");
    QTest::addColumn<qint64>("imageId"); // 0: none

    QTest::newRow("Persian name only") << form(u"1"_s, u"دمو پروژه"_s) << true << qint64(1) << u"دمو پروژه"_s
                                       << QString() << QString() << QString() << qint64(0);
    QTest::newRow("portfolio in Persian digits") << form(u"۱۲"_s, u"دمو پروژه"_s) << true << qint64(12)
                                                 << u"دمو پروژه"_s << QString() << QString() << QString() << qint64(0);
    QTest::newRow("portfolio in Arabic-Indic digits") << form(u"٣"_s, u"دمو"_s) << true << qint64(3) << u"دمو"_s
                                                      << QString() << QString() << QString() << qint64(0);
    QTest::newRow("portfolio in Persian digits with spaces") << form(u" ۷ "_s, u"دمو"_s) << true << qint64(7)
                                                             << u"دمو"_s << QString() << QString() << QString()
                                                             << qint64(0);
    QTest::newRow("image in Persian digits") << form(u"1"_s, u"دمو"_s, {}, {}, u"۴"_s) << true << qint64(1)
                                             << u"دمو"_s << QString() << QString() << QString() << qint64(4);
    QTest::newRow("Arabic letters normalised")
        << form(u"1"_s, u"پروفايل كاربر"_s, {}, u"توضيح كوتاه"_s) << true << qint64(1) << u"پروفایل کاربر"_s
        << QString() << QString() << u"توضیح کوتاه"_s << qint64(0);
    QTest::newRow("Arabic letters kept, normalisation off")
        << form(u"1"_s, u"پروفايل كاربر"_s, {}, u"توضيح كوتاه"_s) << false << qint64(1) << u"پروفايل كاربر"_s
        << QString() << QString() << u"توضيح كوتاه"_s << qint64(0);
    QTest::newRow("final Alef Maksura normalised") << form(u"1"_s, u"موسى"_s) << true << qint64(1) << u"موسی"_s
                                                   << QString() << QString() << QString() << qint64(0);
    QTest::newRow("final Alef Maksura kept, normalisation off") << form(u"1"_s, u"موسى"_s) << false << qint64(1)
                                                                << u"موسى"_s << QString() << QString() << QString()
                                                                << qint64(0);
    QTest::newRow("ZWNJ and multi-line description kept")
        << form(u"1"_s, u"صفحه\u200Cی اصلی"_s, {}, u"خط اول\nخط دوم"_s) << true << qint64(1)
        << u"صفحه\u200Cی اصلی"_s << QString() << QString() << u"خط اول\nخط دوم"_s << qint64(0);
    QTest::newRow("URL without a scheme gets https") << form(u"1"_s, u"دمو"_s, u"example.com/demo"_s) << true
                                                     << qint64(1) << u"دمو"_s << u"https://example.com/demo"_s
                                                     << u"https://example.com/demo"_s << QString() << qint64(0);
    QTest::newRow("Persian domain without a scheme")
        << form(u"1"_s, u"مستندات"_s, u"نمونه.ایران/docs"_s) << true << qint64(1) << u"مستندات"_s
        << u"https://نمونه.ایران/docs"_s << u"https://نمونه.ایران/docs"_s << QString() << qint64(0);
    QTest::newRow("Persian path, spaces around")
        << form(u"1"_s, u"دمو"_s, u"  https://example.com/"_s + persianPath + u" "_s) << true << qint64(1) << u"دمو"_s
        << u"https://example.com/"_s + persianPath << u"https://example.com/"_s + persianPath << QString()
        << qint64(0);
    QTest::newRow("URL of spaces is no URL") << form(u"1"_s, u"دمو"_s, u"   "_s) << true << qint64(1) << u"دمو"_s
                                             << QString() << QString() << QString() << qint64(0);
    QTest::newRow("everything, Persian digits and Arabic letters")
        << form(u"۲"_s, u"كد منبع"_s, u"github.com/example/bookshop"_s, u"مخزن كد"_s, u"۱"_s) << true << qint64(2)
        << u"کد منبع"_s << u"https://github.com/example/bookshop"_s << u"https://github.com/example/bookshop"_s
        << u"مخزن کد"_s << qint64(1);
}

void TestLinkInput::accepts()
{
    QFETCH(FormDraft, typed);
    QFETCH(bool, normalise);
    QFETCH(qint64, portfolioId);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, urlDisplay);
    QFETCH(QString, description);
    QFETCH(qint64, imageId);

    const LinkInput::Result result = LinkInput::read(typed, normalise);

    QVERIFY2(result.errors.isEmpty(), qPrintable(QStringList(result.errors.keys()).join(u", "_s)));
    QVERIFY(result.draft);
    QCOMPARE(result.draft->portfolioId, portfolioId);
    QCOMPARE(result.draft->name, name);
    QCOMPARE(result.draft->url, url);
    QCOMPARE(result.urlDisplay, urlDisplay);
    QCOMPARE(result.draft->description, description);
    QCOMPARE(result.draft->imageId.value_or(0), imageId);
    QCOMPARE(result.draft->imageId.has_value(), imageId != 0);
    // What is sent is what was read: the optional fields only when filled in.
    const QJsonObject body = result.draft->toJson();
    QCOMPARE(body.value(u"name"_s).toString(), name.trimmed());
    QCOMPARE(body.contains(u"url"_s), !url.isEmpty());
    QCOMPARE(body.contains(u"description"_s), !description.trimmed().isEmpty());
}

void TestLinkInput::refuses_data()
{
    QTest::addColumn<FormDraft>("typed");
    QTest::addColumn<QStringList>("fields"); // sorted
    QTest::addColumn<QString>("field");      // whose message is checked
    QTest::addColumn<QString>("messageContains");

    const QStringList name{u"name"_s};
    const QStringList portfolio{u"portfolio"_s};
    const QStringList url{u"url"_s};

    QTest::newRow("empty name") << form(u"1"_s, QString()) << name << u"name"_s << u"required"_s;
    QTest::newRow("name of spaces") << form(u"1"_s, u"  \t "_s) << name << u"name"_s << u"required"_s;
    QTest::newRow("name of no-break spaces") << form(u"1"_s, u"\u00A0\u00A0"_s) << name << u"name"_s << u"required"_s;
    QTest::newRow("name of ZWNJ only") << form(u"1"_s, u"\u200C\u200C"_s) << name << u"name"_s << u"visible"_s;
    QTest::newRow("name of direction marks only") << form(u"1"_s, u"\u200F\u200E"_s) << name << u"name"_s
                                                  << u"visible"_s;
    QTest::newRow("name of a right-to-left override") << form(u"1"_s, u" \u202E "_s) << name << u"name"_s
                                                      << u"visible"_s;
    QTest::newRow("name of ZWNJ and spaces") << form(u"1"_s, u" \u200C "_s) << name << u"name"_s << u"visible"_s;
    QTest::newRow("no portfolio") << form(QString(), u"دمو"_s) << portfolio << u"portfolio"_s << u"number"_s;
    QTest::newRow("portfolio zero in Persian digits") << form(u"۰"_s, u"دمو"_s) << portfolio << u"portfolio"_s
                                                      << u"greater than zero"_s;
    QTest::newRow("portfolio in Persian words") << form(u"یک"_s, u"دمو"_s) << portfolio << u"portfolio"_s
                                                << u"digit"_s;
    QTest::newRow("portfolio with an Arabic decimal separator") << form(u"۱٫۵"_s, u"دمو"_s) << portfolio
                                                                << u"portfolio"_s << u"whole number"_s;
    QTest::newRow("javascript URL") << form(u"1"_s, u"دمو"_s, u"javascript:alert(1)"_s) << url << u"url"_s
                                    << u"javascript:"_s;
    QTest::newRow("URL without an ending") << form(u"1"_s, u"دمو"_s, u"نمونه"_s) << url << u"url"_s
                                           << u".com"_s;
    QTest::newRow("URL with a space inside") << form(u"1"_s, u"دمو"_s, u"https://example.com/سبد خرید"_s) << url
                                             << u"url"_s << u"spaces"_s;
    QTest::newRow("URL with a password") << form(u"1"_s, u"دمو"_s, u"https://user:pw@example.com/"_s) << url
                                         << u"url"_s << u"password"_s;
    QTest::newRow("everything wrong") << form(u"x"_s, u"\u200C"_s, u"ftp:/x"_s)
                                      << QStringList{u"name"_s, u"portfolio"_s, u"url"_s} << u"name"_s
                                      << u"visible"_s;
}

void TestLinkInput::refuses()
{
    QFETCH(FormDraft, typed);
    QFETCH(QStringList, fields);
    QFETCH(QString, field);
    QFETCH(QString, messageContains);

    for (const bool normalise : {true, false}) {
        const LinkInput::Result result = LinkInput::read(typed, normalise);

        QVERIFY(!result.draft);
        QCOMPARE(QStringList(result.errors.keys()), fields);
        for (const QString &message : result.errors)
            QVERIFY(!message.trimmed().isEmpty());
        QVERIFY2(result.errors.value(field).contains(messageContains), qPrintable(result.errors.value(field)));
    }
}

void TestLinkInput::formOfShowsTheLinkAsStored_data()
{
    QTest::addColumn<Link>("link");
    QTest::addColumn<QString>("url"); // as the form shows it

    QTest::newRow("every field") << storedLink(7, u"دمو پروژه"_s, u"https://example.com/demo"_s,
                                               u"لینک مشاهده\u200Cی دمو"_s, 4)
                                 << u"https://example.com/demo"_s;
    QTest::newRow("no URL, description or image") << storedLink(12, u"طراحی رابط کاربری"_s, std::nullopt,
                                                                std::nullopt, std::nullopt)
                                                  << QString();
    QTest::newRow("empty URL and description") << storedLink(13, u"Live site"_s, u""_s, u""_s, std::nullopt)
                                               << QString();
    // Stored by another client: shown as stored, not as this form would have stored it.
    QTest::newRow("Arabic letters and a Unicode domain")
        << storedLink(3, u"مستندات علي"_s, u"https://نمونه.ایران/docs"_s, u"توضيح"_s, std::nullopt)
        << u"https://نمونه.ایران/docs"_s;
    // Stored in punycode and percent-encoding (by an earlier version of this
    // app, or by a browser's copy): the same link, readable.
    QTest::newRow("punycode domain, encoded path")
        << storedLink(4, u"مستندات"_s, u"https://xn--hhbbbed.xn--mgba3a4f16a/"_s + persianPathEncoded, {}, std::nullopt)
        << u"https://نمونه.ایران/"_s + persianPath;
    QTest::newRow("not a web link, shown as it is")
        << storedLink(5, u"x"_s, u"javascript:alert(1)"_s, {}, std::nullopt) << u"javascript:alert(1)"_s;
}

void TestLinkInput::formOfShowsTheLinkAsStored()
{
    QFETCH(Link, link);
    QFETCH(QString, url);
    const qint64 portfolioId = 1;

    const FormDraft shown = LinkInput::formOf(link, portfolioId);

    QCOMPARE(shown.portfolio, QString::number(portfolioId));
    QCOMPARE(shown.name, link.name);
    QCOMPARE(shown.url, url);
    QCOMPARE(shown.description, link.description.value_or(QString()));
    QCOMPARE(shown.image, link.image ? QString::number(link.image->id) : QString());
    QVERIFY(shown.isEdit());
    QCOMPARE(shown.linkId.toLongLong(), link.id);
    QCOMPARE(QDateTime::fromString(shown.linkVersion, Qt::ISODateWithMs), link.updatedAt);
}

void TestLinkInput::anUnsentEditComesBackOverTheLink_data()
{
    QTest::addColumn<QJsonObject>("changes"); // the patch, as the outbox keeps it
    QTest::addColumn<FormDraft>("expected");   // portfolio, name, URL, description, image

    QTest::newRow("the name") << QJsonObject{{u"name"_s, u"دموی تازه"_s}}
                              << form(u"3"_s, u"دموی تازه"_s, u"https://example.com/demo"_s, u"توضیح"_s, u"4"_s);
    QTest::newRow("URL and description cleared")
        << QJsonObject{{u"url"_s, QJsonValue::Null}, {u"description"_s, QJsonValue::Null}}
        << form(u"3"_s, u"دمو پروژه"_s, {}, {}, u"4"_s);
    QTest::newRow("image removed") << QJsonObject{{u"image"_s, QJsonValue::Null}}
                                   << form(u"3"_s, u"دمو پروژه"_s, u"https://example.com/demo"_s, u"توضیح"_s, {});
    QTest::newRow("another image, a Persian URL")
        << QJsonObject{{u"image"_s, 12}, {u"url"_s, u"https://xn--hhbbbed.xn--mgba3a4f16a/"_s}}
        << form(u"3"_s, u"دمو پروژه"_s, u"https://نمونه.ایران/"_s, u"توضیح"_s, u"12"_s);
}

void TestLinkInput::anUnsentEditComesBackOverTheLink()
{
    QFETCH(QJsonObject, changes);
    QFETCH(FormDraft, expected);
    const Link loaded = storedLink(7, u"دمو پروژه"_s, u"https://example.com/demo"_s, u"توضیح"_s, 4);

    const FormDraft shown = LinkInput::formOf(loaded, LinkPatch::fromJson(3, 7, changes));

    QCOMPARE(shown.portfolio, expected.portfolio);
    QCOMPARE(shown.name, expected.name);
    QCOMPARE(shown.url, expected.url);
    QCOMPARE(shown.description, expected.description);
    QCOMPARE(shown.image, expected.image);
    // Still an edit of link 7, checked against the version the edit started from.
    QCOMPARE(shown.linkId, u"7"_s);
    QCOMPARE(QDateTime::fromString(shown.linkVersion, Qt::ISODateWithMs), loaded.updatedAt);
}

void TestLinkInput::formOfRoundTrip_data()
{
    QTest::addColumn<FormDraft>("typed");
    QTest::addColumn<bool>("normalise");

    QTest::newRow("Persian name only") << form(u"1"_s, u"دمو پروژه"_s) << true;
    QTest::newRow("everything") << form(u"۲"_s, u" كد منبع "_s, u"github.com/example/bookshop"_s,
                                        u"مخزن كد\nفروشگاه"_s, u"۱"_s)
                                << true;
    QTest::newRow("Arabic letters, normalisation off") << form(u"1"_s, u"پروفايل كاربر"_s, {}, u"توضيح"_s) << false;
    QTest::newRow("Persian domain and path") << form(u"٣"_s, u"مستندات"_s, u"نمونه.ایران/"_s + persianPath) << true;
    QTest::newRow("URL with a query and a port")
        << form(u"1"_s, u"جستجو"_s, u"http://localhost:8000/search?q=گیت&lang=fa"_s, {}, u"4"_s) << true;
}

void TestLinkInput::formOfRoundTrip()
{
    QFETCH(FormDraft, typed);
    QFETCH(bool, normalise);

    const LinkInput::Result first = LinkInput::read(typed, normalise);
    QVERIFY(first.draft);
    // The link as the server stores what was sent.
    const QJsonObject body = first.draft->toJson();
    const Link stored = storedLink(99, body.value(u"name"_s).toString(),
                                   body.contains(u"url"_s) ? std::optional(body.value(u"url"_s).toString()) : std::nullopt,
                                   body.contains(u"description"_s)
                                       ? std::optional(body.value(u"description"_s).toString())
                                       : std::nullopt,
                                   first.draft->imageId);

    const FormDraft shown = LinkInput::formOf(stored, first.draft->portfolioId);
    const LinkInput::Result again = LinkInput::read(shown, normalise);

    QVERIFY2(again.errors.isEmpty(), qPrintable(QStringList(again.errors.values()).join(u"; "_s)));
    QVERIFY(again.draft);
    QCOMPARE(again.draft->portfolioId, first.draft->portfolioId);
    QCOMPARE(again.draft->name, stored.name);
    QCOMPARE(again.draft->url, stored.url.value_or(QString()));
    QCOMPARE(again.draft->description, stored.description.value_or(QString()));
    QCOMPARE(again.draft->imageId, first.draft->imageId);
    QCOMPARE(again.urlDisplay, first.urlDisplay);
    QCOMPARE(again.draft->toJson(), body);
    // And once more: the form of the re-read link is the same form.
    QCOMPARE(LinkInput::formOf(stored, again.draft->portfolioId), shown);
}

void TestLinkInput::nameLength_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("Latin") << u"Project demo"_s << true << qsizetype(12);
    QTest::newRow("Persian with ZWNJ") << u"صفحه\u200Cی اصلی"_s << true << qsizetype(11);
    // Python counts code points: an emoji outside the BMP is one, not two UTF-16 units.
    QTest::newRow("emoji is one character") << u"دمو 🚀"_s << true << qsizetype(5);
    QTest::newRow("surrounding spaces are trimmed by DRF") << u"  دمو\n"_s << true << qsizetype(3);
    QTest::newRow("Arabic letters normalised, same length") << u"كد"_s << true << qsizetype(2);
    QTest::newRow("combining mark counts") << u"e\u0301"_s << false << qsizetype(2);
}

void TestLinkInput::nameLength()
{
    QFETCH(QString, name);
    QFETCH(bool, normalise);
    QFETCH(qsizetype, length);
    QCOMPARE(LinkInput::nameLength(name, normalise), length);
}

void TestLinkInput::nameLimitFromTheServersMessage_data()
{
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<qsizetype>("sentLength");
    QTest::addColumn<int>("limit"); // 0: none learnt
    QTest::newRow("DRF in English") << QStringList{u"Ensure this field has no more than 100 characters."_s}
                                    << qsizetype(120) << 100;
    QTest::newRow("DRF in Persian, Persian digits")
        << QStringList{u"مطمعن شوید طول این مقدار بیشتر از ۱۰۰ نیست."_s} << qsizetype(101) << 100;
    QTest::newRow("DRF in Persian, Latin digits")
        << QStringList{u"مطمعن شوید طول این مقدار بیشتر از 100 نیست."_s} << qsizetype(101) << 100;
    QTest::newRow("Arabic-Indic digits") << QStringList{u"لا يزيد عن ٨٠ حرفًا"_s} << qsizetype(90) << 80;
    QTest::newRow("second message holds it")
        << QStringList{u"Bad name."_s, u"Ensure this field has no more than 50 characters."_s} << qsizetype(60) << 50;
    QTest::newRow("a name not longer than the number: not a length") << QStringList{u"Reserved in 2024."_s}
                                                                     << qsizetype(12) << 0;
    QTest::newRow("a bare number is no message") << QStringList{u"5"_s} << qsizetype(19) << 0;
    QTest::newRow("no number") << QStringList{u"This field may not be blank."_s} << qsizetype(0) << 0;
    QTest::newRow("two numbers: something else") << QStringList{u"Between 3 and 100 characters."_s}
                                                 << qsizetype(120) << 0;
}

void TestLinkInput::nameLimitFromTheServersMessage()
{
    QFETCH(QStringList, messages);
    QFETCH(qsizetype, sentLength);
    QFETCH(int, limit);
    QCOMPARE(LinkInput::nameLimitFrom(messages, sentLength).value_or(0), limit);
}

void TestLinkInput::aNameOverTheKnownLimitIsRefused()
{
    const QString hundred = QString(100, u'ن');
    QVERIFY(LinkInput::read(form(u"1"_s, hundred), true, 100).draft);
    QVERIFY(LinkInput::read(form(u"1"_s, hundred + u"  "_s), true, 100).draft);
    const LinkInput::Result tooLong = LinkInput::read(form(u"1"_s, hundred + u"ی"_s), true, 100);
    QVERIFY(!tooLong.draft);
    QVERIFY2(tooLong.errors.value(u"name"_s).contains(u"101"_s), qPrintable(tooLong.errors.value(u"name"_s)));
    // Without a known limit, the server decides.
    QVERIFY(LinkInput::read(form(u"1"_s, hundred + u"ی"_s), true).draft);
}

QTEST_GUILESS_MAIN(TestLinkInput)
#include "TestLinkInput.moc"
