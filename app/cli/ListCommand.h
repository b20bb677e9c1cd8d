#pragma once

#include "Command.h"

// One page of links, N of them, or every page as it arrives.
class ListCommand : public Command
{
public:
    using Command::Command;
    ExitCode::Code run() override;
};
