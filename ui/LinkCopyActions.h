#pragma once

#include "api/JsonRequest.h"
#include "model/Link.h"

#include <QObject>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QAction;

// Copy ID, Copy URL and Copy as cURL for one link (the editor's, or the
// list's current one), as actions for buttons and context menus. The link
// is asked for when an action is triggered, so a stale enabled state never
// copies a stale value. The URL is
// copied in its readable form (Unicode host and path); the curl command
// repeats the last create or update, with the token left to the
// PORTFOLIO_LINKS_TOKEN variable: the token itself never reaches the clipboard.
class LinkCopyActions : public QObject
{
    Q_OBJECT
public:
    explicit LinkCopyActions(QObject *parent = nullptr);

    // Asked for the link when an action is triggered, and by update().
    void setLinkSource(std::function<std::optional<Link>()> link);
    // Enables what the current link allows (no URL: no Copy URL).
    void update();
    // update() whenever the rows of `rows` change what they hold, not when
    // only how they show does (a thumbnail, a tooltip): pictures arrive for
    // hundreds of rows at a time, a signal per run of rows, and each update()
    // asks the link source, which looks through every row.
    void followChanges(const QAbstractItemModel *rows);
    // Asked for the request to copy as cURL when Copy as cURL is triggered.
    void setLastWriteSource(std::function<JsonRequest()> lastWrite);

    QAction *copyId() const { return m_copyId; }
    QAction *copyUrl() const { return m_copyUrl; }
    QAction *copyCurl() const { return m_copyCurl; }
    QList<QAction *> actions() const { return {m_copyId, m_copyUrl, m_copyCurl}; }

signals:
    // What was copied, to say in the status bar.
    void copied(const QString &message);

private:
    void copy(const QString &text, const QString &message);

    QAction *m_copyId;
    QAction *m_copyUrl;
    QAction *m_copyCurl;
    std::function<std::optional<Link>()> m_link;
    std::function<JsonRequest()> m_lastWrite;
};
