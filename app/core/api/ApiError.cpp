#include "ApiError.h"

#include "text/PersianText.h"
#include "text/ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Enough of an HTML error page to diagnose it, without keeping megabytes.
constexpr qsizetype maxDetailsLength = 4000;
// What a person can read of the server's own words: a broken or hostile
// server can answer with megabytes of "errors".
constexpr qsizetype maxMessageLength = 300;
constexpr qsizetype maxMessages = 5;
constexpr qsizetype maxFields = 10;

// Also without the server's direction overrides, wherever the message goes.
QString bounded(const QString &text)
{
    const QString shown = ServerText::shown(text);
    return shown.size() <= maxMessageLength ? shown : shown.left(maxMessageLength) + QChar(0x2026);
}

QStringList bounded(const QStringList &messages)
{
    QStringList result;
    for (const QString &message : messages.mid(0, maxMessages))
        result.append(bounded(message));
    return result;
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(maxDetailsLength));
    // A cut inside a multi-byte character leaves a replacement character.
    if (body.size() > maxDetailsLength && text.endsWith(QChar(QChar::ReplacementCharacter)))
        text.chop(1);
    return text.trimmed();
}

QString htmlTitle(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    return title.match(html).captured(1).simplified();
}

// DRF nests errors of nested serializers and lists; flatten them to lines.
QStringList messagesOf(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList messages;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            messages += messagesOf(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            for (const QString &message : messagesOf(it.value()))
                messages.append(it.key() + QStringLiteral(": ") + message);
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        messages.append(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
    }
    return messages;
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400: return ApiError::Kind::Validation;
    case 401: return ApiError::Kind::Unauthorized;
    case 403: return ApiError::Kind::Forbidden;
    case 404: return ApiError::Kind::NotFound;
    default:
        if (status >= 300 && status < 400)
            return ApiError::Kind::RedirectRefused;
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::UnexpectedStatus;
    }
}

} // namespace

ApiError::ApiError(Kind kind, int status)
    : m_kind(kind)
    , m_status(status)
{
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error(kindForStatus(status), status);
    error.m_details = excerpt(body);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("detail"))
                error.m_serverDetail = bounded(messagesOf(it.value()).join(QLatin1Char(' ')));
            else if (it.key() == QLatin1String("non_field_errors"))
                error.m_nonFieldErrors = bounded(messagesOf(it.value()));
            else if (error.m_kind == Kind::Validation && error.m_fieldErrors.size() < maxFields)
                error.m_fieldErrors.insert(bounded(it.key()), bounded(messagesOf(it.value())));
        }
    } else if (document.isArray() && error.m_kind == Kind::Validation) {
        error.m_nonFieldErrors = bounded(messagesOf(document.array()));
    } else if (contentType.contains("html")) {
        error.m_serverDetail = bounded(htmlTitle(error.m_details));
    }
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QString &errorString)
{
    Kind kind = Kind::Network;
    switch (networkError) {
    case QNetworkReply::TimeoutError:
        kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        kind = Kind::Cancelled;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        kind = Kind::Tls;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        kind = Kind::RedirectRefused;
        break;
    default:
        break;
    }
    ApiError error(kind);
    error.m_details = errorString;
    return error;
}

ApiError ApiError::timeout()
{
    return ApiError(Kind::Timeout);
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled);
}

ApiError ApiError::malformed(const ParseError &parseError)
{
    ApiError error(Kind::Malformed);
    error.m_details = parseError.toString();
    return error;
}

ApiError ApiError::redirectRefused(const QUrl &target)
{
    ApiError error(Kind::RedirectRefused);
    error.m_details = target.toDisplayString();
    return error;
}

ApiError ApiError::insecure(const QUrl &server)
{
    ApiError error(Kind::Insecure);
    error.m_details = server.toDisplayString();
    return error;
}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    ApiError error(Kind::TooLarge);
    error.m_details = QStringLiteral("limit %1 bytes").arg(limitBytes);
    return error;
}

ApiError ApiError::tls(const QString &details)
{
    ApiError error(Kind::Tls);
    error.m_details = details;
    error.m_certificateRejected = true;
    return error;
}

