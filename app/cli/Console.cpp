#include "Console.h"

#include "api/ApiError.h"
#include "storage/TokenStore.h"
#include "text/HiddenCharacters.h"

#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define isatty _isatty
#else
#include <termios.h>
#include <unistd.h>
#endif

Console::Console(bool quiet)
    : m_quiet(quiet)
{
}

namespace {

// A terminal acts on control characters (ESC starts sequences that clear
// the screen or retitle the window; many act on the 8-bit C1 controls too): none reaches it from a message, whatever
// server or file text the message quotes.
QString forTerminal(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = QChar::ReplacementCharacter;
    }
    return safe;
}

} // namespace

// Server and file text in records also loses the direction controls that
// would reorder a cell or the cells after it (U+202E and its kin).
QString Console::dataForTerminal(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        safe += HiddenCharacters::isSuspicious(c) ? QString(QChar::ReplacementCharacter) : QString::fromUcs4(&c, 1);
    return safe;
}

QByteArray Console::jsonForTerminal(const QByteArray &json)
{
    // Outside its strings JSON is ASCII, and QJsonDocument already writes the
    // C0 controls as escapes: the others are escaped alike, the same document.
    QString escaped;
    for (const char32_t c : QString::fromUtf8(json).toUcs4()) {
        if (c > 0x7F && HiddenCharacters::isSuspicious(c))
            escaped += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            escaped += QString::fromUcs4(&c, 1);
    }
    return escaped.toUtf8();
}

void Console::out(const QByteArray &data) const
{
    const bool written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size());
    if ((std::fflush(stdout) != 0 || !written) && m_outputError == 0)
        m_outputError = errno;
}

void Console::out(const QString &line) const
{
    out(line.toUtf8() + '\n');
}

void Console::error(const QString &line) const
{
    const QByteArray bytes = forTerminal(line).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Console::note(const QString &line) const
{
    if (!m_quiet)
        error(line);
}

ExitCode::Code Console::fail(const ApiError &apiError, const QString &context) const
{
    // A line each: a server's text with line breaks in it would print lines
    // that read as the program's own.
    const auto sayLine = [this](QString line) { error(line.replace(u'\r', u' ').replace(u'\n', u' ')); };
    // The app's words point at its Connection settings, which a script has not.
    const QString message = apiError.kind() == ApiError::Kind::Unauthorized
        ? tr("The server did not accept the API token (from $%1, from --token-stdin, or the app's keychain entry for "
             "this server).")
              .arg(QLatin1String(TokenStore::environmentVariable))
        : apiError.message();
    sayLine(context.isEmpty() ? message : tr("%1: %2").arg(context, message));
    const QMap<QString, QStringList> fields = apiError.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        for (const QString &message : it.value())
            sayLine(tr("%1: %2").arg(it.key(), message));
    }
    for (const QString &message : apiError.nonFieldErrors())
        sayLine(message);
    return ExitCode::of(apiError);
}

bool Console::stdinIsTerminal()
{
    return isatty(0);
}

bool Console::stdoutIsTerminal()
{
    return isatty(1);
}

bool Console::confirm(const QString &question) const
{
    const QByteArray prompt = forTerminal(question + u' ' + tr("[y/N]") + u' ').toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    const QString answer = readStdinLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes" || answer == tr("y") || answer == tr("yes");
}

QString Console::readSecretLine(const QString &prompt) const
{
    if (!stdinIsTerminal())
        return readStdinLine();
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    const auto restore = qScopeGuard([input, mode] { SetConsoleMode(input, mode); });
#else
    termios shown{};
    tcgetattr(0, &shown);
    termios hidden = shown;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(0, TCSANOW, &hidden);
    const auto restore = qScopeGuard([shown] { tcsetattr(0, TCSANOW, &shown); });
#endif
    const QByteArray asked = forTerminal(prompt).toUtf8();
    std::fwrite(asked.constData(), 1, size_t(asked.size()), stderr);
    std::fflush(stderr);
    const QString line = readStdinLine();
    std::fputc('\n', stderr); // the Enter that was not shown
    return line;
}

QString Console::readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
