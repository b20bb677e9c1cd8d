#pragma once

#include "Command.h"

// Deletes links: asks first on a terminal unless --yes; anywhere else
// --yes is required, and without it nothing is sent.
class DeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;

private:
    // After a delete whose answer was lost: asks whether the link is gone.
    bool isGone(qint64 id) const;
};
