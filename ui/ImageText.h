#pragma once

#include "model/Image.h"

#include <QCoreApplication>

// How an image is described to the user wherever it is shown: its name in
// its own direction, then its number, size and dimensions.
class ImageText
{
    Q_DECLARE_TR_FUNCTIONS(ImageText)
public:
    static QString summary(const Image &image);
};