ApiError ApiError::localFile(const QString &reason)
{
    ApiError error(Kind::LocalFile);
    error.m_details = reason;
    return error;
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::Network:
        return tr("Could not reach the server. Check the server address and your network connection.");
    case Kind::Timeout:
        return tr("The server did not answer in time; nothing you typed was lost.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Validation:
        if (!m_nonFieldErrors.isEmpty())
            return tr("The server did not accept the link: %1").arg(PersianText::isolated(m_nonFieldErrors.join(QLatin1Char(' '))));
        if (!m_fieldErrors.isEmpty())
            return tr("The server did not accept some fields; see the messages beside them.");
        return tr("The server did not accept the request.");
    case Kind::Unauthorized:
        return tr("The server did not accept your API token. Check it in Connection settings.");
    case Kind::Forbidden:
        return tr("Your account does not have permission to do this. Ask an administrator for the portfolio link permission.");
    case Kind::NotFound:
        switch (m_subject) {
        case Subject::Link:
            return tr("Not found: the server has no link with this number (it may have been deleted).");
        case Subject::Image:
            return tr("Not found: the server has no image with this number.");
        case Subject::Uploads:
            return tr("Not found: the server takes no image uploads at its upload path (see the Upload path in "
                      "Connection settings).");
        case Subject::Portfolio:
            break;
        }
        return tr("Not found: there is no portfolio with this number, or the server address is not the portfolio API.");
    case Kind::Server:
        // These come from a proxy in front of the application, which may itself be fine.
        if (m_status == 502 || m_status == 504)
            return tr("The server's gateway got no answer from the application behind it (HTTP %1). Try again later.")
                .arg(PersianText::id(m_status));
        if (m_status == 503)
            return tr("The server is not available for now (HTTP %1): it may be under maintenance or overloaded. "
                      "Try again later.")
                .arg(PersianText::id(m_status));
        return tr("The server had an internal error (HTTP %1). Try again later.").arg(PersianText::id(m_status));
    case Kind::UnexpectedStatus:
        return unexpectedStatusMessage();
    case Kind::Malformed:
        return tr("The server's answer could not be read: %1").arg(m_details);
    case Kind::RedirectRefused:
        return tr("The server redirected the request elsewhere. It was not followed, to keep your token safe.");
    case Kind::Tls:
        if (m_certificateRejected)
            return tr("A secure connection to the server could not be established: its certificate was not accepted.");
        // A plain-http server answers a TLS handshake with an error page.
        return tr("A secure (https) connection to the server could not be set up: it may not offer https at this "
                  "address.");
    case Kind::Insecure:
        return tr("The server address uses plain http, so your token would travel unencrypted. Use https, or allow "
                  "an insecure connection to this server in Connection settings.");
    case Kind::LocalFile:
        return m_details;
    case Kind::TooLarge:
        return tr("The server's answer is far larger than a link can be; it was not read.");
    }
    return {};
}

QString ApiError::unexpectedStatusMessage() const
{
    QString message;
    switch (m_status) {
    case 405:
        message = tr("The server does not allow this (HTTP %1).");
        break;
    case 413:
        message = m_subject == Subject::Uploads
            ? tr("The server refused the request as too large (HTTP %1). A smaller image may go through.")
            : tr("The server refused the request as too large (HTTP %1).");
        break;
    case 429:
        message = tr("The server is limiting how often it is asked (HTTP %1). Try again later.");
        break;
    default:
        return tr("The server gave an unexpected answer (HTTP %1).").arg(PersianText::id(m_status));
    }
    message = message.arg(PersianText::id(m_status));
    // DRF says how long to wait, or which method it refused.
    return m_serverDetail.isEmpty() ? message : message + QLatin1Char(' ') + PersianText::isolated(m_serverDetail);
}

bool ApiError::mayHaveBeenProcessed(bool requestSent) const
{
    switch (m_kind) {
    case Kind::Server:
    case Kind::Malformed:
        return true;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Cancelled:
    case Kind::TooLarge:
    case Kind::RedirectRefused: // a server may redirect after acting (303 See Other)
        return requestSent;
    case Kind::UnexpectedStatus:
        // A 4xx refuses the request (405, 413, 429); an odd 2xx may have acted on it.
        return requestSent && (m_status < 400 || m_status >= 500);
    case Kind::Validation:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Tls:
    case Kind::Insecure:
    case Kind::LocalFile:
        return false;
    }
    return true;
}
