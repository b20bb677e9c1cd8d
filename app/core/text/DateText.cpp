#include "DateText.h"

#include "PersianText.h"

#include <QCalendar>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <utility>

namespace {

// A list shows a date in every row on every paint. Converting to local time
// runs tzset, which stats the zone file, and formatting in the locale's
// calendar is a good part of a cell's paint: each text is made once, and
// the system's zone is read again at most this often, so a change of it
// still shows within a second.
constexpr qint64 zoneCheckMs = 1000;
constexpr qsizetype maximumTexts = 4096;

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

QString formatted(const QDateTime &shownTime, const QLocale &locale, QLocale::FormatType format)
{
    const bool persian = locale.language() == QLocale::Persian;
    const bool isLong = format == QLocale::LongFormat;
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

// The texts made so far, for one locale and one system zone, per thread.
struct Texts
{
    QLocale locale;
    QByteArray systemZoneId;
    QTimeZone systemZone;
    QElapsedTimer zoneRead;
    QHash<std::pair<qint64, int>, QString> byMomentAndFormat;
};

Texts &textsFor(const QLocale &locale)
{
    thread_local Texts texts;
    if (texts.locale != locale) {
        texts.locale = locale;
        texts.byMomentAndFormat.clear();
    }
    if (!texts.zoneRead.isValid() || texts.zoneRead.hasExpired(zoneCheckMs)) {
        texts.zoneRead.start();
        if (const QByteArray id = QTimeZone::systemTimeZoneId(); id != texts.systemZoneId) {
            texts.systemZoneId = id;
            texts.systemZone = QTimeZone::systemTimeZone();
            texts.byMomentAndFormat.clear();
        }
    }
    if (texts.byMomentAndFormat.size() >= maximumTexts)
        texts.byMomentAndFormat.clear();
    return texts;
}

} // namespace

QString DateText::shown(const QDateTime &time, QLocale::FormatType format)
{
    const QLocale locale;
    const bool persian = locale.language() == QLocale::Persian;
    Texts &texts = textsFor(locale);
    const std::pair<qint64, int> key(time.isValid() ? time.toMSecsSinceEpoch() : 0, format);
    if (const auto known = texts.byMomentAndFormat.constFind(key); time.isValid() && known != texts.byMomentAndFormat.cend())
        return *known;
    thread_local const QTimeZone tehran("Asia/Tehran");
    const QDateTime shownTime = persian                       ? time.toTimeZone(tehran)
                                : texts.systemZone.isValid() ? time.toTimeZone(texts.systemZone)
                                                              : time.toLocalTime();
    const QString text = formatted(shownTime, locale, format);
    if (time.isValid())
        texts.byMomentAndFormat.insert(key, text);
    return text;
}
