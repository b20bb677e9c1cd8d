#include "api/ApiError.h"
#include "model/ParseError.h"

#include <QMap>
#include <QNetworkReply>
#include <QSet>
#include <QScopeGuard>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using FieldErrors = QMap<QString, QStringList>;
Q_DECLARE_METATYPE(ApiError::Kind)
using MakeError = std::function<ApiError()>;
Q_DECLARE_METATYPE(MakeError)

// What each HTTP status and network failure becomes, with the bodies Django
// REST Framework and the web servers in front of it really send.
class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromHttpStatus_data();
    void fromHttpStatus();
    void aGatewayIsNotCalledAnInternalError_data();
    void aGatewayIsNotCalledAnInternalError();
    void statusIsInTheUiDigits_data();
    void statusIsInTheUiDigits();
    void fieldErrors_data();
    void fieldErrors();
    void nonFieldErrors_data();
    void nonFieldErrors();
    void serverDetail_data();
    void serverDetail();
    void hugeBodyIsBounded_data();
    void hugeBodyIsBounded();
    void boundedExcerptKeepsWholeCharacters();
    void fromNetwork_data();
    void fromNetwork();
    void factories();
    void everyKindHasItsOwnMessage();
    void tlsNamesTheCertificateOnlyWhenItWasTheProblem_data();
    void tlsNamesTheCertificateOnlyWhenItWasTheProblem();
    void mayHaveBeenProcessed_data();
    void mayHaveBeenProcessed();
};

namespace {

const QByteArray json = "application/json"_ba;
const QByteArray html = "text/html; charset=utf-8"_ba;

// Django's own error pages (django/views/defaults.py), as served with DEBUG off.
QByteArray djangoPage(const QByteArray &title)
{
    return "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>" + title + "</title>\n</head>\n<body>\n  <h1>"
        + title + "</h1><p></p>\n</body>\n</html>\n";
}

// nginx's built-in error page in front of a dead upstream.
QByteArray nginxPage(const QByteArray &title)
{
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
}

} // namespace

void TestApiError::fromHttpStatus_data()
{
    using K = ApiError::Kind;
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("400 fields") << 400 << R"({"name": ["This field is required."]})"_ba << json << K::Validation;
    QTest::newRow("400 empty") << 400 << QByteArray() << json << K::Validation;
    QTest::newRow("400 Django page") << 400 << djangoPage("Bad Request (400)") << html << K::Validation;
    QTest::newRow("401 missing") << 401 << R"({"detail": "Authentication credentials were not provided."})"_ba << json
                                 << K::Unauthorized;
    QTest::newRow("401 invalid") << 401 << R"({"detail": "Invalid token."})"_ba << json << K::Unauthorized;
    QTest::newRow("403") << 403 << R"({"detail": "You do not have permission to perform this action."})"_ba << json
                         << K::Forbidden;
    QTest::newRow("403 CSRF page") << 403 << djangoPage("403 Forbidden") << html << K::Forbidden;
    QTest::newRow("404") << 404 << R"({"detail": "Not found."})"_ba << json << K::NotFound;
    QTest::newRow("404 Django page") << 404 << djangoPage("Not Found") << html << K::NotFound;
    QTest::newRow("500") << 500 << djangoPage("Server Error (500)") << html << K::Server;
    QTest::newRow("502") << 502 << nginxPage("502 Bad Gateway") << "text/html"_ba << K::Server;
    QTest::newRow("503") << 503 << nginxPage("503 Service Temporarily Unavailable") << "text/html"_ba << K::Server;
    QTest::newRow("504 empty") << 504 << QByteArray() << QByteArray() << K::Server;
    QTest::newRow("599") << 599 << QByteArray() << QByteArray() << K::Server;
    QTest::newRow("301") << 301 << QByteArray() << html << K::RedirectRefused;
    QTest::newRow("302") << 302 << QByteArray() << html << K::RedirectRefused;
    QTest::newRow("307") << 307 << QByteArray() << QByteArray() << K::RedirectRefused;
    QTest::newRow("308") << 308 << QByteArray() << QByteArray() << K::RedirectRefused;
    QTest::newRow("405") << 405 << R"({"detail": "Method \"POST\" not allowed."})"_ba << json << K::UnexpectedStatus;
    QTest::newRow("409") << 409 << QByteArray() << QByteArray() << K::UnexpectedStatus;
    QTest::newRow("413") << 413 << nginxPage("413 Request Entity Too Large") << "text/html"_ba
                         << K::UnexpectedStatus;
    QTest::newRow("418") << 418 << "I'm a teapot"_ba << "text/plain"_ba << K::UnexpectedStatus;
    QTest::newRow("429") << 429 << R"({"detail": "Request was throttled. Expected available in 59 seconds."})"_ba
                         << json << K::UnexpectedStatus;
    QTest::newRow("204 where a body was due") << 204 << QByteArray() << QByteArray() << K::UnexpectedStatus;
}

