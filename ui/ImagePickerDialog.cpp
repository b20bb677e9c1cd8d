#include "ImagePickerDialog.h"
#include "ui_ImagePickerDialog.h"

#include "DroppedFile.h"
#include "ImageNumberPage.h"
#include "ImageUploadPage.h"
#include "PortfolioImagesPage.h"
#include "api/ApiClient.h"
#include "api/MediaSupport.h"
#include "session/Session.h"
#include "text/PersianText.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QTabBar>

namespace {
// Moves the controls inside `container` to follow `previous` in the Tab
// order, in their own order; returns the last of them (or `previous`).
// (Qt 6.4's setTabOrder() moves one widget, and none without a focus policy.)
QWidget *placeControlsAfter(QWidget *previous, QWidget *container)
{
    QList<QWidget *> controls;
    for (QWidget *next = container->nextInFocusChain(); container->isAncestorOf(next); next = next->nextInFocusChain()) {
        if (next->focusPolicy() & Qt::TabFocus)
            controls.append(next);
    }
    for (QWidget *control : std::as_const(controls)) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
    return previous;
}
} // namespace

ImagePickerDialog::ImagePickerDialog(Session *session, QWidget *parent, PortfolioImages *reading)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImagePickerDialog>())
    , m_session(session)
    , m_portfolioPage(new PortfolioImagesPage(session, reading, this))
    , m_numberPage(new ImageNumberPage(session, this))
    , m_uploadPage(new ImageUploadPage(session, this))
{
    m_ui->setupUi(this);
    m_ui->tabs->addTab(m_portfolioPage, tr("From this portfolio"));
    m_ui->tabs->addTab(m_numberPage, tr("By number"));
    m_ui->tabs->addTab(m_uploadPage, tr("Upload a file"));
    // Built before the dialog (the portfolio's images are asked for first),
    // the pages joined the Tab order after the dialog's buttons.
    QWidget *previous = m_ui->tabs->tabBar();
    for (QWidget *page : {static_cast<QWidget *>(m_portfolioPage), static_cast<QWidget *>(m_numberPage),
                          static_cast<QWidget *>(m_uploadPage)})
        previous = placeControlsAfter(previous, page);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Use this image"));
    m_ui->mediaNote->hide();

    for (ImagePickerPage *page : {static_cast<ImagePickerPage *>(m_portfolioPage),
                                  static_cast<ImagePickerPage *>(m_numberPage),
                                  static_cast<ImagePickerPage *>(m_uploadPage)}) {
        connect(page, &ImagePickerPage::canChooseChanged, this, &ImagePickerDialog::updateOkButton);
        connect(page, &ImagePickerPage::chosen, this, &ImagePickerDialog::acceptWith);
    }
    // Once uploaded, Enter is one key away.
    connect(m_uploadPage, &ImagePickerPage::canChooseChanged, this, [this] {
        if (m_uploadPage->canChoose() && page() == Page::Upload)
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
    });
    connect(m_uploadPage, &ImageUploadPage::uploadsUnavailable, this, &ImagePickerDialog::sayUploadsUnavailable);

    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        // Ctrl+Tab lands in the page's input; arrows on the tab bar stay there.
        if (!m_ui->tabs->tabBar()->hasFocus())
            currentPage()->input()->setFocus();
        updateOkButton();
    });
    // Enter anywhere (the default button) chooses what the current page offers.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImagePickerDialog::tryAccept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Type to narrow the grid, Down to enter it, Enter to choose.
    m_portfolioPage->input()->setFocus();
    MediaSupport *media = m_session->mediaSupport();
    connect(media, &MediaSupport::stateChanged, this, &ImagePickerDialog::applyMediaSupport);
    media->check();
    applyMediaSupport();
}

ImagePickerDialog::~ImagePickerDialog() = default;

void ImagePickerDialog::setPortfolio(std::optional<qint64> portfolioId)
{
    m_portfolioPage->setPortfolio(portfolioId);
}

void ImagePickerDialog::setUploadLimit(qint64 bytes)
{
    m_uploadPage->setUploadLimit(bytes);
}

void ImagePickerDialog::setCurrent(const ImageChoice &choice)
{
    m_portfolioPage->setCurrent(choice.id);
}

void ImagePickerDialog::uploadFile(const QString &path)
{
    showPage(Page::Upload);
    m_uploadPage->uploadFile(path);
}

ImagePickerDialog::Page ImagePickerDialog::page() const
{
    const QWidget *current = m_ui->tabs->currentWidget();
    if (current == m_numberPage)
        return Page::ByNumber;
    if (current == m_uploadPage)
        return Page::Upload;
    return Page::Portfolio;
}

void ImagePickerDialog::showPage(Page page)
{
    QWidget *widget = page == Page::ByNumber ? static_cast<QWidget *>(m_numberPage)
        : page == Page::Upload               ? static_cast<QWidget *>(m_uploadPage)
                                             : static_cast<QWidget *>(m_portfolioPage);
    m_ui->tabs->setCurrentWidget(widget);
}

ImagePickerPage *ImagePickerDialog::currentPage() const
{
    return static_cast<ImagePickerPage *>(m_ui->tabs->currentWidget());
}

void ImagePickerDialog::applyMediaSupport()
{
    MediaSupport *media = m_session->mediaSupport();
    const bool missing = media->state() == MediaSupport::State::Missing;
    if (missing && page() == Page::Upload)
        showPage(Page::Portfolio);
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_uploadPage), !missing);
    m_numberPage->applyMediaSupport();
    if (missing && media->takeMissingNotice()) {
        m_ui->mediaNote->setText(tr("The server has no media endpoint at %1, so uploading images and previewing them by number are off. If it has one elsewhere, set its path in Connection settings.")
                                     .arg(PersianText::isolated(m_session->api()->mediaPath())));
        m_ui->mediaNote->show();
    }
    updateOkButton();
}

void ImagePickerDialog::sayUploadsUnavailable()
{
    showPage(Page::Portfolio);
    m_ui->mediaNote->setText(tr("This server does not take uploads, so the file was not sent. Choose one of the portfolio's images or enter an image's number."));
    m_ui->mediaNote->show();
}

void ImagePickerDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(currentPage()->canChoose());
}

void ImagePickerDialog::tryAccept()
{
    if (const std::optional<ImageChoice> choice = currentPage()->choose())
        acceptWith(*choice);
}

void ImagePickerDialog::acceptWith(const ImageChoice &choice)
{
    m_choice = choice;
    accept();
}

void ImagePickerDialog::done(int result)
{
    // Closing the dialog abandons what it was waiting for.
    m_portfolioPage->cancel();
    m_numberPage->cancel();
    m_uploadPage->cancel();
    QDialog::done(result);
}

void ImagePickerDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedFile::localPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImagePickerDialog::dropEvent(QDropEvent *event)
{
    const QString path = DroppedFile::localPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    uploadFile(path);
}
