#pragma once

#include "media/ImageChoice.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ImageField;
}

// The link's image in the form: a small thumbnail with the image's name,
// size and dimensions (or "No image"), Choose… and Clear. Dropping an image
// file on it, or pasting an image or an image file (Ctrl+V), asks for an
// upload.
class ImageField : public QWidget
{
    Q_OBJECT
public:
    explicit ImageField(QWidget *parent = nullptr);
    ~ImageField() override;

    ImageChoice choice() const { return m_choice; }
    std::optional<qint64> imageId() const;
    void setChoice(const ImageChoice &choice);
    void clear();
    // While a link is being created the choice cannot change.
    void setLocked(bool locked);
    // Its buttons, in Tab order.
    QList<QWidget *> tabStops() const;

signals:
    void chooseRequested();
    void fileDropped(const QString &path);
    // The user changed or cleared the choice.
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showChoice();
    void paste();

    std::unique_ptr<Ui::ImageField> m_ui;
    ImageChoice m_choice;
    bool m_locked = false;
};
