#pragma once

#include <QByteArray>

// Ctrl+C (and SIGTERM) while links are being created: the request under way
// is finished, since the server may already have acted on it (its link is
// then reported, not lost), and the run stops before the next one and says
// what was done. A second Ctrl+C ends the program at once, as usual. Only
// one exists at a time, for the run of a command that writes.
class Interruption
{
public:
    // `notice`: said on standard error at the first Ctrl+C.
    explicit Interruption(const QByteArray &notice);
    ~Interruption();
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;

    static bool requested();
};
