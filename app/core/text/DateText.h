#pragma once

#include <QDateTime>
#include <QLocale>

// A server timestamp as the reader expects it: in the Persian UI the Solar
// Hijri calendar and Tehran time, with the offset from UTC in the long form
// (the reader may be elsewhere); otherwise the locale's own calendar and the
// local time zone. The date and the time are set apart as each language
// does it, «۱۰ آذر ۱۴۰۵، ساعت ۱۷:۰۹ (+۰۳:۳۰)», "December 1, 2026 at 8:39 AM",
// minutes without seconds, and all digits the locale's.
namespace DateText {

QString shown(const QDateTime &time, QLocale::FormatType format);

} // namespace DateText
