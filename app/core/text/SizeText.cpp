#include "SizeText.h"

#include <QLocale>

#include <utility>

QString SizeText::shown(qint64 bytes, int decimals)
{
    const QLocale locale;
    QString text = locale.formattedDataSize(bytes, decimals, QLocale::DataSizeTraditionalFormat);
    if (locale.language() != QLocale::Persian)
        return text;
    // Qt 6.4 gives Persian digits but Latin units («۵٫۰ kB»); only "bytes" is translated.
    static const std::pair<QLatin1String, QString> units[] = {
        {QLatin1String(" kB"), QStringLiteral(" کیلوبایت")}, {QLatin1String(" MB"), QStringLiteral(" مگابایت")},
        {QLatin1String(" GB"), QStringLiteral(" گیگابایت")}, {QLatin1String(" TB"), QStringLiteral(" ترابایت")},
        {QLatin1String(" PB"), QStringLiteral(" پتابایت")},  {QLatin1String(" EB"), QStringLiteral(" اگزابایت")},
    };
    for (const auto &[latin, persian] : units) {
        if (text.endsWith(latin))
            return text.chopped(latin.size()) + persian;
    }
    return text;
}
