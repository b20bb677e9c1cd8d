#pragma once

#include "JsonRequest.h"

#include <QString>

// A request as a curl command line to paste into a shell (bash, zsh, sh):
// for an administrator or a bug report. The token is never in it: the
// Authorization header names an environment variable (the app's
// PORTFOLIO_LINKS_TOKEN), in double quotes so that the shell substitutes
// it; everything else is single-quoted,
// so that no character of a name or URL (', $, `, Persian text) means
// anything to the shell.
namespace CurlCommand {

// `tokenVariable`: the name of the variable that holds the token.
QString of(const JsonRequest &request, const QString &tokenVariable);
// `text` as one shell word that the shell takes literally.
QString shellQuoted(const QString &text);

} // namespace CurlCommand
