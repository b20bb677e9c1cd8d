#include "ImageCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

void ImageCall::handleSuccess(const QByteArray &body)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    ParseError parseError(ParseError::Problem::NotJson, QString(), jsonError.errorString());
    const std::optional<Image> image = jsonError.error == QJsonParseError::NoError
        ? Image::fromJson(document.object(), QString(), &parseError)
        : std::nullopt;
    if (image && document.isObject())
        emit received(*image);
    else
        emit failed(ApiError::malformed(parseError));
}
