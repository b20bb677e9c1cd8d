#pragma once

#include <QEventLoop>
#include <QTimer>

// Runs the event loop (a real one: QTest::qWait sleeps between passes,
// which would delay what is being timed) until finish() or the timeout.
class Waiter
{
public:
    void finish()
    {
        m_done = true;
        m_loop.quit();
    }
    bool wait(int timeoutMs)
    {
        if (m_done)
            return true;
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        watchdog.start(timeoutMs);
        m_loop.exec();
        return m_done;
    }

    // The event loop for `ms`, doing whatever arrives meanwhile.
    static void pause(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};
