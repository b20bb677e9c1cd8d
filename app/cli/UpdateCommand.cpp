#include "UpdateCommand.h"

#include "CallWaiter.h"
#include "Console.h"
#include "api/ApiClient.h"
#include "api/LinkPatch.h"
#include "links/LinkInput.h"
#include "storage/Settings.h"

ExitCode::Code UpdateCommand::run()
{
    const std::optional<qint64> id = idArgument(m_options.arguments.first());
    if (!id || !hasPortfolio())
        return ExitCode::Usage;
    std::optional<QString> description = m_options.description;
    if (m_options.descriptionFile) {
        description = readTextFile(*m_options.descriptionFile);
        if (!description)
            return ExitCode::Usage;
    }
    LinkCall *fetch = m_api->fetchLink(m_options.portfolio, *id);
    std::optional<Link> loaded;
    fetch->onSucceeded(fetch, [&loaded](const Link &link) { loaded = link; });
    ApiError error = ApiError::cancelled();
    if (!CallWaiter::wait(fetch, &error))
        return m_console.fail(error);

    // Both sides read by the same rules, so a field left alone is never sent.
    const FormDraft before = LinkInput::formOf(*loaded, m_options.portfolio);
    FormDraft after = before;
    after.name = m_options.name.value_or(before.name);
    after.url = m_options.noUrl ? QString() : m_options.url.value_or(before.url);
    after.description = description.value_or(before.description);
    if (m_options.image)
        after.image = QString::number(*m_options.image);
    else if (m_options.noImage)
        after.image.clear();
    const LinkInput::Result edited = LinkInput::read(after, m_options.normaliseLetters, Settings().nameLimit(m_api->baseUrl()));
    for (auto it = edited.errors.cbegin(); it != edited.errors.cend(); ++it)
        m_console.error(tr("%1: %2").arg(it.key(), it.value()));
    if (!edited.draft)
        return ExitCode::Validation;
    const LinkInput::Result read = LinkInput::read(before, m_options.normaliseLetters);
    const LinkDraft original = read.draft ? *read.draft : LinkDraft::fromLink(*loaded, m_options.portfolio);
    const LinkPatch patch = LinkPatch::between(original, *edited.draft, *id);

    QJsonObject result = loaded->json;
    if (patch.isEmpty()) {
        m_console.note(tr("Nothing to change: the link already holds these values."));
    } else {
        LinkCall *call = m_api->updateLink(patch);
        call->onSucceeded(call, [&result](const Link &link) { result = link.json; });
        if (!CallWaiter::wait(call, &error))
            return m_console.fail(error);
    }
    printLink(result);
    return ExitCode::Ok;
}
