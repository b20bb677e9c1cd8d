#pragma once

#include "api/LinkListQuery.h"
#include "model/Link.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LinksView;
}
class LinkListModel;
class QActionGroup;
class QTimer;

// The links list of the workspace: search (server-side, after a pause in
// typing), the three presence filters, ordering from the column headers or
// the Sort menu, the server's count, and a view that pages as it scrolls and
// fetches thumbnails only for the rows on screen.
class LinksView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int searchPauseMs = 300;

    explicit LinksView(QWidget *parent = nullptr);
    ~LinksView() override;

    void setModel(LinkListModel *model);
    LinkListModel *model() const { return m_model; }

    // The current link (the one the editor shows), and all selected ones.
    qint64 currentLinkId() const;
    QList<Link> selectedLinks() const;
    // Makes this link the current row, without reporting it back.
    void selectLink(qint64 linkId);
    void clearSelection();
    // Reloads, keeping the selection and scroll position where the links still exist.
    void refresh();
    // Reloads, this link (just created) then selected, current and scrolled
    // to if the server lists it among the rows read.
    void refreshShowing(qint64 linkId);
    void focusSearch();
    // Focus on the list, its cursor on the first row if it had none.
    void focusList();
    // Actions shown in the rows' context menu.
    void addRowAction(QAction *action);
    // A sentence where the list's problems go, for a wait the list cannot
    // explain itself (no token yet); it goes once the list loads, or with
    // clearNotice().
    void showNotice(const QString &text);
    void clearNotice();

signals:
    // The user made another row current (click, keys).
    void currentLinkChanged(qint64 linkId);
    // The focus alone put the cursor on this row, the list having none: not
    // a choice of it. Choosing it comes as currentLinkChanged (a click on
    // it, Space; Enter comes as linkActivated).
    void cursorPlacedByFocus(qint64 linkId);
    // Enter or a double click on a row.
    void linkActivated(qint64 linkId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFilters();
    void setUpSortMenu();
    void applyQuery();
    void showOrder();
    void scheduleThumbnails();
    void loadVisibleThumbnails();
    void updateCount();
    void onCurrentChanged(const QModelIndex &current);
    void reload(qint64 current, bool reveal);
    void placeCursorOnFocus();
    void chooseCursorRow();

    std::unique_ptr<Ui::LinksView> m_ui;
    LinkListModel *m_model = nullptr;
    QTimer *m_searchPause;
    QTimer *m_thumbnailPass;
    // A row removed under the current one makes another current: that one is
    // announced on the next turn, once the removal is painted, so that the
    // editor filling in does not hold the list's repaint back.
    QTimer *m_currentAfterRemoval;
    bool m_removingRows = false;
    QActionGroup *m_orders;
    bool m_selectingQuietly = false;
    bool m_cursorPlacedByFocus = false; // and not chosen since
    QString m_notice;
    // Kept across a refresh.
    QList<qint64> m_selectionBeforeRefresh;
    qint64 m_currentBeforeRefresh = 0;
    int m_scrollBeforeRefresh = 0;
    bool m_revealAfterRefresh = false;
};
