#pragma once

#include "ApiCall.h"
#include "model/LinkPage.h"

// GET .../links/ in flight: listed() with one page, or failed().
class ListLinksCall : public ApiCall
{
    Q_OBJECT
public:
    using ApiCall::ApiCall;

signals:
    void listed(const LinkPage &page);

protected:
    void handleSuccess(const QByteArray &body) override;
};
