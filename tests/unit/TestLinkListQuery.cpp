#include "api/LinkListQuery.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Presence = LinkListQuery::Presence;
using Order = LinkListQuery::Order;

Q_DECLARE_METATYPE(LinkListQuery::Presence)
Q_DECLARE_METATYPE(LinkListQuery::Order)

// What the links list asks the server for: the search as Persian keyboards
// and pasted Arabic text produce it, the presence filters, the ordering and
// the page, as query items of the list endpoint.
class TestLinkListQuery : public QObject
{
    Q_OBJECT

private slots:
    void searchTerm_data();
    void searchTerm();
    void searchReachesTheServerIntact_data();
    void searchReachesTheServerIntact();
    void presenceFilters_data();
    void presenceFilters();
    void ordering_data();
    void ordering();
    void limitAndOffset_data();
    void limitAndOffset();
    void isFiltered_data();
    void isFiltered();
    void exactSearchIsSentAsGiven_data();
    void exactSearchIsSentAsGiven();
};

namespace {

// The query items as the server decodes them, by name.
QString itemOf(const QUrlQuery &query, const QString &name)
{
    return query.hasQueryItem(name) ? query.queryItemValue(name, QUrl::FullyDecoded) : QString();
}

// The query as it goes out on the wire, read back the way a server reads it.
QUrlQuery asReceived(const QUrlQuery &query)
{
    QUrl url(u"http://127.0.0.1/api/portfolios/1/links/"_s);
    url.setQuery(query);
    return QUrlQuery(QUrl::fromEncoded(url.toEncoded()));
}

Presence &presenceIn(LinkListQuery &query, const QString &filter)
{
    if (filter == QLatin1String("has_image"))
        return query.image;
    if (filter == QLatin1String("has_url"))
        return query.url;
    return query.description;
}

} // namespace

void TestLinkListQuery::searchTerm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("normaliseLetters");
    QTest::addColumn<QString>("expected");

    // Letters
    QTest::newRow("Arabic Yeh and Kaf become Persian") << u"پروفايل كاربر"_s << true << u"پروفایل کاربر"_s;
    QTest::newRow("Arabic Yeh and Kaf kept when not normalising") << u"پروفايل كاربر"_s << false
                                                                   << u"پروفايل كاربر"_s;
    QTest::newRow("final Alef Maksura becomes Yeh") << u"موسى"_s << true << u"موسی"_s;
    QTest::newRow("final Alef Maksura kept when not normalising") << u"موسى"_s << false << u"موسى"_s;
    QTest::newRow("Persian letters unchanged") << u"سبد خرید"_s << true << u"سبد خرید"_s;
    QTest::newRow("ZWNJ kept") << u"صفحه\u200Cی محصول"_s << true << u"صفحه\u200Cی محصول"_s;
    QTest::newRow("Latin unchanged") << u"Dark theme"_s << true << u"Dark theme"_s;
    // Spaces
    QTest::newRow("spaces around and inside simplified") << u"  سبد \t  خرید \n"_s << true << u"سبد خرید"_s;
    QTest::newRow("only spaces") << u"  \t "_s << true << QString();
    QTest::newRow("empty") << QString() << true << QString();
    // Digits inside text: Arabic-Indic as Persian, Persian kept
    QTest::newRow("Arabic-Indic digits in text become Persian") << u"طرح ٢٣"_s << true << u"طرح ۲۳"_s;
    QTest::newRow("Arabic-Indic digits in text, not normalising") << u"طرح ٢٣"_s << false << u"طرح ۲۳"_s;
    QTest::newRow("Persian digits in text kept") << u"طرح ۲۳"_s << true << u"طرح ۲۳"_s;
    QTest::newRow("Arabic letters and Arabic-Indic digits") << u"سبد خريد ١"_s << true << u"سبد خرید ۱"_s;
    // A number alone, in any digits: ASCII
    QTest::newRow("number in Persian digits") << u"۱۲۳"_s << true << u"123"_s;
    QTest::newRow("number in Persian digits, not normalising") << u"۴۲"_s << false << u"42"_s;
    QTest::newRow("number in Arabic-Indic digits") << u"١٢٣"_s << true << u"123"_s;
    QTest::newRow("number in mixed digits") << u"۱2٣"_s << true << u"123"_s;
    QTest::newRow("number with spaces around") << u" ۴۲ "_s << true << u"42"_s;
    QTest::newRow("number with a leading zero keeps it") << u"۰۷"_s << true << u"07"_s;
    QTest::newRow("ASCII number") << u"2024"_s << true << u"2024"_s;
    QTest::newRow("zero in Persian digits") << u"۰"_s << true << u"0"_s;
    QTest::newRow("number longer than any id") << u"۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰"_s << true << u"12345678901234567890"_s;
}

