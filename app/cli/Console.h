#pragma once

#include "ExitCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ApiError;

// Standard output for data, standard error for everything said to a
// person, and the one question the command line asks (delete).
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    explicit Console(bool quiet = false);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    void out(const QByteArray &data) const;
    void out(const QString &line) const; // a line, newline added
    void error(const QString &line) const;
    // A note such as progress; left out with --quiet.
    void note(const QString &line) const;
    // The errno of standard output's first lost write (a full disk, a closed
    // descriptor, a reader gone), or 0: a script must not take a cut export
    // for a whole one.
    int outputError() const { return m_outputError; }
    // The error in sentences, field errors as "field: message"; returns its exit status.
    ExitCode::Code fail(const ApiError &error, const QString &context = {}) const;

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    // A record's text as a terminal may be given it: control and direction
    // characters (not line breaks, tabs) replaced with U+FFFD.
    static QString dataForTerminal(const QString &text);
    // JSON as a terminal may be given it: the same document, with those
    // characters beyond ASCII written as JSON escapes (U+202E as backslash, u202e).
    static QByteArray jsonForTerminal(const QByteArray &json);
    // Asks on the terminal; true only for an explicit yes.
    bool confirm(const QString &question) const;
    // One line of standard input, without its line break.
    static QString readStdinLine();
    // The same for a secret: typed on a terminal, it is asked for and not
    // shown as it is typed (nor left on the screen).
    QString readSecretLine(const QString &prompt) const;

private:
    bool m_quiet;
    mutable int m_outputError = 0;
};
