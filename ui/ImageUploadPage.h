#pragma once

#include "ImagePickerPage.h"
#include "api/JsonCall.h"
#include "media/ImageFileCheck.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ImageUploadPage;
}
class Session;

// A file from disk (picked, dropped or pasted) or a pasted picture, checked
// here first, then uploaded: a progress bar while its bytes go out, then
// "waiting for the server" until the answer, with Cancel throughout; the
// server's image becomes the choice.
class ImageUploadPage : public ImagePickerPage
{
    Q_OBJECT
public:
    explicit ImageUploadPage(Session *session, QWidget *parent = nullptr);
    ~ImageUploadPage() override;

    void setUploadLimit(qint64 bytes);
    // Checks the file and uploads it if it passes.
    void uploadFile(const QString &path);
    // Uploads what the clipboard holds (Ctrl+V): an image file or a picture.
    void paste();

    bool canChoose() const override { return m_uploaded.has_value(); }
    std::optional<ImageChoice> choose() override { return m_uploaded; }
    QWidget *input() const override;
    void cancel() override;

signals:
    // The server turned out to take no uploads: the file was not sent.
    void uploadsUnavailable();

private:
    void chooseFile();
    void upload(const QString &path, const ImageFileCheck::Result &check);
    void showProgress(qint64 sent, qint64 total);
    QString failureText(const ApiError &error, bool requestSent) const;
    bool refuseWithoutEndpoint();
    void setDetails(const QString &text, const QImage &preview = {});

    std::unique_ptr<Ui::ImageUploadPage> m_ui;
    Session *m_session;
    qint64 m_uploadLimit = 0;
    QPointer<ImageCall> m_upload;
    quint64 m_attempt = 0;
    std::optional<ImageChoice> m_uploaded;
};
