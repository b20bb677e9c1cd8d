#include "DateText.h"

#include "PersianText.h"

#include <QCalendar>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

// Which day of the week a link changed on says nothing: the long date
// without it ("dddd, MMMM d, yyyy" becomes "MMMM d, yyyy").
QString dateFormat(const QLocale &locale, QLocale::FormatType format)
{
    static const QRegularExpression weekday(QStringLiteral("dddd[,،\\s]*"));
    QString pattern = locale.dateFormat(format);
    if (format == QLocale::LongFormat)
        pattern.remove(weekday);
    return pattern.trimmed();
}

// "+۰۳:۳۰", kept left to right inside Persian text.
QString utcOffset(const QLocale &locale, int seconds)
{
    const auto twoDigits = [&locale](int n) { return locale.toString(n).rightJustified(2, locale.zeroDigit().front()); };
    const int minutes = std::abs(seconds) / 60;
    return PersianText::isolated((seconds < 0 ? QStringLiteral("-") : QStringLiteral("+")) + twoDigits(minutes / 60)
                                 + QLatin1Char(':') + twoDigits(minutes % 60));
}

} // namespace

QString DateText::shown(const QDateTime &time, QLocale::FormatType format)
{
    const QLocale locale;
    const bool persian = locale.language() == QLocale::Persian;
    const bool isLong = format == QLocale::LongFormat;
    const QDateTime shownTime = persian ? time.toTimeZone(QTimeZone("Asia/Tehran")) : time.toLocalTime();
    const QCalendar calendar = persian ? QCalendar(QCalendar::System::Jalali) : QCalendar();
    const QString date = locale.toString(shownTime.date(), dateFormat(locale, format), calendar);
    const QString clock = locale.toString(shownTime.time(), QLocale::ShortFormat);
    // Qt 6.4 has no API for CLDR's patterns that join a date and a time:
    // these are CLDR's for Persian ("{1}، ساعت {0}", "{1}، {0}") and English.
    if (persian) {
        return isLong ? QStringLiteral("%1، ساعت %2 (%3)").arg(date, clock, utcOffset(locale, shownTime.offsetFromUtc()))
                      : QStringLiteral("%1، %2").arg(date, clock);
    }
    // The C locale (a POSIX system locale) comes with the English UI.
    if (isLong && (locale.language() == QLocale::English || locale.language() == QLocale::C))
        return QStringLiteral("%1 at %2").arg(date, clock);
    return QStringLiteral("%1, %2").arg(date, clock);
}
