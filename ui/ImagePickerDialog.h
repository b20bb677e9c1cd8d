#pragma once

#include "api/ApiError.h"
#include "media/ImageChoice.h"
#include "media/ImageFileCheck.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ImagePickerDialog;
}
class ApiClient;
class ImageCall;
class MediaSupport;
class PortfolioImageModel;
class PortfolioImages;
class QNetworkAccessManager;
class QSortFilterProxyModel;
class QTimer;
class ThumbnailLoader;

// Chooses a link's image three ways: from the images the portfolio's links
// already use (a searchable grid), by its number (previewed where the server
// can show it), or by uploading a file (checked locally first).
class ImagePickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Portfolio, ByNumber, Upload };
    Q_ENUM(Page)

    ImagePickerDialog(ApiClient *api, QNetworkAccessManager *network, MediaSupport *media,
                      QWidget *parent = nullptr);
    ~ImagePickerDialog() override;

    // The portfolio whose images are offered; nullopt when the form has none.
    void setPortfolio(std::optional<qint64> portfolioId);
    void setUploadLimit(qint64 bytes) { m_uploadLimit = bytes; }
    // The image chosen before, selected in the grid when it is there.
    void setCurrent(const ImageChoice &choice) { m_current = choice; }
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class NumberState { Unknown, Checking, Found, NotFound, Unchecked };

    void loadPortfolioImages();
    void showPortfolioImages(const QList<Image> &images);
    void showListingFailure(const ApiError &error);
    void applySearch();
    void loadVisibleThumbnails();
    void setPortfolioStatus(const QString &text);

    void checkNumber();
    void showNumberFound(const Image &image);
    void showNumberFailure(qint64 id, const ApiError &error);

    void chooseFile();
    // Says why and returns true when the server is known to take no uploads.
    bool refuseUploadWithoutEndpoint();
    void upload(const QString &path, const ImageFileCheck::Result &check);
    void cancelUpload();
    void setUploadDetails(const QString &text, const QImage &preview = {});

    void applyMediaSupport();
    void updateOkButton();
    void tryAccept();
    void acceptWith(const ImageChoice &choice);

    std::unique_ptr<Ui::ImagePickerDialog> m_ui;
    ApiClient *m_api;
    MediaSupport *m_media;
    PortfolioImages *m_portfolioImages;
    PortfolioImageModel *m_model;
    QSortFilterProxyModel *m_filter;
    ThumbnailLoader *m_previewLoader;
    QTimer *m_visibleRowsTimer;
    std::optional<qint64> m_portfolio;
    qint64 m_uploadLimit = ImageFileCheck::defaultMaxBytes;
    ImageChoice m_current;
    ImageChoice m_choice;

    QPointer<ImageCall> m_fetch;
    NumberState m_numberState = NumberState::Unknown;
    ImageChoice m_numbered;
    // A 404 for a number that came before the probe's answer.
    std::optional<std::pair<qint64, ApiError>> m_numberFailure;

    QPointer<ImageCall> m_upload;
    quint64 m_uploadAttempt = 0;
    std::optional<ImageChoice> m_uploaded;
};
