#include "ImportCommand.h"

#include "Console.h"
#include "Interruption.h"
#include "LinkCreator.h"
#include "LinkPager.h"
#include "api/ApiClient.h"
#include "links/LinkImport.h"
#include "storage/Settings.h"
#include "text/PersianText.h"

ExitCode::Code ImportCommand::run()
{
    if (!hasPortfolio())
        return ExitCode::Usage;
    const QString path = m_options.arguments.first();
    const std::optional<QByteArray> bytes = readInput(path);
    if (!bytes)
        return ExitCode::Usage;
    QString readError;
    const QList<LinkImport::Row> rows = LinkImport::read(*bytes, &readError);
    if (!readError.isEmpty()) {
        m_console.error(tr("%1: %2").arg(path, readError));
        return ExitCode::Validation;
    }
    LinkListQuery everything;
    everything.order = LinkListQuery::Order::Id;
    everything.descending = false;
    everything.pageSize = 100;
    ApiError error = ApiError::cancelled();
    const std::optional<QList<Link>> existing = LinkPager(m_api, m_options.portfolio, everything).rest(&error);
    if (!existing)
        return m_console.fail(error);

    const LinkImport::Plan plan = LinkImport::plan(rows, *existing, m_options.portfolio, m_options.normaliseLetters,
                                                   Settings().nameLimit(m_api->baseUrl()));
    for (const LinkImport::Problem &problem : plan.problems)
        m_console.error(tr("row %1: %2: %3").arg(PersianText::id(problem.row), problem.field, problem.message));
    if (!plan.problems.isEmpty()) {
        m_console.error(tr("Nothing was imported: correct the rows above and run the import again."));
        return ExitCode::Validation;
    }
    for (const LinkImport::Duplicate &duplicate : plan.duplicates) {
        m_console.note(duplicate.existingId > 0
                           ? tr("row %1: skipped, the same name and URL as link %2").arg(PersianText::id(duplicate.row), PersianText::id(duplicate.existingId))
                           : tr("row %1: skipped, the same name and URL as row %2").arg(PersianText::id(duplicate.row), PersianText::id(duplicate.earlierRow)));
    }

    RecordWriter writer = linkWriter(false);
    writer.begin();
    if (m_options.dryRun) {
        for (const LinkImport::Entry &entry : plan.toCreate)
            writer.write(entry.draft.toJson());
        writer.end();
        m_console.note(tr("Dry run: %Ln link(s) would be created; nothing was sent.", nullptr, int(plan.toCreate.size())));
        return ExitCode::Ok;
    }
    LinkCreator creator(m_api, m_console);
    creator.prepare(m_options.portfolio);
    const Interruption interruption((u'\n' + tr("Ctrl+C: the link being created is finished first, then the import "
                                                "stops. Press Ctrl+C again to stop at once.") + u'\n').toUtf8());
    int created = 0;
    for (const LinkImport::Entry &entry : plan.toCreate) {
        if (Interruption::requested()) {
            writer.end();
            m_console.error(tr("Stopped by Ctrl+C at row %1 after creating %2 link(s); the import can be run again: "
                               "links already created are skipped as duplicates.")
                                .arg(PersianText::id(entry.row), PersianText::id(created)));
            return ExitCode::Interrupted;
        }
        ExitCode::Code code = ExitCode::Ok;
        const std::optional<Link> link = creator.create(entry.draft, &code);
        if (!link) {
            writer.end();
            m_console.error(tr("Stopped at row %1 after creating %2 link(s); the import can be run again: "
                               "links already created are skipped as duplicates.")
                                .arg(PersianText::id(entry.row), PersianText::id(created)));
            return code;
        }
        writer.write(link->json);
        ++created;
    }
    writer.end();
    m_console.note(tr("Created: %1 link(s); skipped as duplicates: %2.")
                       .arg(PersianText::id(created), PersianText::id(plan.duplicates.size())));
    return ExitCode::Ok;
}
