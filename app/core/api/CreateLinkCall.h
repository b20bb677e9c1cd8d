#pragma once

#include "ApiCall.h"
#include "model/Link.h"

// POST .../links/ in flight: created() with the server's Link, or failed().
class CreateLinkCall : public ApiCall
{
    Q_OBJECT
public:
    using ApiCall::ApiCall;

signals:
    void created(const Link &link);

protected:
    void handleSuccess(const QByteArray &body) override;
};
