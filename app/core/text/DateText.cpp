#include "DateText.h"

#include <QCalendar>
#include <QTimeZone>

QString DateText::shown(const QDateTime &time, QLocale::FormatType format)
{
    const QLocale locale;
    if (locale.language() == QLocale::Persian)
        return locale.toString(time.toTimeZone(QTimeZone("Asia/Tehran")), format, QCalendar(QCalendar::System::Jalali));
    return locale.toString(time.toLocalTime(), format);
}
