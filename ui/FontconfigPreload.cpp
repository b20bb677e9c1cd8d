#include "FontconfigPreload.h"

#ifdef PORTFOLIO_LINKS_FONTCONFIG
#include <fontconfig/fontconfig.h>

#include <system_error>
#endif

FontconfigPreload::FontconfigPreload()
{
#ifdef PORTFOLIO_LINKS_FONTCONFIG
    // fontconfig is thread-safe; should Qt get there first all the same, the
    // configuration loaded first is kept and the other freed. Without a
    // thread to spare, Qt reads it itself, as it would anyway.
    try {
        m_thread = std::thread([] { FcInit(); });
    } catch (const std::system_error &) {
    }
#endif
}

FontconfigPreload::~FontconfigPreload()
{
    wait();
}

void FontconfigPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
