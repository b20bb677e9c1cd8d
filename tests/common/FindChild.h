#pragma once

#include <QObject>
#include <QString>
#include <QTest>

#include <cstdlib>
#include <cstdio>

// The named child of a window under test. A missing one is a broken test,
// not a failing one: stop at once with its name instead of crashing later.
template<typename T>
T *findChildOrDie(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child) {
        std::fprintf(stderr, "no child named %s\n", name);
        std::abort();
    }
    return child;
}

// The first child of type T once there is one (a dialog built on the event
// loop's next turn, say), the event loop turning meanwhile; nullptr after `timeoutMs`.
template<typename T>
T *waitForChild(const QObject *parent, int timeoutMs = 10000)
{
    T *child = nullptr;
    return QTest::qWaitFor([&] { return (child = parent->findChild<T *>()) != nullptr; }, timeoutMs) ? child : nullptr;
}
