#pragma once

#include <QByteArray>
#include <QtEndian>

#include <zlib.h>

// One PNG chunk (length, type, data, CRC-32 from zlib), for tests that
// hand-craft PNG files Qt would never write: huge headers, broken streams.
inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typed = type + data;
    const quint32 crc = quint32(::crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size())));
    QByteArray length(4, '\0');
    QByteArray checksum(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    qToBigEndian(crc, checksum.data());
    return length + typed + checksum;
}
