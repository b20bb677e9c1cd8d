#include "ImageText.h"

#include "text/PersianText.h"
#include "text/ServerText.h"
#include "text/SizeText.h"

#include <QLocale>

QString ImageText::summary(const Image &image)
{
    const QLocale locale;
    return tr("%1\nNumber %2 · %3 · %4 × %5 pixels")
        .arg(PersianText::fileName(ServerText::shown(image.name)), PersianText::id(image.id),
             SizeText::shown(image.size), locale.toString(image.width),
             locale.toString(image.height));
}
