#include "ListCommand.h"

#include "Console.h"
#include "LinkPager.h"
#include "storage/Settings.h"

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
    writer.begin();
    while (pager.hasMore() && wanted != 0) {
        ApiError error = ApiError::cancelled();
        const std::optional<QList<Link>> page = pager.next(&error);
        if (!page) {
            writer.end();
            return m_console.fail(error);
        }
        for (const Link &link : *page) {
            if (wanted == 0)
                break;
            writer.write(link.json);
            if (wanted > 0)
                --wanted;
        }
    }
    writer.end();
    return ExitCode::Ok;
}
