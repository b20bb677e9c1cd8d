#pragma once

#include "ApiError.h"
#include "LinkDraft.h"
#include "model/Link.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// After a POST whose outcome is unknown (timeout, or the connection lost
// once the request was sent), asks the list endpoint whether the server
// created the link anyway, instead of sending it again and risking a
// duplicate: a link of the same portfolio, with the same name, created
// since shortly before the POST.
class CreationCheck : public QObject
{
    Q_OBJECT
public:
    // Server and client clocks differ; links older than this are not ours.
    static constexpr qint64 clockToleranceSeconds = 120;

    CreationCheck(ApiClient *api, const LinkDraft &sent, const QDateTime &sentAt, QObject *parent = nullptr);
    void start();
    void cancel();

signals:
    void found(const Link &link);
    void notFound();
    void failed(const ApiError &error);

private:
    ApiClient *m_api;
    LinkDraft m_sent;
    QDateTime m_sentAt;
    QPointer<ApiCall> m_call;
};
