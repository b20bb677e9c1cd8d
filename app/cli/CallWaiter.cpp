#include "CallWaiter.h"

#include "api/ApiCall.h"

#include <QEventLoop>

namespace CallWaiter {

bool wait(ApiCall *call, ApiError *error)
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::succeeded, &loop, [&ok] { ok = true; });
    QObject::connect(call, &ApiCall::failed, &loop, [error](const ApiError &e) { *error = e; });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

} // namespace CallWaiter
