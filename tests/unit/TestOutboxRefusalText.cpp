#include "api/ApiError.h"
#include "links/OutboxWorker.h"
#include "text/PersianText.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the Outbox window and the history say of a change the server
// refused: each of the server's messages once, fields by the form's names
// and in its order (the window has no fields to show them beside).
class TestOutboxRefusalText : public QObject
{
    Q_OBJECT

private slots:
    void eachMessageOnceFieldsByTheirLabels_data();
    void eachMessageOnceFieldsByTheirLabels();
};

void TestOutboxRefusalText::eachMessageOnceFieldsByTheirLabels_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("lines");
    const QString fieldsRefused = OutboxWorker::tr("The server did not accept these fields:");
    QTest::newRow("fields, in the form's order")
        << 400 << R"({"url": ["Enter a valid URL."], "name": ["This field may not be blank.", "Too short."]})"_ba
        << QStringList{fieldsRefused, u"Name: This field may not be blank. Too short."_s, u"URL: Enter a valid URL."_s};
    QTest::newRow("a field the form does not have: its key")
        << 400 << R"({"portfolio": ["Invalid pk."]})"_ba << QStringList{fieldsRefused, u"portfolio: Invalid pk."_s};
    QTest::newRow("a refusal of the whole link, said once")
        << 400 << R"({"non_field_errors": ["This name is taken."], "image": ["Not found."]})"_ba
        << QStringList{ApiError::tr("The server did not accept the link: %1").arg(PersianText::isolated(u"This name is taken."_s)),
                       u"Image: Not found."_s};
    QTest::newRow("a server error's own messages, after its message")
        << 500 << R"({"non_field_errors": ["Database is locked."]})"_ba
        << QStringList{ApiError::tr("The server had an internal error (HTTP %1). Try again later.").arg(PersianText::id(500)),
                       u"Database is locked."_s};
}

void TestOutboxRefusalText::eachMessageOnceFieldsByTheirLabels()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, lines);
    const ApiError error = ApiError::fromHttp(status, body, "application/json");
    QCOMPARE(OutboxWorker::describe(error).split(u'\n'), lines);
}

QTEST_GUILESS_MAIN(TestOutboxRefusalText)
#include "TestOutboxRefusalText.moc"
