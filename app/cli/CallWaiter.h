#pragma once

#include "api/ApiError.h"

#include <QByteArray>

class ApiCall;

// A command line does one thing after another: waits for a call in a local
// event loop, the only one the program runs.
namespace CallWaiter {

// True when the call succeeded; else *error says why.
bool wait(ApiCall *call, ApiError *error);

} // namespace CallWaiter