void TestApiError::fromHttpStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(ApiError::Kind, kind);

    const ApiError error = ApiError::fromHttp(status, body, contentType);

    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(!error.message().contains(u"%1"_s), qPrintable(error.message()));
    if (kind == ApiError::Kind::Server || kind == ApiError::Kind::UnexpectedStatus)
        QVERIFY2(error.message().contains(QString::number(status)), qPrintable(error.message()));
    // What DRF says of a throttle or a refused method is passed on.
    if (status == 405 || status == 429)
        QVERIFY2(error.message().contains(error.serverDetail()), qPrintable(error.message()));
    // The raw answer stays available for the "Details" section.
    QCOMPARE(error.details(), QString::fromUtf8(body).trimmed());
    // Only a 400 carries field errors; a "detail" elsewhere is not a field.
    if (kind != ApiError::Kind::Validation)
        QVERIFY(error.fieldErrors().isEmpty());
}

void TestApiError::aGatewayIsNotCalledAnInternalError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("500") << 500 << u"internal error"_s;
    QTest::newRow("502 from a proxy") << 502 << u"gateway got no answer"_s;
    QTest::newRow("503 from a proxy") << 503 << u"not available for now"_s;
    QTest::newRow("504 from a proxy") << 504 << u"gateway got no answer"_s;
}

// A proxy's 502, 503 or 504 says nothing about the application behind it:
// "an internal error" sent people looking for a bug that was not there.
void TestApiError::aGatewayIsNotCalledAnInternalError()
{
    QFETCH(int, status);
    QFETCH(QString, says);
    const QString message = ApiError::fromHttp(status, {}, {}).message();
    QVERIFY2(message.contains(says), qPrintable(message));
    QCOMPARE(message.contains(u"internal"_s), status == 500);
}

void TestApiError::statusIsInTheUiDigits_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("shown");

    const QLocale persian(QLocale::Persian, QLocale::Iran);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("Persian, server error") << persian << 502 << u"HTTP ۵۰۲"_s;
    QTest::newRow("Persian, unexpected") << persian << 418 << u"HTTP ۴۱۸"_s;
    QTest::newRow("English, server error") << english << 502 << u"HTTP 502"_s;
    QTest::newRow("English, unexpected") << english << 418 << u"HTTP 418"_s;
}

void TestApiError::statusIsInTheUiDigits()
{
    QFETCH(QLocale, locale);
    QFETCH(int, status);
    QFETCH(QString, shown);
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });

    const QString message = ApiError::fromHttp(status, {}, {}).message();

    QVERIFY2(message.contains(shown), qPrintable(message));
}

void TestApiError::fieldErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FieldErrors>("expected");

    QTest::newRow("required and invalid URL")
        << R"({"name": ["This field is required."], "url": ["Enter a valid URL."]})"_ba
        << FieldErrors{{u"name"_s, {u"This field is required."_s}}, {u"url"_s, {u"Enter a valid URL."_s}}};
    QTest::newRow("unknown image")
        << R"({"image": ["Invalid pk \"999\" - object does not exist."]})"_ba
        << FieldErrors{{u"image"_s, {u"Invalid pk \"999\" - object does not exist."_s}}};
    QTest::newRow("image of the wrong type")
        << R"({"image": ["Incorrect type. Expected pk value, received str."]})"_ba
        << FieldErrors{{u"image"_s, {u"Incorrect type. Expected pk value, received str."_s}}};
    QTest::newRow("two messages for one field")
        << R"({"url": ["Enter a valid URL.", "Ensure this field has no more than 200 characters."]})"_ba
        << FieldErrors{{u"url"_s, {u"Enter a valid URL."_s, u"Ensure this field has no more than 200 characters."_s}}};
    QTest::newRow("Persian message")
        << R"({"name": ["این فیلد لازم است."]})"_ba << FieldErrors{{u"name"_s, {u"این فیلد لازم است."_s}}};
    QTest::newRow("a string instead of a list")
        << R"({"name": "This field may not be blank."})"_ba
        << FieldErrors{{u"name"_s, {u"This field may not be blank."_s}}};
    QTest::newRow("nested serializer")
        << R"({"image": {"f": ["The submitted data was not a file."]}})"_ba
        << FieldErrors{{u"image"_s, {u"f: The submitted data was not a file."_s}}};
    QTest::newRow("list of nested objects")
        << R"({"thumbnails": [{}, {"size": ["A valid integer is required."]}]})"_ba
        << FieldErrors{{u"thumbnails"_s, {u"size: A valid integer is required."_s}}};
}

