#pragma once

#include "model/Image.h"

#include <QImage>

#include <optional>

// The image chosen for a link: always an id; the server's description of it
// when it was seen (picked from the portfolio, previewed, uploaded), and the
// picture the picker already decoded, so it is never fetched twice.
struct ImageChoice
{
    qint64 id = 0;
    std::optional<Image> image;
    QImage preview;

    bool isNull() const { return id <= 0; }
};
