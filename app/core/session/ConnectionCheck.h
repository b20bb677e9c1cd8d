#pragma once

#include "api/ApiError.h"
#include "api/LinkListQuery.h"

// The connection test of the settings dialog and of the command line's
// `check`: one row of a portfolio's list, asked for with the server and the
// token, and what a failure of it means in a sentence.
namespace ConnectionCheck {

// The portfolio asked for when none is known yet.
qint64 portfolioOr(qint64 portfolioId);
LinkListQuery query();
// Translated in the dialog's context, where these sentences were first written.
QString outcome(const ApiError &error, qint64 portfolioId);

} // namespace ConnectionCheck
