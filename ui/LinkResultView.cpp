#include "LinkResultView.h"
#include "ui_LinkResultView.h"

#include "LinkCopyActions.h"
#include "LinkOpener.h"
#include "text/DateText.h"
#include "text/PersianText.h"
#include "text/ServerText.h"
#include "text/SizeText.h"
#include "text/UrlText.h"
#include "text/WebLink.h"

#include <QAction>
#include <QApplication>
#include <QFocusFrame>
#include <QLocale>

namespace {

QString orNone(const std::optional<QString> &text)
{
    return text && !text->isEmpty() ? ServerText::shown(*text) : LinkResultView::tr("(none)");
}

} // namespace

LinkResultView::LinkResultView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinkResultView>())
    , m_copyActions(new LinkCopyActions(this))
    , m_focusFrame(new QFocusFrame(this))
{
    m_ui->setupUi(this);
    m_copyActions->setLinkSource([this] { return m_link; });
    m_ui->copyIdButton->setDefaultAction(m_copyActions->copyId());
    m_ui->copyUrlButton->setDefaultAction(m_copyActions->copyUrl());
    m_ui->copyCurlButton->setDefaultAction(m_copyActions->copyCurl());
    m_ui->linkGroup->addActions(m_copyActions->actions());
    m_ui->linkGroup->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The values take the focus (the URL's link by Tab, the others by a click,
    // to select their text) and draw none of their own: a frame shows which has it.
    m_followFocus = connect(qApp, &QApplication::focusChanged, this,
                            [this](QWidget *, QWidget *now) { followFocus(now); });
    // Values sit next to their labels whatever their own script: a Persian
    // name in an English UI starts at the label, not at the far edge.
    const Qt::Alignment besideLabel = Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    for (QLabel *value : findChildren<QLabel *>()) {
        if (!value->objectName().endsWith(QLatin1String("Value")))
            continue;
        value->setAlignment(besideLabel);
    }
    connect(m_ui->urlValue, &QLabel::linkActivated, this, [](const QString &link) { LinkOpener::open(QUrl(link)); });
    clear();
}

LinkResultView::~LinkResultView()
{
    // ~QWidget hides the view and moves the focus: by then this is no
    // longer a LinkResultView, and QObject would disconnect only after.
    disconnect(m_followFocus);
}

ThumbnailStrip *LinkResultView::thumbnailStrip() const
{
    return m_ui->thumbnailStrip;
}

void LinkResultView::followFocus(QWidget *focused)
{
    const auto *label = qobject_cast<QLabel *>(focused);
    m_focusFrame->setWidget(label && isAncestorOf(label) ? focused : nullptr);
}

void LinkResultView::clear()
{
    m_link.reset();
    m_copyActions->update();
    m_ui->emptyLabel->show();
    m_ui->linkGroup->hide();
    m_ui->imageGroup->hide();
    m_ui->thumbnailGroup->hide();
    m_ui->thumbnailStrip->setThumbnails({});
}

void LinkResultView::showLink(const Link &link)
{
    // Each group shown lays out the visible view around it at once (Qt
    // activates a shown widget's ancestors' layouts), squeezed into the
    // view's old size: three passes after a create. The view's own layout
    // waits until all is filled, then lays it out once.
    layout()->setEnabled(false);
    fill(link);
    layout()->setEnabled(true);
}

void LinkResultView::showValue(QLabel *label, const QString &text)
{
    label->setText(text);
    // Said without the marks that keep its pieces in order on screen.
    label->setAccessibleName(PersianText::withoutDirectionMarks(text));
}

void LinkResultView::fill(const Link &link)
{
    const QLocale locale;
    m_link = link;
    m_copyActions->update();
    showValue(m_ui->idValue, PersianText::id(link.id));
    showValue(m_ui->nameValue, ServerText::shown(link.name));
    showUrl(link.url.value_or(QString()));
    showValue(m_ui->descriptionValue, orNone(link.description));
    showValue(m_ui->createdValue, PersianText::linesIn(layoutDirection(), DateText::shown(link.createdAt, QLocale::LongFormat)));
    showValue(m_ui->updatedValue, PersianText::linesIn(layoutDirection(), DateText::shown(link.updatedAt, QLocale::LongFormat)));
    m_ui->emptyLabel->hide();
    m_ui->linkGroup->show();

    if (!link.image) {
        m_ui->imageGroup->hide();
        m_ui->thumbnailGroup->hide();
        m_ui->thumbnailStrip->setThumbnails({});
        return;
    }
    const Image &image = *link.image;
    showValue(m_ui->imageIdValue, PersianText::id(image.id));
    showValue(m_ui->imageNameValue, PersianText::fileName(ServerText::shown(image.name)));
    showValue(m_ui->imageTypeValue, ServerText::shown(image.type));
    // Below a kilobyte the size is already in bytes: not twice.
    const QString size = SizeText::shown(image.size);
    showValue(m_ui->imageSizeValue, PersianText::linesIn(
        layoutDirection(), image.size < 1024 ? size : tr("%1 (%2 bytes)").arg(size, locale.toString(image.size))));
    showValue(m_ui->imageDimensionsValue,
        PersianText::linesIn(layoutDirection(), tr("%1 × %2 pixels").arg(locale.toString(image.width), locale.toString(image.height))));
    showValue(m_ui->imageModeValue, ServerText::shown(image.mode));
    m_ui->imageGroup->show();
    // The tiles made before their group is shown: shown with it, not one
    // by one.
    m_ui->thumbnailStrip->setThumbnails(image.thumbnails);
    m_ui->thumbnailGroup->setVisible(!image.thumbnails.isEmpty());
}

void LinkResultView::showUrl(const QString &url)
{
    // Rich text only for a link built here, around escaped text, and only
    // for a web link: anything else is plain text and never opened.
    const QUrl parsed(url);
    const WebLink::Kind kind = WebLink::kindOf(parsed);
    const bool clickable = !url.isEmpty() && kind == WebLink::Kind::Web;
    m_ui->urlValue->setTextFormat(clickable ? Qt::RichText : Qt::PlainText);
    m_ui->urlValue->setTextInteractionFlags(clickable ? Qt::TextBrowserInteraction
                                                      : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QString warning;
    if (url.isEmpty()) {
        m_ui->urlValue->setText(tr("(none)"));
    } else if (clickable) {
        m_ui->urlValue->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(parsed.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         UrlText::shown(url).toHtmlEscaped()));
    } else if (kind == WebLink::Kind::FileTransfer) {
        m_ui->urlValue->setText(UrlText::shown(url));
        warning = tr("Not a web link: it is shown, not opened.");
    } else if (kind == WebLink::Kind::HidesItsHost) {
        m_ui->urlValue->setText(QStringLiteral("\u26A0 ") + UrlText::shown(url));
        warning = tr("The text before “@” is a user name, not the site: this link goes to %1. It is not opened.")
                      .arg(PersianText::isolated(UrlText::readableHost(parsed.host(QUrl::FullyEncoded))));
    } else {
        m_ui->urlValue->setText(QStringLiteral("\u26A0 ") + UrlText::shown(url));
        warning = tr("Not a web link, and possibly unsafe: it is not opened.");
    }
    m_ui->urlValue->setToolTip(warning);
    m_ui->urlValue->setAccessibleName(url.isEmpty() ? tr("(none)") : PersianText::withoutDirectionMarks(UrlText::shown(url)));
    m_ui->urlValue->setAccessibleDescription(warning);
}
