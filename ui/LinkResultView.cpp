#include "LinkResultView.h"
#include "ui_LinkResultView.h"

#include "text/PersianText.h"

#include <QCalendar>
#include <QLocale>
#include <QTimeZone>

namespace {

// Laying out megabytes of wrapped text freezes the window for seconds: a
// value this long is not one a person reads here anyway.
constexpr qsizetype maxShownLength = 2000;

QString shown(const QString &text)
{
    return text.size() <= maxShownLength ? text : text.left(maxShownLength) + QChar(0x2026);
}

QString orNone(const std::optional<QString> &text)
{
    return text && !text->isEmpty() ? shown(*text) : LinkResultView::tr("(none)");
}

// Persian readers expect the Solar Hijri calendar and Tehran time; others
// get their own calendar and time zone.
QString localTime(const QDateTime &time)
{
    const QLocale locale;
    if (locale.language() == QLocale::Persian) {
        return locale.toString(time.toTimeZone(QTimeZone("Asia/Tehran")), QLocale::LongFormat,
                               QCalendar(QCalendar::System::Jalali));
    }
    return locale.toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

LinkResultView::LinkResultView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinkResultView>())
{
    m_ui->setupUi(this);
    // Values sit next to their labels whatever their own script: a Persian
    // name in an English UI starts at the label, not at the far edge.
    const Qt::Alignment besideLabel = Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    for (QLabel *value : findChildren<QLabel *>()) {
        if (!value->objectName().endsWith(QLatin1String("Value")))
            continue;
        value->setAlignment(besideLabel);
        // Server text is shown as text: a name like "<b>" must not become markup.
        if (value != m_ui->urlValue)
            value->setTextFormat(Qt::PlainText);
    }
    m_ui->urlValue->setTextInteractionFlags(Qt::TextBrowserInteraction);
    clear();
}

LinkResultView::~LinkResultView() = default;

ThumbnailStrip *LinkResultView::thumbnailStrip() const
{
    return m_ui->thumbnailStrip;
}

void LinkResultView::clear()
{
    m_ui->emptyLabel->show();
    m_ui->linkGroup->hide();
    m_ui->imageGroup->hide();
    m_ui->thumbnailGroup->hide();
    m_ui->thumbnailStrip->setThumbnails({});
}

void LinkResultView::showLink(const Link &link)
{
    const QLocale locale;
    m_ui->emptyLabel->hide();
    m_ui->linkGroup->show();
    m_ui->idValue->setText(locale.toString(link.id));
    m_ui->nameValue->setText(shown(link.name));
    if (link.url && !link.url->isEmpty()) {
        m_ui->urlValue->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(QUrl(*link.url).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         shown(*link.url).toHtmlEscaped()));
    } else {
        m_ui->urlValue->setText(orNone(link.url).toHtmlEscaped());
    }
    m_ui->descriptionValue->setText(orNone(link.description));
    m_ui->createdValue->setText(PersianText::linesIn(layoutDirection(), localTime(link.createdAt)));
    m_ui->updatedValue->setText(PersianText::linesIn(layoutDirection(), localTime(link.updatedAt)));

    m_ui->imageGroup->setVisible(link.image.has_value());
    m_ui->thumbnailGroup->setVisible(link.image && !link.image->thumbnails.isEmpty());
    if (!link.image) {
        m_ui->thumbnailStrip->setThumbnails({});
        return;
    }
    const Image &image = *link.image;
    m_ui->imageIdValue->setText(locale.toString(image.id));
    m_ui->imageNameValue->setText(shown(image.name));
    m_ui->imageTypeValue->setText(shown(image.type));
    // The server's "5.00 KB" is Latin: isolated, it keeps its order in Persian text.
    const QString isolatedSize = QChar(0x2066) + image.humanReadableSize + QChar(0x2069);
    m_ui->imageSizeValue->setText(
        PersianText::linesIn(layoutDirection(), tr("%1 (%2 bytes)").arg(isolatedSize, locale.toString(image.size))));
    m_ui->imageDimensionsValue->setText(
        PersianText::linesIn(layoutDirection(), tr("%1 × %2 pixels").arg(locale.toString(image.width), locale.toString(image.height))));
    m_ui->imageModeValue->setText(shown(image.mode));
    m_ui->thumbnailStrip->setThumbnails(image.thumbnails);
}
