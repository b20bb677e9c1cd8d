#pragma once

#include <QCoreApplication>
#include <QStringList>

class Console;

// portfolio-links-cli from its arguments to its exit status: options read,
// --help and --version answered, the connection opened, the command run.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)
public:
    static int run(const QStringList &arguments);

private:
    static int run(const QStringList &arguments, Console &console);
};
