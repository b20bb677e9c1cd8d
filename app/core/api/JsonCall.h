#pragma once

#include "ApiCall.h"
#include "model/Image.h"
#include "model/JsonReader.h"
#include "model/Link.h"
#include "model/LinkPage.h"

#include <optional>
#include <utility>

// An API call whose answer is one value of type T (T::fromJson(QJsonValue,
// ParseError *, QUrl answerUrl)). An answer that does not parse fails the call as
// malformed, so that succeeded() always comes with a value.
template<typename T>
class JsonCall : public ApiCall
{
public:
    using ApiCall::ApiCall;

    // The parsed answer: set from succeeded() on.
    const T &value() const { return *m_value; }

    // Calls `onValue(const T &)` in `context` once the call succeeds.
    template<typename Functor>
    QMetaObject::Connection onSucceeded(const QObject *context, Functor onValue)
    {
        return connect(this, &ApiCall::succeeded, context, [this, onValue = std::move(onValue)] { onValue(*m_value); });
    }

protected:
    void handleSuccess(const QByteArray &body) override
    {
        ParseError parseError;
        if (const std::optional<QJsonValue> json = JsonReader::parseBody(body, &parseError))
            m_value = T::fromJson(*json, &parseError, answerUrl());
        if (m_value)
            ApiCall::handleSuccess(body);
        else
            fail(ApiError::malformed(parseError));
    }

private:
    std::optional<T> m_value;
};

using LinkCall = JsonCall<Link>;
using LinkPageCall = JsonCall<LinkPage>;
using ImageCall = JsonCall<Image>;
