#include "Fonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace Fonts {

void install(const QLocale &uiLocale)
{
    QString family;
    for (const QString &file : {QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"), QStringLiteral(":/fonts/Vazirmatn-Bold.ttf")}) {
        const QStringList families = QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFont(file));
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
