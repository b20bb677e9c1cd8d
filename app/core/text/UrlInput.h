#pragma once

#include <QCoreApplication>
#include <QString>

// What people paste as a link, made into what Django's URLField accepts, or
// refused with the rule it breaks. The server counts the 200-character limit
// on the encoded form, so a Persian domain or path is longer than it looks.
class UrlInput
{
    Q_DECLARE_TR_FUNCTIONS(UrlInput)
public:
    // Django's URLField default: the links table column is varchar(200).
    static constexpr int maxSentLength = 200;

    struct Result
    {
        QString sent;    // for the JSON body: ACE host, percent-encoded path
        QString display; // for the user: Unicode host and path
        QString error;   // empty when the link was accepted
        bool ok() const { return error.isEmpty(); }
    };

    // Surrounding spaces are ignored and "https://" is assumed when no
    // scheme is given. Only http, https, ftp and ftps are accepted: the link
    // is shown to visitors, who must never be sent to javascript: or file:.
    static Result fromUserInput(const QString &text);
};
