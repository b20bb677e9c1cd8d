#include "ImageDecoder.h"

#include "text/PersianText.h"

#include <QBuffer>
#include <QImageReader>

DecodedImage ImageDecoder::decode(const QByteArray &data, QSize maxSize)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(allocationLimitMegabytes);

    DecodedImage result;
    if (!reader.canRead()) {
        result.error = tr("The file is not an image this application can show.");
        return result;
    }
    // A scaled read never consults the allocation limit (Qt reads PNG row by
    // row, JPEG at a fraction), so the announced size is checked here first.
    const QSize size = reader.size();
    constexpr qint64 bytesPerPixel = 4;
    if (size.isValid() && qint64(size.width()) * size.height() * bytesPerPixel > qint64(allocationLimitMegabytes) << 20) {
        result.error = tr("The image is too large to show (%1 × %2 pixels).").arg(size.width()).arg(size.height());
        return result;
    }
    if (maxSize.isValid() && size.isValid() && (size.width() > maxSize.width() || size.height() > maxSize.height()))
        reader.setScaledSize(size.scaled(maxSize, Qt::KeepAspectRatio));
    result.image = reader.read();
    if (result.image.isNull())
        result.error = tr("The image could not be decoded: %1").arg(PersianText::isolated(reader.errorString()));
    return result;
}
