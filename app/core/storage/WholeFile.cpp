#include "WholeFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString WholeFile::write(const QString &path, const QByteArray &contents)
{
    if (const QFileInfo target(path); target.exists() && !target.isFile()) {
        QFile direct(path);
        if (!direct.open(QIODevice::WriteOnly) || direct.write(contents) != contents.size() || !direct.flush())
            return direct.errorString();
        return {};
    }
    QSaveFile file(path);
    // write() only fills QSaveFile's buffer, and commit() in Qt 6.4 puts a
    // file whose last flush failed in the old one's place: the flush is
    // checked first, and the old file then stays.
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.flush() || !file.commit())
        return file.errorString();
    return {};
}
