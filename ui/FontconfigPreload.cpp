#include "FontconfigPreload.h"

#ifdef PORTFOLIO_LINKS_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

FontconfigPreload::FontconfigPreload()
{
#ifdef PORTFOLIO_LINKS_FONTCONFIG
    // fontconfig is thread-safe; should Qt get there first all the same, the
    // configuration loaded first is kept and the other freed.
    m_thread = std::thread([] { FcInit(); });
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
