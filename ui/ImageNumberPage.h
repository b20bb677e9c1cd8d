#pragma once

#include "ImagePickerPage.h"
#include "api/ApiError.h"
#include "api/JsonCall.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ImageNumberPage;
}
class Session;
class ThumbnailLoader;
class QTimer;

// An image by its number, typed in any digits. Where the server can show
// an image by number it is looked up (after a pause in typing, or at once
// on Enter or Show) and can be taken once it is known: Enter before that
// takes it as soon as the lookup finds it. Where the server cannot show it,
// the number is taken as it is, for the server to judge. The preview's
// download has the session's timeouts.
class ImageNumberPage : public ImagePickerPage
{
    Q_OBJECT
public:
    explicit ImageNumberPage(Session *session, QWidget *parent = nullptr);
    ~ImageNumberPage() override;

    bool canChoose() const override;
    std::optional<ImageChoice> choose() override;
    QWidget *input() const override;
    void cancel() override;

    // Follows what is known of the server's media endpoint.
    void applyMediaSupport();

private:
    enum class State { Unknown, Checking, Found, NotFound, Unchecked };

    void lookUp();
    // Enter pressed before the image was known: taken once found.
    void takeWhenFound();
    void showFound(const Image &image);
    void showFailure(qint64 id, const ApiError &error);
    void showPreview(const QImage &image);
    void setState(State state);

    std::unique_ptr<Ui::ImageNumberPage> m_ui;
    Session *m_session;
    ThumbnailLoader *m_previewLoader;
    QPointer<ImageCall> m_fetch;
    QTimer *m_typingPause;
    bool m_takeWhenFound = false;
    State m_state = State::Unknown;
    ImageChoice m_choice;
    // A 404 that came before the media probe's answer, which says what it means.
    std::optional<std::pair<qint64, ApiError>> m_pendingFailure;
};
