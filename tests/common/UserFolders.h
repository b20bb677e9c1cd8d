#pragma once

#include <QDir>
#include <QStandardPaths>

// ctest gives every test its own XDG folders (settings, drafts, cache) and
// they start empty: settings a crashed run left behind must not change the
// next one. A test run by hand stays out of the user's real ones instead.
inline void keepOutOfUserFolders()
{
    const QString testHome = qEnvironmentVariable("PORTFOLIO_LINKS_TEST_HOME");
    if (!testHome.isEmpty())
        QDir(testHome).removeRecursively();
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        QStandardPaths::setTestModeEnabled(true);
}
