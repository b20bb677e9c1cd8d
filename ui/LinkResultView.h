#pragma once

#include "model/Link.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LinkResultView;
}
class LinkCopyActions;
class QFocusFrame;
class QLabel;
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
    // Copy ID, Copy URL and Copy as cURL of the link shown (buttons and context menu).
    LinkCopyActions *copyActions() const { return m_copyActions; }

private:
    void fill(const Link &link);
    void showValue(QLabel *label, const QString &text);
    void showUrl(const QString &url);

    void followFocus(QWidget *focused);

    std::unique_ptr<Ui::LinkResultView> m_ui;
    std::optional<Link> m_link; // shown
    LinkCopyActions *m_copyActions;
    QFocusFrame *m_focusFrame;
    QMetaObject::Connection m_followFocus;
};