void TestApiError::fieldErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(FieldErrors, expected);

    const ApiError error = ApiError::fromHttp(400, body, json);

    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.fieldErrors(), expected);
    QVERIFY(error.nonFieldErrors().isEmpty());
    QVERIFY(error.serverDetail().isEmpty());
    // The message points at the fields rather than repeating them.
    const QString message = error.message();
    QVERIFY(!message.isEmpty());
    QCOMPARE(message, ApiError::fromHttp(400, R"({"x": ["y"]})"_ba, json).message());
    QVERIFY(message != ApiError::fromHttp(400, QByteArray(), json).message());
}

void TestApiError::nonFieldErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<FieldErrors>("fields");

    QTest::newRow("non_field_errors")
        << R"({"non_field_errors": ["The fields portfolio, name must make a unique set."]})"_ba
        << QStringList{u"The fields portfolio, name must make a unique set."_s} << FieldErrors{};
    QTest::newRow("with a field error too")
        << R"({"non_field_errors": ["Invalid data."], "url": ["Enter a valid URL."]})"_ba
        << QStringList{u"Invalid data."_s} << FieldErrors{{u"url"_s, {u"Enter a valid URL."_s}}};
    QTest::newRow("top-level list") << R"(["Invalid data. Expected a dictionary, but got list."])"_ba
                                    << QStringList{u"Invalid data. Expected a dictionary, but got list."_s}
                                    << FieldErrors{};
    QTest::newRow("two messages") << R"({"non_field_errors": ["First.", "Second."]})"_ba
                                  << QStringList{u"First."_s, u"Second."_s} << FieldErrors{};
}

void TestApiError::nonFieldErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QFETCH(FieldErrors, fields);

    const ApiError error = ApiError::fromHttp(400, body, json);

    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.nonFieldErrors(), expected);
    QCOMPARE(error.fieldErrors(), fields);
    QVERIFY(!error.fieldErrors().contains(u"non_field_errors"_s));
    // No field to show them beside: the message carries them.
    for (const QString &text : expected)
        QVERIFY2(error.message().contains(text), qPrintable(error.message()));
}

void TestApiError::serverDetail_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("detail");

    QTest::newRow("401 invalid token") << 401 << R"({"detail": "Invalid token."})"_ba << json << u"Invalid token."_s;
    QTest::newRow("401 no credentials") << 401 << R"({"detail": "Authentication credentials were not provided."})"_ba
                                        << json << u"Authentication credentials were not provided."_s;
    QTest::newRow("401 inactive user") << 401 << R"({"detail": "User inactive or deleted."})"_ba << json
                                       << u"User inactive or deleted."_s;
    QTest::newRow("403") << 403 << R"({"detail": "You do not have permission to perform this action."})"_ba << json
                         << u"You do not have permission to perform this action."_s;
    QTest::newRow("404") << 404 << R"({"detail": "Not found."})"_ba << json << u"Not found."_s;
    QTest::newRow("404 Persian") << 404 << R"({"detail": "یافت نشد."})"_ba << json << u"یافت نشد."_s;
    QTest::newRow("400 non-JSON Django page") << 400 << djangoPage("Bad Request (400)") << html
                                              << u"Bad Request (400)"_s;
    QTest::newRow("400 plain text") << 400 << "Bad Request"_ba << "text/plain"_ba << QString();
    QTest::newRow("500 Django page") << 500 << djangoPage("Server Error (500)") << html << u"Server Error (500)"_s;
    QTest::newRow("500 JSON detail") << 500 << R"({"detail": "A server error occurred."})"_ba << json
                                     << u"A server error occurred."_s;
    QTest::newRow("500 Django debug page")
        << 500
        << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta http-equiv=\"content-type\" content=\"text/html; "
           "charset=utf-8\">\n  <meta name=\"robots\" content=\"NONE,NOARCHIVE\">\n  <title>IntegrityError\n          at "
           "/api/portfolios/3/links/</title>\n  <style type=\"text/css\">\n    html * { padding:0; margin:0; }\n"
           "  </style>\n</head>\n<body>\n<div id=\"summary\">\n  <h1>IntegrityError\n       at /api/portfolios/3/links/"
           "</h1>\n  <pre class=\"exception_value\">NOT NULL constraint failed</pre>\n</div>\n</body>\n</html>\n"_ba
        << html << u"IntegrityError at /api/portfolios/3/links/"_s;
    QTest::newRow("502 nginx") << 502 << nginxPage("502 Bad Gateway") << "text/html"_ba << u"502 Bad Gateway"_s;
    QTest::newRow("503 title with attributes and spaces")
        << 503 << "<HTML><HEAD><TITLE lang=\"en\">  Service\n   Unavailable </TITLE></HEAD><BODY>down</BODY></HTML>"_ba
        << "text/html"_ba << u"Service Unavailable"_s;
    QTest::newRow("503 HTML without title") << 503 << "<html><body><h1>Maintenance</h1></body></html>"_ba
                                            << "text/html"_ba << QString();
    QTest::newRow("502 empty") << 502 << QByteArray() << "text/html"_ba << QString();
}

