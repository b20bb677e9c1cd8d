// Feeds arbitrary bytes to everything that reads a server's answer: the
// Link parser (a 2xx body) and ApiError (any other status, under each
// content type it tells apart). Neither may crash, read out of bounds, hit
// undefined behaviour or leak, whatever the bytes; scripts/fuzz runs it.

#include "api/ApiError.h"
#include "model/Link.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

// Reads every part of a value, so that the sanitizers see it all touched.
qsizetype touch(const Link &link)
{
    qsizetype total = link.name.size() + link.url.value_or(QString()).size()
        + link.description.value_or(QString()).size() + link.createdAt.toString(Qt::ISODateWithMs).size()
        + link.updatedAt.toString(Qt::ISODateWithMs).size() + qsizetype(link.id & 0xff);
    if (link.image) {
        const Image &image = *link.image;
        total += image.type.size() + image.name.size() + image.humanReadableSize.size() + image.mode.size()
            + image.file.toString().size() + qsizetype((image.id ^ image.size ^ image.width ^ image.height) & 0xff);
        for (const Thumbnail &thumbnail : image.thumbnails)
            total += thumbnail.file.toString().size() + qsizetype(thumbnail.id & 0xff)
                + qsizetype(thumbnail.size.value_or(0) & 0xff);
    }
    return total;
}

qsizetype touch(const ApiError &error)
{
    qsizetype total = error.message().size() + error.details().size() + error.serverDetail().size()
        + error.nonFieldErrors().join(QLatin1Char('\n')).size() + int(error.kind()) + error.httpStatus();
    const QMap<QString, QStringList> fields = error.fieldErrors();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        total += it.key().size() + it.value().join(QLatin1Char('\n')).size();
    return total;
}

struct Answer
{
    int status;
    const char *contentType;
};

// One of each way ApiError reads a body: field errors, "detail", an HTML
// page's title, an unexpected status, a redirect, a body with no type.
constexpr Answer answers[] = {
    {400, "application/json"},
    {401, "application/json"},
    {503, "text/html; charset=utf-8"},
    {418, "text/plain"},
    {302, "text/html"},
    {201, ""},
};

volatile qsizetype sink;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, as a network reply's body is: owned and NUL-terminated.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    ParseError parseError;
    if (const std::optional<Link> link = Link::fromJson(body, &parseError))
        sink = touch(*link);
    else
        sink = touch(ApiError::malformed(parseError));

    for (const Answer &answer : answers)
        sink = touch(ApiError::fromHttp(answer.status, body, QByteArray(answer.contentType)));
    return 0;
}
