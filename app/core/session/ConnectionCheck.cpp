#include "ConnectionCheck.h"

#include "text/PersianText.h"

#include <QCoreApplication>

namespace ConnectionCheck {

qint64 portfolioOr(qint64 portfolioId)
{
    return portfolioId > 0 ? portfolioId : 1;
}

LinkListQuery query()
{
    LinkListQuery oneLink;
    oneLink.pageSize = 1;
    return oneLink;
}

QString outcome(const ApiError &error, qint64 portfolioId)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        return QCoreApplication::translate("ConnectionDialog", "Bad token: the server did not accept it.");
    case ApiError::Kind::Forbidden:
        return QCoreApplication::translate("ConnectionDialog", "The token works, but this account has no permission for portfolio links.");
    case ApiError::Kind::NotFound:
        return QCoreApplication::translate("ConnectionDialog", "Not found: the server has no portfolio %1, or the address is not the portfolio API.")
            .arg(PersianText::id(portfolioId));
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return QCoreApplication::translate("ConnectionDialog", "Unreachable: %1").arg(error.message());
    default:
        return error.message();
    }
}

} // namespace ConnectionCheck
