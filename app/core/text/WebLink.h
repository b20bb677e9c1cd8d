#pragma once

#include <QUrl>

// Which links that came from a server the app may open. A link's URL is
// whatever the server stored: "javascript:…" or "file:///etc/passwd" must
// never reach the desktop's URL handler (on Windows a file://host/share
// link leaks the user's network credentials).
class WebLink
{
public:
    enum class Kind {
        Web,          // http, https: shown as a link and opened
        FileTransfer, // ftp, ftps (Django's URLField accepts them): shown, never opened
        // http(s) with a user name before the host ("https://bank.example@…"):
        // people read that name as the site. Shown with a warning, never opened.
        HidesItsHost,
        Unsafe,       // anything else: shown as text, with a warning
    };

    static Kind kindOf(const QUrl &url);
    static bool mayOpen(const QUrl &url) { return kindOf(url) == Kind::Web; }
};
