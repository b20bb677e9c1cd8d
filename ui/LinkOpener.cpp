#include "LinkOpener.h"

#include "text/WebLink.h"

#include <QDesktopServices>

bool LinkOpener::open(const QUrl &url)
{
    return WebLink::mayOpen(url) && QDesktopServices::openUrl(url);
}