void TestApiError::serverDetail()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, detail);

    const ApiError error = ApiError::fromHttp(status, body, contentType);

    QCOMPARE(error.serverDetail(), detail);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.details(), QString::fromUtf8(body).trimmed());
    QVERIFY(error.fieldErrors().isEmpty());
    QVERIFY(error.nonFieldErrors().isEmpty());
    // An HTML page is never shown to the user as the message.
    QVERIFY(!error.message().contains(u'<'));
}

void TestApiError::hugeBodyIsBounded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("bodySize");

    constexpr int megabyte = 1024 * 1024;
    QTest::newRow("500 HTML, 1 MB") << 500 << html << u"Server Error (500)"_s << megabyte;
    QTest::newRow("502 HTML, 1 MB") << 502 << "text/html"_ba << u"Server Error (500)"_s << megabyte;
    QTest::newRow("503 HTML, 1 MB") << 503 << "text/html"_ba << u"Server Error (500)"_s << megabyte;
    QTest::newRow("500 HTML, 2 MB") << 500 << html << u"Server Error (500)"_s << 2 * megabyte;
    QTest::newRow("400 HTML, 1 MB") << 400 << html << u"Server Error (500)"_s << megabyte;
    QTest::newRow("500 plain text, 1 MB") << 500 << "text/plain"_ba << QString() << megabyte;
}

void TestApiError::hugeBodyIsBounded()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, detail);
    QFETCH(int, bodySize);

    QByteArray body = "<html><head><title>Server Error (500)</title></head><body><pre>";
    while (body.size() < bodySize)
        body += "Traceback line: File \"/srv/app/views.py\", line 42, in create\n";
    body += "</pre></body></html>";
    QVERIFY(body.size() >= bodySize);

    const ApiError error = ApiError::fromHttp(status, body, contentType);

    QVERIFY2(error.details().size() <= 4000, qPrintable(QString::number(error.details().size())));
    QVERIFY(error.details().size() >= 1000); // still enough to diagnose
    QVERIFY(QString::fromUtf8(body).startsWith(error.details()));
    QCOMPARE(error.serverDetail(), detail);
    QVERIFY(error.message().size() < 500);
}

void TestApiError::boundedExcerptKeepsWholeCharacters()
{
    // A Persian error page: two bytes a letter after a three-byte start, so
    // that the 4000-byte bound falls inside a letter.
    QByteArray body = "<p>";
    while (body.size() < 100 * 1024)
        body += u"خطا"_s.toUtf8();
    const QString text = QString::fromUtf8(body);

    const ApiError error = ApiError::fromHttp(500, body, html);

    QVERIFY(!error.details().isEmpty());
    QVERIFY(error.details().size() <= 4000);
    QVERIFY2(text.startsWith(error.details()), qPrintable(error.details().right(8)));
    QVERIFY(error.details().startsWith(u"<p>خطاخطا"_s));
}

