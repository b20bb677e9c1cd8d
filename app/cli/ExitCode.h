#pragma once

#include "api/ApiError.h"

// The command line's exit statuses, as --help and the man page list them.
namespace ExitCode {

enum Code {
    Ok = 0,
    Usage = 1,
    Authentication = 2, // 401, or no token at all
    Permission = 3,     // 403
    NotFound = 4,       // 404
    Validation = 5,     // 400, or input refused before sending
    Network = 6,        // unreachable, timeout, TLS
    Server = 7,         // 5xx, or an answer that cannot be read
    Interrupted = 130,  // Ctrl+C, after the request under way (128 + SIGINT, as shells report it)
};

Code of(const ApiError &error);

} // namespace ExitCode
