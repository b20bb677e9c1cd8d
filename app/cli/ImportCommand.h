#pragma once

#include "Command.h"

// Creates the links of a CSV or JSON file by LinkImport's rules: every row
// checked first, duplicates of the portfolio's links skipped and reported.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;
};
