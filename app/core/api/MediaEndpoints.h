#pragma once

#include <QLatin1String>
#include <QUrl>

// URLs of the (assumed) media endpoint. Its path is a setting, because the
// documented API has no upload endpoint and servers that add one choose
// where. The path is relative to the base URL, so that a server installed
// under a prefix (https://host/backend/) keeps it: a leading slash does not
// mean the host's root.
namespace MediaEndpoints {

inline constexpr QLatin1String defaultPath("/api/media/");

// Where a file is POSTed. Invalid when mediaPath is empty (or only slashes):
// the server has no upload endpoint.
QUrl upload(const QUrl &base, const QString &mediaPath = defaultPath);
// One uploaded image: the upload URL plus "<id>/".
QUrl image(const QUrl &base, qint64 imageId, const QString &mediaPath = defaultPath);

} // namespace MediaEndpoints
