#pragma once

#include "ImagePickerPage.h"
#include "api/ApiError.h"
#include "model/Image.h"

#include <chrono>
#include <memory>
#include <optional>

namespace Ui {
class PortfolioImagesPage;
}
class PortfolioImageModel;
class PortfolioImages;
class QSortFilterProxyModel;
class QTimer;
class Session;

// The images the portfolio's links already use, as a grid to search and
// move through from the keyboard. Thumbnails are fetched for the tiles on
// screen only, through the session's thumbnail cache and its timeouts.
// The first screen comes first: the portfolio's later pages are asked for
// once its thumbnails are in (or failed), the user searches or scrolls, or
// the hold's limit has passed, whichever is first.
class PortfolioImagesPage : public ImagePickerPage
{
    Q_OBJECT
public:
    // `reading`: a reader already under way (see ImagePickerDialog), taken
    // over; else the page makes its own.
    PortfolioImagesPage(Session *session, PortfolioImages *reading, QWidget *parent = nullptr);
    ~PortfolioImagesPage() override;

    // The longest the later pages wait for the first screen's thumbnails: a
    // slow media host delays the rest of the list by this much at most.
    static constexpr std::chrono::milliseconds defaultHoldLimit{500};
    void setHoldLimit(std::chrono::milliseconds limit);

    // The portfolio whose images are offered; nullopt when the form has none.
    void setPortfolio(std::optional<qint64> portfolioId);
    // The image chosen before: made the current tile once the grid is there.
    void setCurrent(qint64 imageId) { m_currentId = imageId; }

    bool canChoose() const override;
    std::optional<ImageChoice> choose() override;
    QWidget *input() const override;
    void cancel() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void showMoreImages(const QList<Image> &images);
    void showListingFailure(const ApiError &error);
    void applySearch();
    void scheduleVisibleThumbnails();
    void loadVisibleThumbnails();
    void readOnOnceTheFirstScreenIsIn();
    void readOn();
    void setStatus(const QString &text);

    std::unique_ptr<Ui::PortfolioImagesPage> m_ui;
    Session *m_session;
    PortfolioImages *m_images;
    PortfolioImageModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTimer *m_visibleRowsTimer;
    QTimer *m_holdLimit;
    bool m_visibleAsked = false; // thumbnails of this load's first screen asked for
    QList<int> m_firstScreenRows; // the model's, asked for while the reading is held
    std::optional<qint64> m_portfolio;
    qint64 m_currentId = 0;
};
