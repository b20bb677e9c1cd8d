#pragma once

#include "Command.h"

// Changes only the fields given: the link is read, the options applied to
// it through the form's rules, and what differs is sent in one PATCH.
class UpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;
};
