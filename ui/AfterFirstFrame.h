#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs work once a window's first frame is painted, so that what the first
// frame does not show (the window icon, say) does not delay it.
class AfterFirstFrame : public QObject
{
public:
    static void run(QWidget *window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstFrame(QWidget *window, std::function<void()> work);

    std::function<void()> m_work;
};
