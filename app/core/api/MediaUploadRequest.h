#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QHttpMultiPart;
class QIODevice;
class QObject;

// The multipart/form-data body of an upload to the media endpoint: one part
// named "file", as the contract assumes and Django's request.FILES reads.
class MediaUploadRequest
{
    Q_DECLARE_TR_FUNCTIONS(MediaUploadRequest)
public:
    // Opens the file and streams it from disk (never read whole into memory).
    // The multipart owns the file; nullptr, with the reason in *error, when
    // the file cannot be opened.
    static QHttpMultiPart *fromFile(const QString &path, QObject *parent = nullptr, QString *error = nullptr);
    // The same from any open device, which the multipart takes over.
    static QHttpMultiPart *fromDevice(QIODevice *device, const QString &fileName, const QByteArray &mimeType,
                                      QObject *parent = nullptr);

    // `form-data; name="file"; filename="<name>"` with the name as raw UTF-8,
    // as browsers send it and RFC 7578 §4.2 allows; Django's parser decodes
    // it so, and a Persian name survives. (RFC 7578 §4.2 forbids the RFC 5987
    // `filename*=` form in multipart/form-data.)
    static QByteArray contentDisposition(const QString &fileName);
};
