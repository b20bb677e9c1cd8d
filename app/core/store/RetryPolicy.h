#pragma once

#include <chrono>
#include <functional>

// How long a change waits before its next attempt: exponential backoff
// (the first wait `initial`, doubling, never above `maximum`) with jitter,
// so that many clients coming back after an outage do not all retry in the
// same second. Each wait is drawn from [half, whole] of the backoff.
// The random source is injectable: tests pin it, and pass short waits.
class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    RetryPolicy(std::chrono::milliseconds initial = std::chrono::seconds(1),
                std::chrono::milliseconds maximum = std::chrono::minutes(5), Random random = {});

    // The wait after the attempts-th failed attempt (1 for the first failure).
    std::chrono::milliseconds delayAfter(int attempts) const;
    std::chrono::milliseconds initial() const { return m_initial; }
    std::chrono::milliseconds maximum() const { return m_maximum; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
    Random m_random;
};
