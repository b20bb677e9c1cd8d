#pragma once

#include "media/ImageChoice.h"

#include <QWidget>

#include <optional>

// One way of choosing an image in the picker. Enter, the dialog's default
// button, asks the current page for its choice.
class ImagePickerPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Whether Enter would choose, or take the next step towards a choice.
    virtual bool canChoose() const = 0;
    // What Enter chooses; nullopt when the page needs a step first (a lookup)
    // and has started it, or has nothing to offer.
    virtual std::optional<ImageChoice> choose() = 0;
    // Where typing goes when the page is shown.
    virtual QWidget *input() const = 0;
    // Abandons what the page is waiting for: the dialog is closing.
    virtual void cancel() = 0;

signals:
    void canChooseChanged();
    // Chosen without Enter: a double-click, or a number with nothing to look up.
    void chosen(const ImageChoice &choice);
};
