#include "ImageDecoder.h"

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
    const QSize size = reader.size();
    if (maxSize.isValid() && size.isValid() && (size.width() > maxSize.width() || size.height() > maxSize.height()))
        reader.setScaledSize(size.scaled(maxSize, Qt::KeepAspectRatio));
    result.image = reader.read();
    if (result.image.isNull())
        result.error = tr("The image could not be decoded: %1").arg(reader.errorString());
    return result;
}
