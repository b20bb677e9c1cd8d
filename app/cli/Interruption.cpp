#include "Interruption.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace {

std::atomic<bool> interrupted{false};
// Written by the signal handler, which may call nothing but write().
char notice[512];
size_t noticeSize = 0;

void sayNotice()
{
#ifdef Q_OS_WIN
    [[maybe_unused]] const int written = _write(2, notice, unsigned(noticeSize));
#else
    [[maybe_unused]] const ssize_t written = ::write(2, notice, noticeSize);
#endif
}

#ifdef Q_OS_WIN
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE;
    if (interrupted.exchange(true))
        return FALSE; // the second: the default handler ends the program
    sayNotice();
    return TRUE;
}
#else
struct sigaction previousInt;
struct sigaction previousTerm;

void onSignal(int signal)
{
    if (interrupted.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    sayNotice();
}
#endif

} // namespace

Interruption::Interruption(const QByteArray &text)
{
    noticeSize = std::min(size_t(text.size()), sizeof notice);
    std::memcpy(notice, text.constData(), noticeSize);
    interrupted = false;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // the network's poll goes on after the notice
    sigaction(SIGINT, &action, &previousInt);
    sigaction(SIGTERM, &action, &previousTerm);
#endif
}

Interruption::~Interruption()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    sigaction(SIGINT, &previousInt, nullptr);
    sigaction(SIGTERM, &previousTerm, nullptr);
#endif
}

bool Interruption::requested()
{
    return interrupted;
}