void TestApiError::fromNetwork_data()
{
    using K = ApiError::Kind;
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("connection refused") << QNetworkReply::ConnectionRefusedError << K::Network;
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << K::Network;
    QTest::newRow("remote host closed") << QNetworkReply::RemoteHostClosedError << K::Network;
    QTest::newRow("network session failed") << QNetworkReply::NetworkSessionFailedError << K::Network;
    QTest::newRow("temporary network failure") << QNetworkReply::TemporaryNetworkFailureError << K::Network;
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << K::Network;
    QTest::newRow("proxy not found") << QNetworkReply::ProxyNotFoundError << K::Network;
    QTest::newRow("unknown network error") << QNetworkReply::UnknownNetworkError << K::Network;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << K::Timeout;
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << K::Cancelled;
    QTest::newRow("TLS handshake") << QNetworkReply::SslHandshakeFailedError << K::Tls;
    QTest::newRow("insecure redirect") << QNetworkReply::InsecureRedirectError << K::RedirectRefused;
    QTest::newRow("too many redirects") << QNetworkReply::TooManyRedirectsError << K::RedirectRefused;
}

void TestApiError::fromNetwork()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(ApiError::Kind, kind);

    const QString qtText = u"Qt's own words for error %1"_s.arg(int(networkError));
    const ApiError error = ApiError::fromNetwork(networkError, qtText);

    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), 0);
    QCOMPARE(error.details(), qtText);
    QVERIFY(error.fieldErrors().isEmpty());
    QVERIFY(error.serverDetail().isEmpty());
    QVERIFY(!error.message().isEmpty());
    // Qt's untranslated text belongs in the details, not in the message.
    QVERIFY(!error.message().contains(qtText));
}

void TestApiError::factories()
{
    QCOMPARE(ApiError::timeout().kind(), ApiError::Kind::Timeout);
    QCOMPARE(ApiError::cancelled().kind(), ApiError::Kind::Cancelled);

    const ParseError parseError(ParseError::Problem::InvalidValue, u"image_data.thumbnails[2].f"_s,
                                u"an absolute http(s) URL"_s);
    const ApiError malformed = ApiError::malformed(parseError);
    QCOMPARE(malformed.kind(), ApiError::Kind::Malformed);
    QCOMPARE(malformed.details(), parseError.toString());
    QVERIFY2(malformed.message().contains(u"image_data.thumbnails[2].f"_s), qPrintable(malformed.message()));

    const QUrl target(u"https://evil.example/api/portfolios/3/links/"_s);
    const ApiError redirect = ApiError::redirectRefused(target);
    QCOMPARE(redirect.kind(), ApiError::Kind::RedirectRefused);
    QVERIFY2(redirect.details().contains(u"evil.example"_s), qPrintable(redirect.details()));
    // Same message as a refused 301: the user sees one explanation.
    QCOMPARE(redirect.message(), ApiError::fromHttp(301, {}, {}).message());
}

void TestApiError::everyKindHasItsOwnMessage()
{
    using K = ApiError::Kind;
    const QList<ApiError> errors{
        ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s),
        ApiError::timeout(),
        ApiError::cancelled(),
        ApiError::fromHttp(400, R"({"name": ["This field is required."]})"_ba, json),
        ApiError::fromHttp(401, R"({"detail": "Invalid token."})"_ba, json),
        ApiError::fromHttp(403, R"({"detail": "You do not have permission to perform this action."})"_ba, json),
        ApiError::fromHttp(404, R"({"detail": "Not found."})"_ba, json),
        ApiError::fromHttp(500, djangoPage("Server Error (500)"), html),
        ApiError::fromHttp(418, {}, {}),
        ApiError::malformed(ParseError(ParseError::Problem::Missing, u"id"_s)),
        ApiError::fromHttp(301, {}, {}),
        ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError, u"handshake failed"_s),
        ApiError::insecure(QUrl(u"http://example.com/"_s)),
        ApiError::tooLarge(4 * 1024 * 1024),
    };

    QSet<K> kinds;
    QSet<QString> messages;
    for (const ApiError &error : errors) {
        const QString message = error.message();
        QVERIFY2(!message.trimmed().isEmpty(), qPrintable(QString::number(int(error.kind()))));
        QVERIFY2(!message.contains(u"%1"_s), qPrintable(message));
        QVERIFY2(!messages.contains(message), qPrintable(message));
        messages.insert(message);
        kinds.insert(error.kind());
    }
    // Every enumerator is covered: TooLarge is the last one.
    QCOMPARE(kinds.size(), int(K::TooLarge) + 1);
    for (int kind = 0; kind <= int(K::TooLarge); ++kind)
        QVERIFY2(kinds.contains(K(kind)), qPrintable(QString::number(kind)));
    QCOMPARE(messages.size(), kinds.size());

    // The three shapes of a 400 get three different messages too.
    const QSet<QString> validation{
        ApiError::fromHttp(400, R"({"name": ["This field is required."]})"_ba, json).message(),
        ApiError::fromHttp(400, R"({"non_field_errors": ["Invalid data."]})"_ba, json).message(),
        ApiError::fromHttp(400, "Bad Request"_ba, "text/plain"_ba).message(),
    };
    QCOMPARE(validation.size(), 3);
}

