#include "ClipboardImage.h"

#include "text/PersianText.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <array>
#include <utility>

namespace {

// Formats the server takes, as a browser or an image editor copies them.
constexpr std::array<std::pair<const char *, const char *>, 4> pastedFormats{{
    {"image/png", "png"},
    {"image/jpeg", "jpg"},
    {"image/gif", "gif"},
    {"image/webp", "webp"},
}};

void removeOldPastes(const QString &folder)
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &paste : QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (paste.lastModified().toUTC() < dayAgo)
            QDir(paste.absoluteFilePath()).removeRecursively();
    }
}

} // namespace

ClipboardImage ClipboardImage::from(const QMimeData *mime)
{
    ClipboardImage image;
    if (!mime)
        return image;
    for (const auto &[type, suffix] : pastedFormats) {
        const QString format = QString::fromLatin1(type);
        if (mime->hasFormat(format)) {
            image.m_encoded = mime->data(format);
            image.m_suffix = suffix;
            if (!image.m_encoded.isEmpty())
                return image;
        }
    }
    if (mime->hasImage())
        image.m_bitmap = qvariant_cast<QImage>(mime->imageData());
    return image;
}

QString ClipboardImage::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/pasted");
}

ClipboardImage::Saved ClipboardImage::save(const QString &folder) const
{
    const auto failed = [](const QString &reason) {
        return Saved{{}, tr("The pasted image could not be saved for the upload: %1").arg(PersianText::isolated(reason))};
    };
    QByteArray bytes = m_encoded;
    QByteArray suffix = m_suffix;
    if (bytes.isEmpty()) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (m_bitmap.isNull() || !m_bitmap.save(&buffer, "PNG"))
            return failed(tr("the clipboard's picture cannot be encoded"));
        suffix = "png";
    }
    if (!QDir().mkpath(folder))
        return failed(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)));
    removeOldPastes(folder);
    QTemporaryDir own(folder + QStringLiteral("/XXXXXX"));
    if (!own.isValid())
        return failed(own.errorString());
    own.setAutoRemove(false); // the upload reads it later
    const QString name = tr("Pasted image %1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    QFile file(own.filePath(name + QLatin1Char('.') + QString::fromLatin1(suffix)));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return failed(file.errorString());
    return {file.fileName(), {}};
}
