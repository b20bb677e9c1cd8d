#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

RetryPolicy::RetryPolicy(std::chrono::milliseconds initial, std::chrono::milliseconds maximum, Random random)
    : m_initial(std::max(initial, std::chrono::milliseconds(1)))
    , m_maximum(std::max(maximum, m_initial))
    , m_random(random ? std::move(random) : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

std::chrono::milliseconds RetryPolicy::delayAfter(int attempts) const
{
    // Doubling stops at the maximum long before the count could overflow.
    std::chrono::milliseconds backoff = m_initial;
    for (int i = 1; i < attempts && backoff < m_maximum; ++i)
        backoff *= 2;
    backoff = std::min(backoff, m_maximum);
    const double fraction = 0.5 + 0.5 * std::clamp(m_random(), 0.0, 1.0);
    return std::max(std::chrono::milliseconds(1),
                    std::chrono::milliseconds(qint64(double(backoff.count()) * fraction)));
}
