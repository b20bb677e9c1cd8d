#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the command line asks for, validated.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)
public:
    std::optional<QUrl> server;
    std::optional<qint64> portfolio;
    // A server profile's name, as the user gave it; checked against the profiles by the window.
    std::optional<QString> profile;

    // Returns an error message (translated) when an option's value is invalid.
    // --help and --version only print: they need no display, so main() can
    // answer them with a QCoreApplication (Qt's documented createApplication pattern).
    static bool onlyPrints(int argc, const char *const *argv);

    // --help and --version print and exit the process, as QCommandLineParser does.
    static QString parse(const QStringList &arguments, LaunchOptions *options);
};
