#pragma once

#include "Command.h"

// The connection test of the settings dialog: one link of the portfolio
// asked for with the server and token, then whether uploads are possible.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;
};
