#pragma once

#include "Command.h"

// Uploads image files, each checked first, and prints each image.
class UploadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UploadCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;
};
