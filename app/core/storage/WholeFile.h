#pragma once

#include <QByteArray>
#include <QString>

// A file written whole or not at all: the file there before stays until
// the new one is complete on the disk (QSaveFile), a full disk included.
// A device or a pipe given as the file (/dev/stdout, a shell's
// >(gzip > links.gz)) is written into instead of replaced.
class WholeFile
{
public:
    // Why the file does not hold `contents`, or nothing when it does.
    static QString write(const QString &path, const QByteArray &contents);
};
