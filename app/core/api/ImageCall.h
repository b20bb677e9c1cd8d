#pragma once

#include "ApiCall.h"
#include "model/Image.h"

// A media call in flight (upload, or fetch by id): received() with the
// server's Image, or failed().
class ImageCall : public ApiCall
{
    Q_OBJECT
public:
    using ApiCall::ApiCall;

signals:
    void received(const Image &image);

protected:
    void handleSuccess(const QByteArray &body) override;
};
