#pragma once

#include <QEvent>
#include <QObject>

#include <functional>

// Counts the events of one type an object receives from now on, and calls
// back on each (before it is handled) when given a callback.
class EventCounter : public QObject
{
public:
    EventCounter(QObject *watched, QEvent::Type type, std::function<void(QEvent *)> onEvent = {})
        : QObject(watched)
        , m_type(type)
        , m_onEvent(std::move(onEvent))
    {
        watched->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != m_type)
            return false;
        ++m_count;
        if (m_onEvent)
            m_onEvent(event);
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void(QEvent *)> m_onEvent;
    int m_count = 0;
};
