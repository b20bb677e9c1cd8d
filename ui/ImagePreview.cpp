#include "ImagePreview.h"

#include <QPixmap>

void ImagePreview::showImage(const QImage &image)
{
    if (image.isNull()) {
        clear();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize area = contentsRect().size() * ratio;
    QImage fitted = image;
    if (fitted.width() > area.width() || fitted.height() > area.height())
        fitted = fitted.scaled(area, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(fitted);
    pixmap.setDevicePixelRatio(ratio);
    setPixmap(pixmap);
}

void ImagePreview::showFailure(const QString &message)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setText(message);
}