void TestLinkListQuery::exactSearchIsSentAsGiven_data()
{
    QTest::addColumn<QString>("name");
    // A link's name as it was sent, looked for after a lost answer: digits
    // or Arabic letters changed here would miss the link that was stored.
    QTest::newRow("Persian digits only") << u"۱۲۳"_s;
    QTest::newRow("Arabic Yeh") << u"پروفايل"_s;
    QTest::newRow("Arabic-Indic digits") << u"نسخه ٤"_s;
    QTest::newRow("inner double space") << u"a  b"_s;
}

void TestLinkListQuery::exactSearchIsSentAsGiven()
{
    QFETCH(QString, name);
    LinkListQuery query;
    query.search = name;
    query.exactSearch = true;
    QCOMPARE(query.searchTerm(), name);
    QCOMPARE(asReceived(query.toQuery(0)).queryItemValue(u"search"_s, QUrl::FullyDecoded), name);
}

void TestLinkListQuery::searchTerm()
{
    QFETCH(QString, typed);
    QFETCH(bool, normaliseLetters);
    QFETCH(QString, expected);

    LinkListQuery query;
    query.search = typed;
    query.normaliseLetters = normaliseLetters;

    QCOMPARE(query.searchTerm(), expected);
    // The term is what goes out, and nothing goes out for an empty one.
    const QUrlQuery sent = asReceived(query.toQuery(0));
    QCOMPARE(sent.hasQueryItem(u"search"_s), !expected.isEmpty());
    QCOMPARE(itemOf(sent, u"search"_s), expected);
    // Typed as it was sent, it reads the same: the rules are idempotent.
    LinkListQuery again = query;
    again.search = expected;
    QCOMPARE(again.searchTerm(), expected);
}

void TestLinkListQuery::searchReachesTheServerIntact_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("encoded"); // how the search item reads on the request line

    QTest::newRow("plus signs") << u"C++"_s << QByteArray("search=C%2B%2B");
    QTest::newRow("ampersand and equals") << u"a&b=c"_s << QByteArray("search=a%26b%3Dc");
    QTest::newRow("percent sign") << u"100%"_s << QByteArray("search=100%25");
    QTest::newRow("hash") << u"#1"_s << QByteArray("search=%231");
    QTest::newRow("Persian with a space") << u"سبد خرید"_s
                                          << QByteArray("search=%D8%B3%D8%A8%D8%AF%20%D8%AE%D8%B1%DB%8C%D8%AF");
    QTest::newRow("Persian with ZWNJ") << u"صفحه\u200Cی"_s << QByteArray("search=%D8%B5%D9%81%D8%AD%D9%87%E2%80%8C%DB%8C");
}

void TestLinkListQuery::searchReachesTheServerIntact()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, encoded);

    LinkListQuery query;
    query.search = typed;
    QUrl url(u"http://127.0.0.1/api/portfolios/1/links/"_s);
    url.setQuery(query.toQuery(0));

    const QByteArray wire = url.toEncoded();
    QVERIFY2(wire.contains("&" + encoded + "&") || wire.contains("?" + encoded + "&"), wire.constData());
    QCOMPARE(itemOf(asReceived(query.toQuery(0)), u"search"_s), query.searchTerm());
}

void TestLinkListQuery::presenceFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<QString>("expected"); // null: not sent

    for (const QString &filter : {u"has_image"_s, u"has_url"_s, u"has_description"_s}) {
        QTest::addRow("%s with", qPrintable(filter)) << filter << Presence::With << u"true"_s;
        QTest::addRow("%s without", qPrintable(filter)) << filter << Presence::Without << u"false"_s;
        QTest::addRow("%s any", qPrintable(filter)) << filter << Presence::Any << QString();
    }
}

void TestLinkListQuery::presenceFilters()
{
    QFETCH(QString, filter);
    QFETCH(Presence, presence);
    QFETCH(QString, expected);

    LinkListQuery query;
    presenceIn(query, filter) = presence;
    const QUrlQuery sent = asReceived(query.toQuery(0));

    QCOMPARE(sent.hasQueryItem(filter), !expected.isNull());
    QCOMPARE(itemOf(sent, filter), expected);
    // The other two filters are left out: "any" is never sent.
    for (const QString &other : {u"has_image"_s, u"has_url"_s, u"has_description"_s}) {
        if (other != filter)
            QVERIFY2(!sent.hasQueryItem(other), qPrintable(other));
    }
}

