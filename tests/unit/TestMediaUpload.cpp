#include "api/MediaEndpoints.h"
#include "api/MediaUploadRequest.h"

#include <QBuffer>
#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Keeps the body Qt would send, exactly as Qt serialises it, without any
// network: the request is handed on to a scheme nothing answers.
class CapturingNetwork : public QNetworkAccessManager
{
public:
    QNetworkRequest request;
    QByteArray body;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &original, QIODevice *outgoingData) override
    {
        request = original;
        if (outgoingData)
            body = outgoingData->readAll();
        return QNetworkAccessManager::createRequest(operation, QNetworkRequest(QUrl(u"unanswered:body"_s)), nullptr);
    }
};

QByteArray sentBody(QHttpMultiPart *multiPart, QByteArray *contentType)
{
    CapturingNetwork network;
    std::unique_ptr<QNetworkReply> reply(network.post(QNetworkRequest(QUrl(u"http://example.invalid/"_s)), multiPart));
    *contentType = network.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    return network.body;
}

} // namespace

// The upload's multipart body (a Persian file name must reach Django intact)
// and the media URLs built from the base URL and the media path setting.
class TestMediaUpload : public QObject
{
    Q_OBJECT

private slots:
    void bodyCarriesTheNameAndTheBytes();
    void unreadableFileIsRefused();
    void contentDisposition_data();
    void contentDisposition();
    void mediaUrls_data();
    void mediaUrls();
};

void TestMediaUpload::bodyCarriesTheNameAndTheBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"عکس پروژه ۱.png"_s;
    // Not a real image: the body must carry the bytes, whatever they are.
    const QByteArray bytes = "\x89PNG\r\n\x1a\n"_ba + QByteArray(3000, '\x7f') + "\0end"_ba;
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    QString error;
    QHttpMultiPart *multiPart = MediaUploadRequest::fromFile(file.fileName(), nullptr, &error);
    QVERIFY2(multiPart, qPrintable(error));
    QByteArray contentType;
    const QByteArray body = sentBody(multiPart, &contentType);
    delete multiPart;

    QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
    // Qt quotes the boundary parameter.
    QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    // The name as raw UTF-8, which is what Django decodes; not
    // percent-encoded, not RFC 2047, not a "filename*=" parameter.
    const QByteArray disposition = "Content-Disposition: form-data; name=\"file\"; filename=\"" + name.toUtf8() + '"';
    QVERIFY2(body.contains(disposition), body.left(400).constData());
    QVERIFY(!body.contains("filename*="));
    // Typed by content, as the file check judged it.
    QVERIFY(body.contains("\r\nContent-Type: image/png\r\n"));
    QVERIFY(body.contains("\r\n\r\n" + bytes + "\r\n--" + boundary + "--"));
    QCOMPARE(body.count("--" + boundary), 2); // exactly one part
}

void TestMediaUpload::unreadableFileIsRefused()
{
    QString error;
    QVERIFY(!MediaUploadRequest::fromFile(u"/nonexistent/پوشه/عکس.png"_s, nullptr, &error));
    QVERIFY2(error.contains(u"عکس.png"_s), qPrintable(error));
}

void TestMediaUpload::contentDisposition_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ASCII") << u"logo.png"_s << R"(form-data; name="file"; filename="logo.png")"_ba;
    QTest::newRow("Persian") << u"تصویر.jpg"_s
                             << "form-data; name=\"file\"; filename=\"" + u"تصویر.jpg"_s.toUtf8() + '"';
    // Escaped inside the quoted string as Django unescapes it.
    QTest::newRow("quote") << u"say \"hi\".png"_s << R"(form-data; name="file"; filename="say \"hi\".png")"_ba;
    QTest::newRow("backslash") << u"a\\b.png"_s << R"(form-data; name="file"; filename="a\\b.png")"_ba;
    // A line break would end the header and let the name forge another one.
    QTest::newRow("line break") << u"a\r\nX-Evil: 1.png"_s
                                << R"(form-data; name="file"; filename="a  X-Evil: 1.png")"_ba;
}

void TestMediaUpload::contentDisposition()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, expected);
    QCOMPARE(MediaUploadRequest::contentDisposition(fileName), expected);
}

void TestMediaUpload::mediaUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mediaPath");
    QTest::addColumn<QString>("upload");
    QTest::addColumn<QString>("image"); // of image 42

    const QString defaultPath = MediaEndpoints::defaultPath;
    QTest::newRow("default, base without slash") << u"https://host"_s << defaultPath << u"https://host/api/media/"_s
                                                 << u"https://host/api/media/42/"_s;
    QTest::newRow("default, base with slash") << u"https://host/"_s << defaultPath << u"https://host/api/media/"_s
                                              << u"https://host/api/media/42/"_s;
    QTest::newRow("prefix with slash") << u"https://host/backend/"_s << defaultPath
                                       << u"https://host/backend/api/media/"_s
                                       << u"https://host/backend/api/media/42/"_s;
    QTest::newRow("prefix without slash") << u"https://host/backend"_s << defaultPath
                                          << u"https://host/backend/api/media/"_s
                                          << u"https://host/backend/api/media/42/"_s;
    QTest::newRow("port, query and fragment") << u"http://127.0.0.1:8000/?x=1#top"_s << defaultPath
                                              << u"http://127.0.0.1:8000/api/media/"_s
                                              << u"http://127.0.0.1:8000/api/media/42/"_s;
    QTest::newRow("custom, both slashes") << u"https://host/backend/"_s << u"/uploads/"_s
                                          << u"https://host/backend/uploads/"_s
                                          << u"https://host/backend/uploads/42/"_s;
    QTest::newRow("custom, no slashes") << u"https://host/backend/"_s << u"uploads"_s
                                        << u"https://host/backend/uploads/"_s
                                        << u"https://host/backend/uploads/42/"_s;
    QTest::newRow("custom, leading slash") << u"https://host"_s << u"/uploads"_s << u"https://host/uploads/"_s
                                           << u"https://host/uploads/42/"_s;
    QTest::newRow("custom, trailing slash") << u"https://host"_s << u"uploads/"_s << u"https://host/uploads/"_s
                                            << u"https://host/uploads/42/"_s;
    QTest::newRow("custom, nested, spaces around") << u"https://host/"_s << u"  /v2/files/images  "_s
                                                   << u"https://host/v2/files/images/"_s
                                                   << u"https://host/v2/files/images/42/"_s;
    // No media path: the server has no upload endpoint.
    QTest::newRow("empty") << u"https://host/"_s << QString() << QString() << QString();
    QTest::newRow("only a slash") << u"https://host/"_s << u"/"_s << QString() << QString();
}

void TestMediaUpload::mediaUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, mediaPath);
    QFETCH(QString, upload);
    QFETCH(QString, image);

    const QUrl uploadUrl = MediaEndpoints::upload(QUrl(base), mediaPath);
    const QUrl imageUrl = MediaEndpoints::image(QUrl(base), 42, mediaPath);
    QCOMPARE(uploadUrl.isValid(), !upload.isEmpty());
    QCOMPARE(imageUrl.isValid(), !image.isEmpty());
    if (!upload.isEmpty()) {
        QCOMPARE(uploadUrl.toString(), upload);
        QCOMPARE(imageUrl.toString(), image);
    }
}

QTEST_GUILESS_MAIN(TestMediaUpload)
#include "TestMediaUpload.moc"
