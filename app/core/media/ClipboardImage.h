#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

class QMimeData;

// A picture pasted from the clipboard, made a file so that it is checked
// and uploaded exactly as a chosen file is: the bytes the clipboard holds
// in an image format as they are, or, when it holds only a bitmap, that
// bitmap encoded to PNG. (A copied file is no concern of this class: it is
// uploaded from where it is.)
class ClipboardImage
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardImage)
public:
    // What the clipboard offers, taken on the GUI thread: copies only, no
    // encoding and no file access.
    static ClipboardImage from(const QMimeData *mime);

    bool isEmpty() const { return m_encoded.isEmpty() && m_bitmap.isNull(); }

    struct Saved
    {
        QString path;  // empty on failure
        QString error; // translated
    };
    // For a worker thread: encodes the bitmap if need be and writes the
    // picture to a folder of its own under `folder` (which is created),
    // named "Pasted image <date time>". Folders of earlier pastes older than
    // a day are removed on the way: their uploads are long over.
    Saved save(const QString &folder) const;
    // Where pasted pictures are written: the app's cache.
    static QString defaultFolder();

private:
    QByteArray m_encoded; // in an image format the clipboard named
    QByteArray m_suffix;  // of that format
    QImage m_bitmap;
};
