#include "ExitCode.h"

namespace ExitCode {

Code of(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        return Authentication;
    case ApiError::Kind::Forbidden:
        return Permission;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::Validation:
        return Validation;
    case ApiError::Kind::LocalFile:
        return Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Insecure:
        return Network;
    case ApiError::Kind::Server:
    case ApiError::Kind::UnexpectedStatus:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::RedirectRefused:
    case ApiError::Kind::TooLarge:
        return Server;
    }
    return Server;
}

} // namespace ExitCode
