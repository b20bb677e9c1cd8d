#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

JsonReader::JsonReader(const QJsonValue &value, QString path, ParseError *error, QUrl base)
    : m_object(value.toObject())
    , m_path(std::move(path))
    , m_error(error)
    , m_base(std::move(base))
{
    if (!value.isObject()) {
        m_failed = true;
        if (m_error)
            *m_error = ParseError(ParseError::Problem::WrongType, m_path.isEmpty() ? QStringLiteral("$") : m_path,
                                  ParseError::tr("an object"));
    }
}

std::optional<QJsonValue> JsonReader::parseBody(const QByteArray &body, ParseError *error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        if (error)
            *error = ParseError(ParseError::Problem::NotJson, QString(), jsonError.errorString());
        return std::nullopt;
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::pathOf(const QString &key, qsizetype index) const
{
    return pathOf(key) + QStringLiteral("[%1]").arg(index);
}

void JsonReader::fail(ParseError::Problem problem, const QString &key, const QString &expected)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_error)
        *m_error = ParseError(problem, pathOf(key), expected);
}

std::optional<QJsonValue> JsonReader::required(const QString &key)
{
    if (m_failed)
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(ParseError::Problem::Missing, key);
        return std::nullopt;
    }
    return it.value();
}

qint64 JsonReader::integer(const QString &key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return 0;
    // toInteger() returns its default for fractions and out-of-range values:
    // two different defaults agree only when the value is a true integer.
    // Qt keeps JSON integers exact, so 2^53 + 1 is not rounded on the way.
    const qint64 integer = value->toInteger(0);
    if (!value->isDouble() || integer != value->toInteger(1)) {
        fail(ParseError::Problem::WrongType, key, ParseError::tr("an integer"));
        return 0;
    }
    return integer;
}

std::optional<qint64> JsonReader::nullableInteger(const QString &key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value || value->isNull())
        return std::nullopt;
    return integer(key);
}

QString JsonReader::string(const QString &key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(ParseError::Problem::WrongType, key, ParseError::tr("a string"));
        return {};
    }
    return value->toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value || value->isNull())
        return std::nullopt;
    return string(key);
}

QUrl JsonReader::httpUrl(const QString &key)
{
    const QString text = string(key);
    if (m_failed)
        return {};
    QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && url.isRelative() && m_base.isValid())
        url = m_base.resolved(url);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(ParseError::Problem::InvalidValue, key, ParseError::tr("an absolute http(s) URL"));
        return {};
    }
    return url;
}

QDateTime JsonReader::timestamp(const QString &key)
{
    const QString text = string(key);
    if (m_failed)
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(ParseError::Problem::InvalidValue, key, ParseError::tr("an ISO 8601 timestamp"));
        return {};
    }
    return time;
}

QJsonArray JsonReader::array(const QString &key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return {};
    if (!value->isArray()) {
        fail(ParseError::Problem::WrongType, key, ParseError::tr("a list"));
        return {};
    }
    return value->toArray();
}

QJsonValue JsonReader::nullableObject(const QString &key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return QJsonValue::Null;
    if (!value->isNull() && !value->isObject()) {
        fail(ParseError::Problem::WrongType, key, ParseError::tr("an object or null"));
        return QJsonValue::Null;
    }
    return *value;
}
