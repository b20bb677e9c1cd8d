#pragma once

#include "CliOutbox.h"
#include "ExitCode.h"
#include "api/LinkDraft.h"
#include "links/LinkCreation.h"
#include "model/Link.h"

#include <QCoreApplication>

#include <optional>

class ApiClient;
class Console;

// Creates links one POST each through the core's LinkCreation: a create
// whose answer is lost is checked with the server, never sent again; what
// cannot be told is said and the run stops, and kept in the outbox, so that
// the next create of that link (in another run, or from the app) asks the
// server about it first.
class LinkCreator
{
    Q_DECLARE_TR_FUNCTIONS(LinkCreator)
public:
    LinkCreator(ApiClient *api, const Console &console);

    // Learns the portfolio's newest id first, so that a check can tell a
    // link made now from an older identical one.
    void prepare(qint64 portfolioId);
    // The image of an earlier create of these fields whose outcome is
    // unknown: a run again with --image-file uses it rather than uploading
    // the file again (a new image would make it another link to send).
    std::optional<qint64> earlierImage(const LinkDraft &draft);
    // The link the server holds, or nullopt with *code set after saying why.
    std::optional<Link> create(const LinkDraft &draft, ExitCode::Code *code);

private:
    LinkCreation m_creation;
    CliOutbox m_outbox;
    const Console &m_console;
};
