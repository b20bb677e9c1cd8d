#pragma once

#include <QString>

// A size in bytes as the UI shows it, the same way everywhere: 1024 bytes to
// the kilobyte, one decimal, the locale's digits and units ("5.0 kB",
// «۵٫۰ کیلوبایت»). Always from a size in bytes: the server's own
// human_readable_size ("5.00 KB") is English text with Latin digits.
class SizeText
{
public:
    static QString shown(qint64 bytes, int decimals = 1);
};
