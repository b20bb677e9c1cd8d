#include "MediaUploadRequest.h"

#include "SingleUseFile.h"
#include "text/PersianText.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>

QHttpMultiPart *MediaUploadRequest::fromFile(const QString &path, QObject *parent, QString *error)
{
    auto *file = new SingleUseFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The file %1 cannot be read: %2")
                         .arg(PersianText::isolated(QFileInfo(path).fileName()),
                              PersianText::isolated(file->errorString()));
        delete file;
        return nullptr;
    }
    // By content, as the file check judged it: the name may say ".txt".
    const QByteArray mimeType = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name().toLatin1();
    return fromDevice(file, QFileInfo(path).fileName(), mimeType, parent);
}

QHttpMultiPart *MediaUploadRequest::fromDevice(QIODevice *device, const QString &fileName, const QByteArray &mimeType,
                                               QObject *parent)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType, parent);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, contentDisposition(fileName));
    part.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    part.setBodyDevice(device);
    device->setParent(multiPart);
    multiPart->append(part);
    return multiPart;
}

QByteArray MediaUploadRequest::contentDisposition(const QString &fileName)
{
    QByteArray name = fileName.toUtf8();
    // Inside a quoted string a quote or backslash is escaped (Django unescapes
    // both); a line break would end the header, so it becomes a space.
    name.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return "form-data; name=\"file\"; filename=\"" + name + '"';
}
