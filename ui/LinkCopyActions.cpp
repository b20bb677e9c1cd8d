#include "LinkCopyActions.h"

#include "api/CurlCommand.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"
#include "text/UrlText.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

LinkCopyActions::LinkCopyActions(QObject *parent)
    : QObject(parent)
    , m_copyId(new QAction(tr("Copy &ID"), this))
    , m_copyUrl(new QAction(tr("Copy &URL"), this))
    , m_copyCurl(new QAction(tr("Copy as &cURL"), this))
{
    m_copyId->setObjectName(QStringLiteral("copyIdAction"));
    m_copyUrl->setObjectName(QStringLiteral("copyUrlAction"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    // No direction marks: a tooltip is also what a screen reader reads.
    m_copyCurl->setToolTip(tr("The last create or save as a curl command; the token is left to the %1 variable")
                               .arg(QLatin1String(TokenStore::environmentVariable)));
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (const std::optional<Link> link = m_link ? m_link() : std::nullopt)
            copy(QString::number(link->id), tr("Link number %1 copied.").arg(PersianText::id(link->id)));
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        const std::optional<Link> link = m_link ? m_link() : std::nullopt;
        if (link && link->url && !link->url->isEmpty())
            copy(UrlText::readable(*link->url), tr("The link's URL was copied."));
    });
    connect(m_copyCurl, &QAction::triggered, this, [this] {
        const JsonRequest request = m_lastWrite ? m_lastWrite() : JsonRequest();
        if (request.isNull())
            emit copied(tr("Nothing was sent yet: there is no request to copy."));
        else
            copy(CurlCommand::of(request, QLatin1String(TokenStore::environmentVariable)),
                 tr("The last request was copied as a curl command (without the token)."));
    });
    update();
}

void LinkCopyActions::setLinkSource(std::function<std::optional<Link>()> link)
{
    m_link = std::move(link);
    update();
}

void LinkCopyActions::update()
{
    const std::optional<Link> link = m_link ? m_link() : std::nullopt;
    m_copyId->setEnabled(link.has_value());
    m_copyUrl->setEnabled(link && link->url && !link->url->isEmpty());
}

void LinkCopyActions::followChanges(const QAbstractItemModel *rows)
{
    connect(rows, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole))
                    update();
            });
}

void LinkCopyActions::setLastWriteSource(std::function<JsonRequest()> lastWrite)
{
    m_lastWrite = std::move(lastWrite);
}

void LinkCopyActions::copy(const QString &text, const QString &message)
{
    QGuiApplication::clipboard()->setText(text);
    emit copied(message);
}
