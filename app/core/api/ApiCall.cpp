#include "ApiCall.h"

#include "BoundedBody.h"

#include <QLoggingCategory>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApiCall, "portfoliolinks.api")

ApiCall::ApiCall(QNetworkReply *reply, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_body(BoundedBody::attach(reply, maxAnswerBytes))
{
    reply->setParent(this);
    // The transfer timeout notices only silence: a server that trickles its
    // answer a byte at a time would keep the call running for ever. Aborted,
    // the reply reports OperationCanceledError, which errorOf() calls a
    // timeout; requestWasSent() still tells whether the body had gone out.
    QTimer::singleShot(deadline, this, [this, deadline] {
        if (!isRunning())
            return;
        qCDebug(lcApiCall) << "deadline of" << deadline.count() << "ms passed:"
                           << m_reply->url().toDisplayString(QUrl::RemoveQuery);
        m_reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_requestSent = m_requestSent || (total > 0 && sent == total);
        if (total > 0)
            emit uploadProgress(sent, total);
    });
    // Never ignored: the errors are kept, with the certificate, for the user.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            const QSslCertificate certificate = error.certificate();
            m_tlsProblems += tr("%1\nSubject: %2\nIssuer: %3\nValid: %4 – %5\nSHA-256: %6\n")
                                 .arg(error.errorString(),
                                      certificate.subjectDisplayName(),
                                      certificate.issuerDisplayName(),
                                      QLocale().toString(certificate.effectiveDate(), QLocale::ShortFormat),
                                      QLocale().toString(certificate.expiryDate(), QLocale::ShortFormat),
                                      QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        }
    });
}

ApiCall::ApiCall(const ApiError &refusal, QObject *parent)
    : QObject(parent)
{
    QMetaObject::invokeMethod(this, [this, refusal] { finish(refusal); }, Qt::QueuedConnection);
}

void ApiCall::fail(ApiError error)
{
    error.setSubject(m_subject);
    emit failed(error);
}

void ApiCall::finish(const ApiError &error)
{
    fail(error);
    emit finished();
    deleteLater();
}

ApiCall::~ApiCall()
{
    if (m_reply && m_reply->isRunning()) {
        // Nobody listens any more: stop the transfer without reporting it.
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool ApiCall::isRunning() const
{
    return m_reply && m_reply->isRunning();
}

void ApiCall::cancel()
{
    if (!isRunning())
        return;
    m_cancelledByUser = true;
    m_reply->abort();
}

void ApiCall::abandon(const QObject *listener)
{
    disconnect(listener);
    cancel();
}

QUrl ApiCall::answerUrl() const
{
    return m_reply ? m_reply->url() : QUrl();
}

void ApiCall::handleSuccess(const QByteArray &body)
{
    emit succeeded(body);
}

ApiError ApiCall::errorOf(QNetworkReply *reply, const QByteArray &body) const
{
    const QNetworkReply::NetworkError networkError = reply->error();
    if (m_cancelledByUser)
        return ApiError::cancelled();
    // Checked before the timeout: BoundedBody aborts the reply as the
    // deadline does, and a server sending too much is no slow server.
    if (m_body->tooLarge())
        return ApiError::tooLarge(maxAnswerBytes);
    if (!m_tlsProblems.isEmpty())
        return ApiError::tls(m_tlsProblems.trimmed());
    // Qt reports its own transfer timeout as a cancellation we did not ask
    // for, and the deadline aborts the reply in the same way.
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError)
        return ApiError::timeout();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A redirect we would not follow: to another origin (SameOriginRedirectPolicy
    // refuses it), or any redirect of a POST (ManualRedirectPolicy hands it back).
    const bool redirect = status.toInt() >= 300 && status.toInt() < 400;
    if (redirect || networkError == QNetworkReply::InsecureRedirectError) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return ApiError::redirectRefused(reply->url().resolved(target));
    }
    // Qt wanted to send the request again on a new connection; SingleUseBody
    // refused, because the first one may already have reached the server.
    // (A server that refuses before reading the whole body, as DRF does with
    // 401/403/404, also closes early: then its error answer is what counts.)
    if (networkError == QNetworkReply::ContentReSendError && status.toInt() < 400)
        return ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, reply->errorString());
    // Codes below 200 are transport and proxy failures, even when some
    // headers had arrived before the connection broke.
    if (status.isValid() && (networkError == QNetworkReply::NoError || networkError >= QNetworkReply::ContentAccessDenied))
        return ApiError::fromHttp(status.toInt(), body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    return ApiError::fromNetwork(networkError, reply->errorString());
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    const QByteArray body = m_body->body();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcApiCall) << reply->operation() << reply->url().toDisplayString(QUrl::RemoveQuery)
                       << "status" << status << "error" << reply->error() << body.size() << "bytes";

    // Qt can report a connection closed mid-body as success with a short body.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = announced.isValid() && body.size() < announced.toLongLong()
        && !reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
        && reply->rawHeader("Content-Encoding").isEmpty();
    if (reply->error() == QNetworkReply::NoError && truncated)
        fail(ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError,
                                          tr("The connection closed after %1 of %2 bytes.")
                                              .arg(QLocale().toString(body.size()), QLocale().toString(announced.toLongLong()))));
    else if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
        handleSuccess(body);
    else
        fail(errorOf(reply, body));
    emit finished();
    deleteLater();
}
