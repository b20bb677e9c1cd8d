#pragma once

#include <QFrame>

class QLabel;

// One thumbnail: a placeholder while it downloads, then the image, or a
// warning mark with the reason when it could not be had.
class ThumbnailTile : public QFrame
{
    Q_OBJECT
public:
    enum class State { Loading, Loaded, Failed };
    Q_ENUM(State)

    ThumbnailTile(const QString &caption, QSize imageArea, QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString caption() const;
    // Waiting again, for another picture.
    void showLoading(const QString &caption);
    void showImage(const QImage &image);
    void showFailure(const QString &message);

private:
    QLabel *m_image;
    QLabel *m_caption;
    State m_state = State::Loading;
};
