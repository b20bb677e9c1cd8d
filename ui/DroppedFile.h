#pragma once

#include <QString>

class QMimeData;

namespace DroppedFile {

// The one local file being dragged, or empty: a folder, a web address or
// several files cannot be uploaded as one image.
QString localPath(const QMimeData *mime);

} // namespace DroppedFile
