#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class BoundedBody;
class QNetworkReply;

// One API request in flight. Turns the reply into either succeeded() or
// failed() (exactly one of them), then finished(), then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    // No API answer is anywhere near this; a larger one is refused unread
    // (announced) or as soon as this much has arrived (BoundedBody).
    static constexpr qint64 maxAnswerBytes = 5 * 1024 * 1024;

    // Aborted, and reported as a timeout, if still running after the deadline.
    ApiCall(QNetworkReply *reply, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    // A call refused before it was sent: fails on the next event-loop turn,
    // so callers connect to it exactly as to any other call.
    explicit ApiCall(const ApiError &refusal, QObject *parent = nullptr);
    ~ApiCall() override;

    // Named in a 404's message; a portfolio unless said otherwise.
    void setSubject(ApiError::Subject subject) { m_subject = subject; }
    bool isRunning() const;
    // The whole request reached the network: a failure after this point
    // leaves it unknown whether the server acted on it.
    bool requestWasSent() const { return m_requestSent; }
    void cancel();
    // Cancels without telling `listener`, which gave up on the call: the
    // call's own "cancelled" failure is no news to it.
    void abandon(const QObject *listener);

signals:
    void succeeded(const QByteArray &body);
    void failed(const ApiError &error);
    void finished();
    // Bytes of the request body sent so far (for an upload's progress bar).
    void uploadProgress(qint64 sent, qint64 total);

protected:
    // A 2xx answer arrived; subclasses turn the body into a value, then
    // call this to emit succeeded(), or fail().
    virtual void handleSuccess(const QByteArray &body);
    void fail(ApiError error);
    // The address the answer came from (what relative URLs in it are relative to).
    QUrl answerUrl() const;

private:
    void onReplyFinished();
    void finish(const ApiError &error);
    ApiError errorOf(QNetworkReply *reply, const QByteArray &body) const;

    QPointer<QNetworkReply> m_reply;
    BoundedBody *m_body = nullptr; // the reply's child: null only for a refusal
    bool m_cancelledByUser = false;
    bool m_requestSent = false;
    ApiError::Subject m_subject = ApiError::Subject::Portfolio;
    QString m_tlsProblems;
};
