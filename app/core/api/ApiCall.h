#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

// One API request in flight. Turns the reply into either succeeded() or
// failed() (exactly one of them), then finished(), then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    explicit ApiCall(QNetworkReply *reply, QObject *parent = nullptr);
    ~ApiCall() override;

    bool isRunning() const;
    void cancel();

signals:
    void succeeded(const QByteArray &body);
    void failed(const ApiError &error);
    void finished();

protected:
    // A 2xx answer arrived; subclasses turn the body into a value.
    virtual void handleSuccess(const QByteArray &body);

private:
    void onReplyFinished();
    ApiError errorOf(QNetworkReply *reply, const QByteArray &body) const;

    QPointer<QNetworkReply> m_reply;
    bool m_cancelledByUser = false;
};
