#pragma once

#include "Command.h"
#include "storage/FormDraft.h"

// Creates one link from the options, or one per object of --json; every
// link is checked by the form's rules before the first is sent.
class CreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)
public:
    using Command::Command;
    ExitCode::Code run() override;

private:
    // What to create, as form text; nullopt after saying why not.
    std::optional<QList<FormDraft>> forms(bool *single) const;
    // --image-file uploaded; its id, or nullopt after saying why not.
    std::optional<qint64> uploadImage(ExitCode::Code *code) const;
};
