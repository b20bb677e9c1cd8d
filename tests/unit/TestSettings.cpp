#include "UserFolders.h"

#include "storage/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

// Where Settings keeps what holds for one server: the keys a later version
// and the user's backups depend on.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void portfolioNamesAreKeptPerServerAndPortfolio();
    void aNameUnderTheMisnumberedKeyIsReadAndMoved();
};

namespace {
const QUrl server(u"https://portfolio.example/"_s);
const QUrl otherServer(u"http://127.0.0.1:8000/backend/"_s);

QString nameKey(const QString &origin, qint64 portfolio)
{
    return u"servers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(origin)) + u"/portfolioNames/"_s
        + QString::number(portfolio);
}
} // namespace

void TestSettings::initTestCase()
{
    keepOutOfUserFolders();
    QCoreApplication::setOrganizationName(u"portfolio-links-tests"_s);
    QCoreApplication::setApplicationName(u"TestSettings"_s);
}

void TestSettings::init()
{
    QSettings().clear();
}

void TestSettings::portfolioNamesAreKeptPerServerAndPortfolio()
{
    Settings settings;
    settings.setPortfolioName(server, 5, u"وب‌سایت آژانس"_s);
    settings.setPortfolioName(server, 6, u"Shop"_s);
    settings.setPortfolioName(otherServer, 5, u"آزمایشی"_s);

    const QSettings stored;
    QCOMPARE(stored.value(nameKey(u"https://portfolio.example"_s, 5)).toString(), u"وب‌سایت آژانس"_s);
    QCOMPARE(stored.value(nameKey(u"https://portfolio.example"_s, 6)).toString(), u"Shop"_s);
    QCOMPARE(stored.value(nameKey(u"http://127.0.0.1:8000"_s, 5)).toString(), u"آزمایشی"_s);
    QCOMPARE(settings.portfolioName(server, 5), u"وب‌سایت آژانس"_s);
    QCOMPARE(settings.portfolioName(otherServer, 5), u"آزمایشی"_s);
    QCOMPARE(settings.portfolioName(otherServer, 6), QString());
}

void TestSettings::aNameUnderTheMisnumberedKeyIsReadAndMoved()
{
    // A chained arg() replaced the origin's "%2F"s with the portfolio number.
    QString misnumbered = nameKey(u"https://portfolio.example"_s, 7);
    misnumbered.replace(u"%2"_s, u"7"_s);
    QSettings().setValue(misnumbered, u"نام قدیمی"_s);

    Settings settings;
    QCOMPARE(settings.portfolioName(server, 7), u"نام قدیمی"_s);
    settings.setPortfolioName(server, 7, u"نام تازه"_s);
    const QSettings stored;
    QVERIFY(!stored.contains(misnumbered));
    QCOMPARE(stored.value(nameKey(u"https://portfolio.example"_s, 7)).toString(), u"نام تازه"_s);
}

QTEST_GUILESS_MAIN(TestSettings)

#include "TestSettings.moc"
