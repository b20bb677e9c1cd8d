#pragma once

#include <QUrl>

// The one way the app opens a link that came from a server: only web links
// (WebLink::mayOpen) ever reach the desktop's URL handler.
class LinkOpener
{
public:
    static bool open(const QUrl &url);
};
