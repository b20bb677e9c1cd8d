#pragma once

#include <QString>
#include <QUrl>

// A URL as people read it: the host in Unicode, even one stored in punycode
// (unless a label mixes scripts, as a look-alike of another name does),
// and the path, query and fragment with their letters decoded, so that
// "https://xn--hhbbbed.xn--mgba3a4f16a/%D8%B5%D9%81%D8%AD%D9%87" reads
// "https://نمونه.ایران/صفحه". Django's URLField accepts this form as typed
// and the public portfolio site shows what is stored, so it is also what
// the app sends. What must not be read as itself stays percent-encoded:
// every ASCII character QUrl encodes (spaces, quotes, controls, "%2F"),
// and among the others spaces, invisible and direction characters (a
// hidden U+202E would reorder the text around it), private-use and
// unassigned code points, and bytes that are not UTF-8. ZWNJ and ZWJ are
// decoded: Persian words are spelt with them.
class UrlText
{
public:
    // The readable form of a valid URL with a host.
    static QString readable(const QUrl &url);
    // The readable form of a URL from a server, or the text itself when it
    // is no URL with a host (it is then shown as it is, and never opened).
    static QString readable(const QString &url);
    // readable(), made safe to show (ServerText::shown).
    static QString shown(const QString &url);
    // A host in ASCII (punycode) as people read it: each label of one
    // script in Unicode, one that mixes scripts as it is.
    static QString readableHost(const QString &aceHost);
    // Characters as Django counts them for max_length (code points).
    static qsizetype length(const QString &url);
};
