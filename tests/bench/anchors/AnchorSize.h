#pragma once

#include <QSize>
#include <QStringList>

// The anchors' window size: 640×480, or "--size WxH" (the app's own size,
// so that the backing store it fills and keeps is compared like for like).
namespace AnchorSize {

inline QSize fromArguments(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--size"));
    if (at < 0 || at + 1 >= arguments.size())
        return {640, 480};
    const QStringList parts = arguments.at(at + 1).split(QLatin1Char('x'));
    return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize(640, 480);
}

} // namespace AnchorSize
