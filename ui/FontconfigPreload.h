#pragma once

#include <thread>

// fontconfig reads its configuration, dozens of XML files under /etc/fonts,
// the first time anything asks it for a font: about a quarter of the work
// before the first frame, all of it on the GUI thread. Made at the top of
// main(), this reads it on another thread while Qt connects to the display
// and the settings and translations are read; wait() before Qt first asks
// for a font, and Qt finds the configuration loaded instead of loading its
// own. Where Qt uses no fontconfig (Windows, macOS) it does nothing.
class FontconfigPreload
{
public:
    FontconfigPreload();
    ~FontconfigPreload();
    FontconfigPreload(const FontconfigPreload &) = delete;
    FontconfigPreload &operator=(const FontconfigPreload &) = delete;

    void wait();

private:
    std::thread m_thread;
};
