#pragma once

#include <QLabel>

// A decoded picture shown sharp at the screen's pixel ratio, scaled down
// (never up) to fit the label.
class ImagePreview : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    void showImage(const QImage &image);
    // Why there is no picture, said in its place (plain text, wrapped).
    void showFailure(const QString &message);
};
