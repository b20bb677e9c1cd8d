#pragma once

#include "model/ParseError.h"

#include <QCoreApplication>
#include <QMap>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

// Everything that can go wrong with an API call, told apart so that the UI
// can say the right thing and put field errors beside their fields.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,          // unreachable, refused, dropped, proxy trouble
        Timeout,          // silent past the idle timeout, or not done by the deadline
        Cancelled,        // the user cancelled
        Validation,       // 400: field errors and non-field errors
        Unauthorized,     // 401: missing or invalid token
        Forbidden,        // 403: no permission
        NotFound,         // 404: unknown portfolio, or not this API
        Server,           // 5xx
        UnexpectedStatus, // any other status
        Malformed,        // a success status with an unreadable answer
        RedirectRefused,  // a redirect we would not follow with the token
        Tls,              // the secure connection failed
        Insecure,         // plain http to a server that is not this machine
        TooLarge,         // an answer larger than any real one
        LocalFile,        // a file to upload could not be read
    };

    // What the request was about, so that a 404 names the right thing.
    enum class Subject { Portfolio, Link, Image, Uploads };

    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString);
    static ApiError timeout();
    static ApiError cancelled();
    static ApiError malformed(const ParseError &parseError);
    static ApiError redirectRefused(const QUrl &target);
    static ApiError insecure(const QUrl &server);
    static ApiError tooLarge(qint64 limitBytes);
    static ApiError tls(const QString &details);
    static ApiError localFile(const QString &reason);

    Kind kind() const { return m_kind; }
    Subject subject() const { return m_subject; }
    void setSubject(Subject subject) { m_subject = subject; }
    int httpStatus() const { return m_status; }
    // Server messages per field, as DRF wrote them (e.g. "url" -> ["Enter a valid URL."]).
    QMap<QString, QStringList> fieldErrors() const { return m_fieldErrors; }
    QStringList nonFieldErrors() const { return m_nonFieldErrors; }
    // DRF's "detail", or the title of an HTML error page.
    QString serverDetail() const { return m_serverDetail; }
    // Technical details for a "Details" section: body excerpt, Qt's error text.
    QString details() const { return m_details; }

    // One translated sentence or two for the user.
    QString message() const;

    // Whether the server may have acted on the request although this error
    // came back: anything but a clean refusal (4xx, TLS, redirect) or a
    // failure before the whole request left (requestSent false). A 5xx, or a
    // 2xx whose body was cut, too large or unreadable, may follow a stored
    // link; a timeout, a drop or a cancel after sending may too.
    bool mayHaveBeenProcessed(bool requestSent) const;

private:
    QString unexpectedStatusMessage() const;
    explicit ApiError(Kind kind, int status = 0);

    Kind m_kind = Kind::Network;
    Subject m_subject = Subject::Portfolio;
    int m_status = 0;
    QMap<QString, QStringList> m_fieldErrors;
    QStringList m_nonFieldErrors;
    QString m_serverDetail;
    QString m_details;
    bool m_certificateRejected = false; // Tls: a certificate, not the handshake itself
};
