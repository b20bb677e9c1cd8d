#pragma once

#include <QCoreApplication>
#include <QString>

// What people paste as a link, made into what Django's URLField accepts, or
// refused with the rule it breaks. What is sent is the readable form
// (UrlText): Unicode domain and path, NFC, with what must stay
// percent-encoded encoded, and the 200-character limit counts that.
class UrlInput
{
    Q_DECLARE_TR_FUNCTIONS(UrlInput)
public:
    // Django's URLField default: the links table column is varchar(200).
    static constexpr int maxSentLength = 200;

    struct Result
    {
        QString sent;  // for the JSON body and the form: readable (UrlText)
        QString error; // empty when the link was accepted
        bool ok() const { return error.isEmpty(); }
    };

    // Surrounding spaces are ignored and "https://" is assumed when no
    // scheme is given. Only http, https, ftp and ftps are accepted: the link
    // is shown to visitors, who must never be sent to javascript: or file:.
    static Result fromUserInput(const QString &text);
};
