#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// Checks a local file before it is uploaded, so that the user hears about a
// file that is not an image, is empty or is too large before any byte is
// sent. Judged by content, never by the file name: a PNG named ".txt" is an
// image, a text file named ".png" is not. Meant for a worker thread
// (QtConcurrent): it decodes the whole image to make the preview.
class ImageFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ImageFileCheck)
public:
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;
    static constexpr QSize defaultPreviewSize{256, 256};

    struct Result
    {
        bool ok = false;
        QString error;    // translated; empty when ok
        QImage preview;   // scaled down to fit the preview size, aspect kept
        QSize size;       // of the image itself, in pixels
        QByteArray format; // as Qt names it: "png", "jpeg"...
        qint64 bytes = 0;
    };

    static Result check(const QString &path, qint64 maxBytes = defaultMaxBytes,
                        QSize previewSize = defaultPreviewSize);
};
