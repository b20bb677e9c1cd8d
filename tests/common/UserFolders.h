#pragma once

#include <QStandardPaths>

// ctest gives every test its own XDG folders (settings, drafts, cache); a
// test run by hand stays out of the user's real ones instead.
inline void keepOutOfUserFolders()
{
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        QStandardPaths::setTestModeEnabled(true);
}
