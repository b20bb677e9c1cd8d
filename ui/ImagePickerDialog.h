#pragma once

#include "media/ImageChoice.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImagePickerDialog;
}
class ImageNumberPage;
class ImagePickerPage;
class PortfolioImages;
class ImageUploadPage;
class PortfolioImagesPage;
class Session;

// Chooses a link's image three ways, one page each: from the images the
// portfolio's links already use, by number, or by uploading a file. Enter
// chooses what the current page offers; a file dropped anywhere is uploaded.
// Everything it sends or fetches goes through the session: its API client,
// what is known of its media endpoint, its thumbnail cache and timeouts.
class ImagePickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Portfolio, ByNumber, Upload };
    Q_ENUM(Page)

    // `reading`: the portfolio's links asked for before the dialog was built
    // (so that the request is not kept waiting by the building); taken over.
    explicit ImagePickerDialog(Session *session, QWidget *parent = nullptr, PortfolioImages *reading = nullptr);
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
    Session *m_session;
    PortfolioImagesPage *m_portfolioPage;
    ImageNumberPage *m_numberPage;
    ImageUploadPage *m_uploadPage;
    ImageChoice m_choice;
};
