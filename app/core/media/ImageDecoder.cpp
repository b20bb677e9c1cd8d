#include "ImageDecoder.h"

#include "text/PersianText.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>

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
        result.error = tr("The image is too large to show (%1 × %2 pixels).").arg(QLocale().toString(size.width()), QLocale().toString(size.height()));
        return result;
    }
    const bool tooLarge
        = maxSize.isValid() && size.isValid() && (size.width() > maxSize.width() || size.height() > maxSize.height());
    // Qt 6.4's PNG reader returns wrong pixels (stripes) for a scaled read of
    // a palette or grey image of fewer than 8 bits a pixel; read whole
    // (such images are small in memory), then scale.
    const bool scaleAfterReading = tooLarge && isLowDepthPng(data);
    if (tooLarge && !scaleAfterReading)
        reader.setScaledSize(size.scaled(maxSize, Qt::KeepAspectRatio));
    result.image = reader.read();
    if (result.image.isNull())
        result.error = tr("The image could not be decoded: %1").arg(PersianText::isolated(reader.errorString()));
    else if (scaleAfterReading)
        // In true colour first: a smooth scale of a 1-bit image stays 1-bit
        // and loses its palette (all white).
        result.image = result.image
                           .convertToFormat(result.image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                            : QImage::Format_RGB32)
                           .scaled(maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return result;
}

bool ImageDecoder::isLowDepthPng(const QByteArray &data)
{
    // The signature, then the IHDR chunk: bit depth at byte 24, colour type at 25.
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (data.size() < 26 || !data.startsWith(signature) || data.mid(12, 4) != "IHDR")
        return false;
    const int bitDepth = quint8(data.at(24));
    const int colourType = quint8(data.at(25));
    constexpr int grey = 0;
    constexpr int palette = 3;
    return bitDepth < 8 && (colourType == palette || colourType == grey);
}
