#pragma once

#include <QProgressBar>

class QTimer;

// An indeterminate bar for the status bar that shows only once a wait has
// lasted a moment, as QProgressDialog's minimum duration does: most saves
// are answered sooner, and a bar and busy cursor that come and go within a
// few milliseconds only flicker (and cost the window a layout and a paint
// each way). `presented` tells the window when to show its busy cursor.
class DelayedBusyIndicator : public QProgressBar
{
    Q_OBJECT
public:
    explicit DelayedBusyIndicator(QWidget *parent = nullptr);

    void setWaiting(bool waiting);
    bool isWaiting() const { return m_waiting; }

    // How long a wait lasts before the bar shows; 0 shows it on the event
    // loop's next turn.
    void setMinimumDuration(int ms);
    int minimumDuration() const;

signals:
    void presented(bool shown);

private:
    void present(bool shown);

    QTimer *m_delay;
    bool m_waiting = false;
};
