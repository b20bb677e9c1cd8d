#include "ListLinksCall.h"

void ListLinksCall::handleSuccess(const QByteArray &body)
{
    ParseError parseError;
    if (const std::optional<LinkPage> page = LinkPage::fromJson(body, &parseError)) {
        emit listed(*page);
        emit succeeded(body);
    } else {
        emit failed(ApiError::malformed(parseError));
    }
}