void TestApiError::tlsNamesTheCertificateOnlyWhenItWasTheProblem_data()
{
    QTest::addColumn<MakeError>("make");
    QTest::addColumn<bool>("certificate");

    QTest::newRow("untrusted certificate")
        << MakeError([] { return ApiError::tls(u"The certificate is self-signed, and untrusted"_s); }) << true;
    // What Qt reports when a plain-http server gets a TLS handshake.
    QTest::newRow("handshake with a plain-http server") << MakeError([] {
        return ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError,
                                     u"error:0A00010B:SSL routines::wrong version number"_s);
    }) << false;
}

void TestApiError::tlsNamesTheCertificateOnlyWhenItWasTheProblem()
{
    QFETCH(MakeError, make);
    QFETCH(bool, certificate);

    const ApiError error = make();
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QCOMPARE(error.message().contains(u"certificate"_s), certificate);
    QVERIFY(!error.details().isEmpty()); // Qt's own words stay behind Details…
}

void TestApiError::mayHaveBeenProcessed_data()
{
    QTest::addColumn<MakeError>("error");
    QTest::addColumn<bool>("requestSent");
    QTest::addColumn<bool>("expected");

    // Only a clean refusal, or a failure before the request left, is known not to have been acted on.
    QTest::newRow("504 from a gateway") << MakeError([] { return ApiError::fromHttp(504, "<h1>504</h1>"_ba, "text/html"_ba); }) << true << true;
    QTest::newRow("500 before the body was all read") << MakeError([] { return ApiError::fromHttp(500, {}, {}); }) << false << true;
    QTest::newRow("201 unreadable") << MakeError([] { return ApiError::malformed(ParseError{}); }) << true << true;
    QTest::newRow("timeout after sending") << MakeError([] { return ApiError::timeout(); }) << true << true;
    QTest::newRow("timeout while connecting") << MakeError([] { return ApiError::timeout(); }) << false << false;
    QTest::newRow("dropped after sending") << MakeError([] { return ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, {}); }) << true << true;
    QTest::newRow("refused") << MakeError([] { return ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, {}); }) << false << false;
    QTest::newRow("cancelled after sending") << MakeError([] { return ApiError::cancelled(); }) << true << true;
    QTest::newRow("cancelled before sending") << MakeError([] { return ApiError::cancelled(); }) << false << false;
    QTest::newRow("answer too large") << MakeError([] { return ApiError::tooLarge(1); }) << true << true;
    QTest::newRow("400") << MakeError([] { return ApiError::fromHttp(400, R"({"name": ["x"]})"_ba, json); }) << true << false;
    QTest::newRow("401") << MakeError([] { return ApiError::fromHttp(401, {}, json); }) << true << false;
    QTest::newRow("403") << MakeError([] { return ApiError::fromHttp(403, {}, json); }) << true << false;
    QTest::newRow("404") << MakeError([] { return ApiError::fromHttp(404, {}, json); }) << true << false;
    // A server may redirect once it has acted (a 303 after a create).
    QTest::newRow("redirect refused") << MakeError([] { return ApiError::redirectRefused(QUrl(u"https://elsewhere.example/"_s)); }) << true << true;
    QTest::newRow("tls") << MakeError([] { return ApiError::tls(u"x"_s); }) << false << false;
    // Other refusals: a delete on a server without one (405), too large, throttled.
    QTest::newRow("405") << MakeError([] { return ApiError::fromHttp(405, {}, json); }) << true << false;
    QTest::newRow("413") << MakeError([] { return ApiError::fromHttp(413, {}, {}); }) << true << false;
    QTest::newRow("429") << MakeError([] { return ApiError::fromHttp(429, {}, json); }) << true << false;
    QTest::newRow("204 where a body was due") << MakeError([] { return ApiError::fromHttp(204, {}, {}); }) << true << true;
}

void TestApiError::mayHaveBeenProcessed()
{
    QFETCH(MakeError, error);
    QFETCH(bool, requestSent);
    QFETCH(bool, expected);
    QCOMPARE(error().mayHaveBeenProcessed(requestSent), expected);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
