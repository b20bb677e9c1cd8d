#pragma once

#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;
class ApiError;

// Whether the server has the (assumed) media endpoint, learnt once per
// server: by asking its list, or from an upload or fetch the server did not
// route. Without it the app hides upload and the by-id preview, and says so
// once rather than on every attempt.
class MediaSupport : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Checking, Available, Missing };
    Q_ENUM(State)

    explicit MediaSupport(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    // Asks the server unless the answer is already known or on its way. An
    // empty media path means "this server has none": no request at all.
    void check();
    // The server or the media path changed: what was learnt no longer holds.
    void reset();
    // An upload failed; 404 and 405 to the collection's own path mean the
    // endpoint is not there. (A 404 for one image id means only that id.)
    void learnFromUpload(const ApiError &error);
    // True exactly once after the endpoint was found missing: the caller
    // tells the user, later callers stay quiet.
    bool takeMissingNotice();

    static bool meansMissing(const ApiError &error);

signals:
    void stateChanged(MediaSupport::State state);

private:
    void setState(State state);

    ApiClient *m_client;
    QPointer<ApiCall> m_probe;
    State m_state = State::Unknown;
    bool m_missingNoticeTaken = false;
};
