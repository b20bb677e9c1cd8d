#pragma once

#include <QDateTime>
#include <QLocale>

// A server timestamp as the reader expects it: in the Persian UI the Solar
// Hijri calendar and Tehran time (and Persian digits, from the locale);
// otherwise the locale's own calendar and the local time zone.
namespace DateText {

QString shown(const QDateTime &time, QLocale::FormatType format);

} // namespace DateText
