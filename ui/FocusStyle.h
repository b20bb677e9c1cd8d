#pragma once

#include <QIcon>
#include <QProxyStyle>

#include <map>
#include <tuple>

// The platform's style, with keyboard focus that can be seen. Fusion (the
// style under X without a desktop theme) draws the default button and a
// focused button with the same highlighted outline, and shows a faint focus
// only after Tab: the focused Create link looked like any default button.
// Here a focused button or tool button gets a ring in the highlight colour,
// however it got the focus; everything else is the base style's own.
//
// Its standard icons are made once per direction and icon theme: Qt 6.4's
// style makes each anew, decoding its images every time (the OK and Cancel
// of every dialog opened: ~4 M instructions a dialog).
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Makes it the application's style, over ButtonLabelStyle over
    // CachedFusionStyle (once; main() and the GUI tests).
    static void install();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    // The overflow arrows of the menu bar and tool bars are made on first use (DeferredIconEngine).
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    QIcon makeStandardIcon(StandardPixmap standardIcon, Qt::LayoutDirection direction) const;

    mutable std::map<std::tuple<StandardPixmap, Qt::LayoutDirection, QString>, QIcon> m_standardIcons;
};
