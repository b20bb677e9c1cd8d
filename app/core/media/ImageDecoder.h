#pragma once

#include <QCoreApplication>
#include <QImage>

struct DecodedImage
{
    QImage image;
    QString error; // translated; empty when image is valid
};

// Decodes downloaded bytes into a QImage. Meant for a worker thread: it is
// slow for large images, and a hostile header could ask for gigabytes, which
// the allocation limit refuses before any pixel is read.
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)
public:
    static constexpr int allocationLimitMegabytes = 128;

    // A valid maxSize scales larger images down to fit it, aspect kept.
    static DecodedImage decode(const QByteArray &data, QSize maxSize = {});
    // A PNG of palette or grey pixels under 8 bits each.
    static bool isLowDepthPng(const QByteArray &data);
};
