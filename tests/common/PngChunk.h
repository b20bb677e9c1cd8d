#pragma once

#include <QByteArray>
#include <QtEndian>

#include <zlib.h>

// PNG files Qt would never write (huge headers, broken streams), made by
// hand for tests. One chunk: length, type, data, CRC-32 from zlib.
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

// A complete, tiny PNG file whose header announces width × height RGBA
// pixels; its image data is a zlib stream of a single zero byte, far too
// little, so only the header is believable.
inline QByteArray pngWithHeader(quint32 width, quint32 height)
{
    QByteArray header(8, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header += QByteArray::fromHex("0806000000"); // 8 bits, RGBA, deflate, no filter, no interlace
    const QByteArray idat = QByteArray::fromHex("789c63000000010001");
    return QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", header) + pngChunk("IDAT", idat)
        + pngChunk("IEND", {});
}
