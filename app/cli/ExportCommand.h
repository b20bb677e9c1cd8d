#pragma once

#include "Command.h"

// Every link of the portfolio, oldest first, as JSON or as CSV for
// spreadsheets; a file is written whole or not at all (a device or a pipe
// as it comes).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;
};
