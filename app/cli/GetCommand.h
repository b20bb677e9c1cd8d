#pragma once

#include "Command.h"

// One link, as the server holds it.
class GetCommand : public Command
{
public:
    using Command::Command;
    ExitCode::Code run() override;
};
