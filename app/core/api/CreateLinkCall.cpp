#include "CreateLinkCall.h"

void CreateLinkCall::handleSuccess(const QByteArray &body)
{
    ParseError parseError;
    const std::optional<Link> link = Link::fromJson(body, &parseError);
    if (link)
        emit created(*link);
    else
        emit failed(ApiError::malformed(parseError));
}
