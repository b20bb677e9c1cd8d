#pragma once

#include <QProxyStyle>

// Qt 6.4's common style lays out a right-to-left push button with an icon
// by aligning its text "right", next to the icon, and then mirrors that
// alignment once more when it draws the text: the text lands against the
// button's left edge with no padding (the Persian OK and Cancel buttons).
// While such a label is drawn, this proxy keeps the alignment as meant.
class ButtonLabelStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

private:
    mutable bool m_inMirroredLabel = false;
};
