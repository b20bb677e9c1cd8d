#pragma once

#include <QObject>
#include <QString>

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
