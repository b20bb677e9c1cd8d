#include "DelayedBusyIndicator.h"

#include <QTimer>

namespace {
// Under the moment a person notices a pause; a LAN's save is answered well
// within it, a slow server's or a VPN's is not.
constexpr int defaultMinimumDurationMs = 300;
} // namespace

DelayedBusyIndicator::DelayedBusyIndicator(QWidget *parent)
    : QProgressBar(parent)
    , m_delay(new QTimer(this))
{
    setRange(0, 0); // indeterminate
    hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(defaultMinimumDurationMs);
    connect(m_delay, &QTimer::timeout, this, [this] { present(true); });
}

void DelayedBusyIndicator::setWaiting(bool waiting)
{
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    if (waiting) {
        m_delay->start();
        return;
    }
    m_delay->stop();
    if (!isHidden())
        present(false);
}

void DelayedBusyIndicator::setMinimumDuration(int ms)
{
    m_delay->setInterval(ms);
}

int DelayedBusyIndicator::minimumDuration() const
{
    return m_delay->interval();
}

void DelayedBusyIndicator::present(bool shown)
{
    setVisible(shown);
    emit presented(shown);
}
