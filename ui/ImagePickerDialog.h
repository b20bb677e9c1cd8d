#pragma once

#include "media/ImageChoice.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImagePickerDialog;
}
class ApiClient;
class ImageNumberPage;
class ImagePickerPage;
class ImageUploadPage;
class MediaSupport;
class PortfolioImagesPage;
class QNetworkAccessManager;

// Chooses a link's image three ways, one page each: from the images the
// portfolio's links already use, by number, or by uploading a file. Enter
// chooses what the current page offers; a file dropped anywhere is uploaded.
class ImagePickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Portfolio, ByNumber, Upload };
    Q_ENUM(Page)

    ImagePickerDialog(ApiClient *api, QNetworkAccessManager *mediaNetwork, MediaSupport *media,
                      QWidget *parent = nullptr);
    ~ImagePickerDialog() override;

    void setPortfolio(std::optional<qint64> portfolioId);
    void setUploadLimit(qint64 bytes);
    // The image chosen before, made the current tile when the grid has it.
    void setCurrent(const ImageChoice &choice);
    // Shows the upload page and uploads this file once it passes the checks.
    void uploadFile(const QString &path);

    Page page() const;
    void showPage(Page page);
    // What was chosen, once the dialog is accepted.
    ImageChoice choice() const { return m_choice; }

    void done(int result) override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ImagePickerPage *currentPage() const;
    void applyMediaSupport();
    void sayUploadsUnavailable();
    void updateOkButton();
    void tryAccept();
    void acceptWith(const ImageChoice &choice);

    std::unique_ptr<Ui::ImagePickerDialog> m_ui;
    ApiClient *m_api;
    MediaSupport *m_media;
    PortfolioImagesPage *m_portfolioPage;
    ImageNumberPage *m_numberPage;
    ImageUploadPage *m_uploadPage;
    ImageChoice m_choice;
};
