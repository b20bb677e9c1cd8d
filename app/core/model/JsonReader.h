#pragma once

#include "ParseError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

// Reads typed fields out of one JSON object and remembers the first thing
// that was wrong, so that model parsers read like the contract's tables and
// never produce a half-filled value: once failed(), every read returns a
// default and the caller discards the result.
class JsonReader
{
public:
    // `base` is the address of the answer the value came in: URLs in it may
    // be relative to it (DRF's file fields are, serialised without the request).
    JsonReader(const QJsonValue &value, QString path, ParseError *error, QUrl base = {});

    // A whole answer body as a JSON value (object or array), or a NotJson error.
    static std::optional<QJsonValue> parseBody(const QByteArray &body, ParseError *error);

    bool failed() const { return m_failed; }

    qint64 integer(const QString &key);
    std::optional<qint64> nullableInteger(const QString &key);
    QString string(const QString &key);
    std::optional<QString> nullableString(const QString &key);
    QUrl httpUrl(const QString &key);
    QDateTime timestamp(const QString &key);
    QJsonArray array(const QString &key);
    // The raw value of a nested object or null, for a child parser.
    QJsonValue nullableObject(const QString &key);

    QUrl base() const { return m_base; }
    QString pathOf(const QString &key) const;
    QString pathOf(const QString &key, qsizetype index) const;

private:
    std::optional<QJsonValue> required(const QString &key);
    void fail(ParseError::Problem problem, const QString &key, const QString &expected = {});

    QJsonObject m_object;
    QString m_path;
    ParseError *m_error;
    QUrl m_base;
    bool m_failed = false;
};
