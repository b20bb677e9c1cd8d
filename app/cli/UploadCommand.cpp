#include "UploadCommand.h"

#include "CallWaiter.h"
#include "Console.h"
#include "api/ApiClient.h"
#include "media/ImageFileCheck.h"
#include "storage/Settings.h"

#include <QJsonDocument>

ExitCode::Code UploadCommand::run()
{
    const qint64 maxBytes = Settings().maxUploadBytes();
    for (const QString &path : m_options.arguments) {
        if (const ImageFileCheck::Result check = ImageFileCheck::check(path, maxBytes, QSize(1, 1)); !check.ok)
            return refuseImageFile(path, check.error);
    }
    RecordWriter writer(format(), RecordWriter::imageColumns(), false, m_console);
    writer.begin();
    for (const QString &path : m_options.arguments) {
        ImageCall *call = m_api->uploadImage(path);
        QJsonObject image;
        QObject::connect(call, &ApiCall::succeeded, call,
                         [&image](const QByteArray &body) { image = QJsonDocument::fromJson(body).object(); });
        ApiError error = ApiError::cancelled();
        if (!CallWaiter::wait(call, &error)) {
            writer.end();
            return m_console.fail(error, path);
        }
        writer.write(image);
    }
    writer.end();
    return ExitCode::Ok;
}
