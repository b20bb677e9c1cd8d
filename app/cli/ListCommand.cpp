#include "ListCommand.h"

#include "Console.h"
#include "LinkPager.h"
#include "storage/Settings.h"

#include <utility>

ExitCode::Code ListCommand::run()
{
    if (!hasPortfolio())
        return ExitCode::Usage;
    LinkListQuery query = m_options.query;
    query.pageSize = Settings().pageSize();
    qint64 wanted = m_options.all ? -1 : m_options.limit.value_or(query.pageSize);
    if (wanted > 0)
        query.pageSize = int(std::min<qint64>(wanted, query.pageSize));
    LinkPager pager(m_api, m_options.portfolio, query);
    RecordWriter writer = linkWriter(false);
    bool begun = false;
    while (pager.hasMore() && wanted != 0) {
        ApiError error = ApiError::cancelled();
        const std::optional<QList<Link>> page = pager.next(&error);
        if (!page) {
            // What was written stays a whole document.
            if (begun)
                writer.end();
            return m_console.fail(error);
        }
        if (!std::exchange(begun, true))
            writer.begin();
        for (const Link &link : *page) {
            if (wanted == 0)
                break;
            writer.write(link.json);
            if (wanted > 0)
                --wanted;
        }
    }
    if (!begun)
        writer.begin();
    writer.end();
    return ExitCode::Ok;
}