void TestLinkListQuery::ordering_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id ascending") << Order::Id << false << u"id"_s;
    QTest::newRow("id descending") << Order::Id << true << u"-id"_s;
    QTest::newRow("name ascending") << Order::Name << false << u"name,id"_s;
    QTest::newRow("name descending") << Order::Name << true << u"-name,-id"_s;
    QTest::newRow("created ascending") << Order::Created << false << u"created_at,id"_s;
    QTest::newRow("created descending") << Order::Created << true << u"-created_at,-id"_s;
    QTest::newRow("updated ascending") << Order::Updated << false << u"updated_at,id"_s;
    QTest::newRow("updated descending") << Order::Updated << true << u"-updated_at,-id"_s;
}

void TestLinkListQuery::ordering()
{
    QFETCH(Order, order);
    QFETCH(bool, descending);
    QFETCH(QString, expected);

    LinkListQuery query;
    query.order = order;
    query.descending = descending;

    QCOMPARE(query.ordering(), expected);
    QCOMPARE(itemOf(asReceived(query.toQuery(0)), u"ordering"_s), expected);
    QCOMPARE(itemOf(asReceived(query.toQuery(100)), u"ordering"_s), expected);
    // The tie-break is the last key and goes the same way as the chosen field.
    const QStringList keys = expected.split(QLatin1Char(','));
    QVERIFY(keys.last() == u"id"_s || keys.last() == u"-id"_s);
    QCOMPARE(keys.last().startsWith(QLatin1Char('-')), descending);
}

void TestLinkListQuery::limitAndOffset_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expectedOffset"); // null: not sent

    QTest::newRow("first page") << 50 << 0 << QString();
    QTest::newRow("second page") << 50 << 50 << u"50"_s;
    QTest::newRow("after one created link") << 50 << 51 << u"51"_s;
    QTest::newRow("small pages") << 10 << 30 << u"30"_s;
    QTest::newRow("one page of everything") << 5000 << 0 << QString();
}

void TestLinkListQuery::limitAndOffset()
{
    QFETCH(int, pageSize);
    QFETCH(int, offset);
    QFETCH(QString, expectedOffset);

    LinkListQuery query;
    query.pageSize = pageSize;
    const QUrlQuery sent = asReceived(query.toQuery(offset));

    QCOMPARE(itemOf(sent, u"limit"_s), QString::number(pageSize));
    QCOMPARE(sent.hasQueryItem(u"offset"_s), !expectedOffset.isNull());
    QCOMPARE(itemOf(sent, u"offset"_s), expectedOffset);
    // Nothing but what was asked for: no search or filter items by default.
    for (const auto &[name, value] : sent.queryItems()) {
        QVERIFY2(name == u"limit"_s || name == u"offset"_s || name == u"ordering"_s, qPrintable(name + u'=' + value));
    }
}

void TestLinkListQuery::isFiltered_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("filter"); // empty: none
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<Order>("order");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("expected");

    QTest::newRow("nothing") << QString() << QString() << Presence::Any << Order::Created << true << false;
    QTest::newRow("only spaces typed") << u"   "_s << QString() << Presence::Any << Order::Created << true << false;
    QTest::newRow("Persian search") << u"سبد"_s << QString() << Presence::Any << Order::Created << true << true;
    QTest::newRow("number search") << u"۱۲"_s << QString() << Presence::Any << Order::Created << true << true;
    QTest::newRow("other order") << QString() << QString() << Presence::Any << Order::Name << false << false;
    QTest::newRow("oldest first") << QString() << QString() << Presence::Any << Order::Created << false << false;
    for (const QString &filter : {u"has_image"_s, u"has_url"_s, u"has_description"_s}) {
        QTest::addRow("%s with", qPrintable(filter)) << QString() << filter << Presence::With << Order::Created << true << true;
        QTest::addRow("%s without", qPrintable(filter))
            << QString() << filter << Presence::Without << Order::Created << true << true;
        QTest::addRow("%s any", qPrintable(filter)) << QString() << filter << Presence::Any << Order::Created << true << false;
    }
}

void TestLinkListQuery::isFiltered()
{
    QFETCH(QString, search);
    QFETCH(QString, filter);
    QFETCH(Presence, presence);
    QFETCH(Order, order);
    QFETCH(bool, descending);
    QFETCH(bool, expected);

    LinkListQuery query;
    query.search = search;
    if (!filter.isEmpty())
        presenceIn(query, filter) = presence;
    query.order = order;
    query.descending = descending;

    QCOMPARE(query.isFiltered(), expected);
    // Page size and letter folding never filter.
    query.pageSize = 7;
    query.normaliseLetters = !query.normaliseLetters;
    QCOMPARE(query.isFiltered(), expected);
}

QTEST_GUILESS_MAIN(TestLinkListQuery)
#include "TestLinkListQuery.moc"
