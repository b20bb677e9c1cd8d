#include "Fonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QResource>

namespace Fonts {

void install(const QLocale &uiLocale)
{
    QString family;
    for (const QString &file : {QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"), QStringLiteral(":/fonts/Vazirmatn-Bold.ttf")}) {
        // The resource's own bytes (stored uncompressed), not a copy of them.
        const QResource resource(file);
        const QByteArray data = resource.compressionAlgorithm() == QResource::NoCompression
            ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size())
            : resource.uncompressedData();
        const QStringList families = QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFontFromData(data));
        if (!families.isEmpty())
            family = families.first();
    }
    if (family.isEmpty())
        return;
    QFont font = QApplication::font();
    if (uiLocale.language() == QLocale::Persian)
        font.setFamilies({family});
    else
        font.setFamilies({font.family(), family});
    QApplication::setFont(font);
}

} // namespace Fonts
