#include "links/CreationCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Link)
Q_DECLARE_METATYPE(LinkDraft)

// Which stored link is the one a lost answer was about: every field sent
// must match what the server stored, after the server's own trimming.
class TestCreationCheck : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
};

namespace {

LinkDraft draft(const QString &name, const QString &url = {}, const QString &description = {},
                std::optional<qint64> image = std::nullopt)
{
    LinkDraft d;
    d.portfolioId = 3;
    d.name = name;
    d.url = url;
    d.description = description;
    d.imageId = image;
    return d;
}

Link stored(const QString &name, std::optional<QString> url = std::nullopt,
            std::optional<QString> description = std::nullopt, std::optional<qint64> image = std::nullopt)
{
    Link link;
    link.id = 101;
    link.name = name;
    link.url = url;
    link.description = description;
    if (image) {
        link.image = Image();
        link.image->id = *image;
    }
    return link;
}

} // namespace

void TestCreationCheck::matches_data()
{
    QTest::addColumn<Link>("link");
    QTest::addColumn<LinkDraft>("sent");
    QTest::addColumn<bool>("expected");

    const QString name = u"وب‌سایت فروشگاه"_s;
    QTest::newRow("name only") << stored(name) << draft(name) << true;
    QTest::newRow("name trimmed by the server") << stored(name) << draft(u"  "_s + name + u"\n"_s) << true;
    QTest::newRow("same name, other URL") << stored(name, u"https://example.com/old"_s) << draft(name, u"https://example.com/new"_s) << false;
    QTest::newRow("same name, URL only sent") << stored(name) << draft(name, u"https://example.com/"_s) << false;
    QTest::newRow("same name, description differs") << stored(name, {}, u"قدیمی"_s) << draft(name, {}, u"تازه"_s) << false;
    QTest::newRow("description's line ends") << stored(name, {}, u"یک\nدو"_s) << draft(name, {}, u"یک\r\nدو"_s) << true;
    QTest::newRow("URL percent-encoded by the server")
        << stored(name, u"https://xn--mgbh0fb.xn--mgba3a4f16a/%D8%B5%D9%81%D8%AD%D9%87"_s)
        << draft(name, u"https://xn--mgbh0fb.xn--mgba3a4f16a/صفحه"_s) << true;
    QTest::newRow("same image") << stored(name, {}, {}, 12) << draft(name, {}, {}, 12) << true;
    QTest::newRow("other image") << stored(name, {}, {}, 12) << draft(name, {}, {}, 13) << false;
    QTest::newRow("image only stored") << stored(name, {}, {}, 12) << draft(name) << false;
    QTest::newRow("image only sent") << stored(name) << draft(name, {}, {}, 12) << false;
    QTest::newRow("Arabic Yeh is another name") << stored(u"علي"_s) << draft(u"علی"_s) << false;
}

void TestCreationCheck::matches()
{
    QFETCH(Link, link);
    QFETCH(LinkDraft, sent);
    QFETCH(bool, expected);
    QCOMPARE(CreationCheck::matches(link, sent), expected);
}

QTEST_GUILESS_MAIN(TestCreationCheck)
#include "TestCreationCheck.moc"
