#pragma once

#include "model/Link.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LinkResultView;
}
class ThumbnailStrip;

// Shows a created link: every field the server returned, then its image
// and the thumbnails as they arrive.
class LinkResultView : public QWidget
{
    Q_OBJECT
public:
    explicit LinkResultView(QWidget *parent = nullptr);
    ~LinkResultView() override;

    void showLink(const Link &link);
    void clear();
    ThumbnailStrip *thumbnailStrip() const;

private:
    void showUrl(const QString &url);

    std::unique_ptr<Ui::LinkResultView> m_ui;
};
