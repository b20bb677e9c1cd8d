#pragma once

#include <QRect>
#include <QScrollBar>

// A scroll bar that, when only its value changes, repaints where its handle
// was last painted and where it is now, not the whole bar. Scrolling a long
// list moves the handle by a pixel or two, and the style's groove (a
// gradient and edge lines as tall as the bar) is what costs: Qt's raster
// engine splits so tall a fill across its worker threads and waits for
// them, and on a busy machine that wait was most of a scroll step's stall.
// At either end of the range, for a transient bar, and on any other change
// the whole bar is repainted as before (a style may show an arrow disabled
// at an end).
class HandleOnlyScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    explicit HandleOnlyScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int edgeMargin = 3;

    // Where the handle is drawn, with what the style draws around it.
    QRect handleRect() const;
    bool atAnEnd() const { return value() == minimum() || value() == maximum(); }

    QRect m_paintedHandle;
    bool m_paintedAtAnEnd = true;
};
