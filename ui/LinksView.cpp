#include "LinksView.h"
#include "ui_LinksView.h"

#include "BuddyNames.h"
#include "ClearButtonName.h"
#include "HandleOnlyScrollBar.h"
#include "ThumbnailColumnDelegate.h"

#include "links/LinkListModel.h"
#include "text/DateText.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>

#include <cmath>
#include <utility>

namespace {

constexpr int thumbnailSize = 32; // device-independent pixels, the row's height

struct Ordering
{
    const char *label;
    LinkListQuery::Order order;
    bool descending;
};

const Ordering orderings[] = {
    {QT_TRANSLATE_NOOP("LinksView", "Newest first"), LinkListQuery::Order::Created, true},
    {QT_TRANSLATE_NOOP("LinksView", "Oldest first"), LinkListQuery::Order::Created, false},
    {QT_TRANSLATE_NOOP("LinksView", "Recently updated first"), LinkListQuery::Order::Updated, true},
    {QT_TRANSLATE_NOOP("LinksView", "Least recently updated first"), LinkListQuery::Order::Updated, false},
    {QT_TRANSLATE_NOOP("LinksView", "Name, A to Z"), LinkListQuery::Order::Name, false},
    {QT_TRANSLATE_NOOP("LinksView", "Name, Z to A"), LinkListQuery::Order::Name, true},
};

int columnOf(LinkListQuery::Order order)
{
    switch (order) {
    case LinkListQuery::Order::Name: return LinkListModel::NameColumn;
    case LinkListQuery::Order::Updated: return LinkListModel::UpdatedColumn;
    case LinkListQuery::Order::Created:
    case LinkListQuery::Order::Id: break;
    }
    return -1; // no column shows it: no indicator
}

} // namespace

LinksView::LinksView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinksView>())
    , m_searchPause(new QTimer(this))
    , m_thumbnailPass(new QTimer(this))
    , m_currentAfterRemoval(new QTimer(this))
    , m_orders(new QActionGroup(this))
{
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    m_ui->linksTree->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_ui->linksTree->setVerticalScrollBar(new HandleOnlyScrollBar(Qt::Vertical, m_ui->linksTree));
    m_ui->linksTree->setItemDelegate(new ThumbnailColumnDelegate(LinkListModel::NameColumn, m_ui->linksTree));
    m_ui->linksTree->installEventFilter(this);
    m_ui->linksTree->viewport()->installEventFilter(this);
    // A table, not a tree: a QTreeView lays itself out again after every
    // page and asks for the next one, so it would read the whole portfolio
    // unscrolled; a table asks only when its last row comes into view.
    QHeaderView *rows = m_ui->linksTree->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed); // one height for all: no per-row measuring
    rows->setDefaultSectionSize(thumbnailSize + 6);
    QHeaderView *columns = m_ui->linksTree->horizontalHeader();
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setStretchLastSection(false);
    columns->setHighlightSections(false);
    m_ui->problemLabel->hide();
    // Search as typed, once typing pauses: not a request per keystroke.
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(searchPauseMs);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: at once
            applyQuery();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &LinksView::applyQuery);
    // The clear button comes with the search's focus: its icon is the
    // first the window asks the icon theme for, ~10 ms not spent before the
    // first frame, and it shows only once something is typed anyway.
    m_ui->searchEdit->installEventFilter(this);
    connect(m_searchPause, &QTimer::timeout, this, &LinksView::applyQuery);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LinksView::refresh);
    m_thumbnailPass->setSingleShot(true);
    m_thumbnailPass->setInterval(0);
    connect(m_thumbnailPass, &QTimer::timeout, this, &LinksView::loadVisibleThumbnails);
    m_currentAfterRemoval->setSingleShot(true);
    m_currentAfterRemoval->setInterval(0);
    connect(m_currentAfterRemoval, &QTimer::timeout, this, [this] { onCurrentChanged(m_ui->linksTree->currentIndex()); });
    connect(m_ui->linksTree->verticalScrollBar(), &QScrollBar::valueChanged, this, &LinksView::scheduleThumbnails);
    connect(m_ui->linksTree, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit linkActivated(index.data(LinkListModel::LinkIdRole).toLongLong());
    });
    setUpFilters();
    setUpSortMenu();
}

LinksView::~LinksView() = default;

void LinksView::setUpFilters()
{
    for (QComboBox *filter : {m_ui->imageFilter, m_ui->urlFilter, m_ui->descriptionFilter}) {
        filter->addItem(tr("Any"), QVariant::fromValue(int(LinkListQuery::Presence::Any)));
        filter->addItem(tr("Yes"), QVariant::fromValue(int(LinkListQuery::Presence::With)));
        filter->addItem(tr("No"), QVariant::fromValue(int(LinkListQuery::Presence::Without)));
        connect(filter, &QComboBox::currentIndexChanged, this, &LinksView::applyQuery);
    }
}

void LinksView::setUpSortMenu()
{
    auto *menu = new QMenu(this);
    for (const Ordering &ordering : orderings) {
        QAction *action = menu->addAction(tr(ordering.label));
        action->setCheckable(true);
        m_orders->addAction(action);
        connect(action, &QAction::triggered, this, [this, ordering] {
            LinkListQuery query = m_model->query();
            query.order = ordering.order;
            query.descending = ordering.descending;
            m_model->setQuery(query);
            showOrder();
        });
    }
    m_ui->sortButton->setMenu(menu);
    // The header orders too; the server sorts, never the view.
    connect(m_ui->linksTree->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const LinkListQuery query = m_model->query();
        const bool same = columnOf(query.order) == section;
        if (section == LinkListModel::NameColumn)
            m_model->sort(section, same && !query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        else if (section == LinkListModel::UpdatedColumn)
            m_model->sort(section, same && query.descending ? Qt::AscendingOrder : Qt::DescendingOrder);
        showOrder();
    });
}

void LinksView::setModel(LinkListModel *model)
{
    m_model = model;
    // Before the view's own handlers, which move the current row.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    m_ui->linksTree->setModel(model);
    QHeaderView *header = m_ui->linksTree->horizontalHeader();
    header->setSectionResizeMode(LinkListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LinkListModel::UrlColumn, QHeaderView::Interactive);
    // Wide enough for a date in this locale's short format (a table sizes
    // "to contents" only from the rows it has measured, before they came).
    header->setSectionResizeMode(LinkListModel::UpdatedColumn, QHeaderView::Interactive);
    const QString sampleDate = DateText::shown(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(LinkListModel::UpdatedColumn,
                          std::max(m_ui->linksTree->fontMetrics().horizontalAdvance(sampleDate),
                                   header->fontMetrics().horizontalAdvance(model->headerData(LinkListModel::UpdatedColumn,
                                                                                            Qt::Horizontal).toString()))
                              + 24);
    // The name is what people look for: it gets the room the URL does not need.
    header->resizeSection(LinkListModel::UrlColumn, 150);
    model->setThumbnailEdge(int(std::ceil(thumbnailSize * devicePixelRatioF())));
    connect(m_ui->linksTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A click on the row the focus put the cursor on chooses it (another row's
    // click makes that one current).
    connect(m_ui->linksTree, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        if (m_cursorPlacedByFocus && index.row() == m_ui->linksTree->currentIndex().row())
            chooseCursorRow();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &LinksView::scheduleThumbnails);
    connect(model, &QAbstractItemModel::modelReset, this, &LinksView::scheduleThumbnails);
    connect(model, &LinkListModel::totalCountChanged, this, &LinksView::updateCount);
    connect(model, &LinkListModel::loadingChanged, this, &LinksView::updateCount);
    // Rows waiting to be created come and go without the server's count.
    connect(model, &QAbstractItemModel::rowsInserted, this, &LinksView::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LinksView::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &LinksView::updateCount);
    connect(model, &LinkListModel::failed, this, [this](const ApiError &error) {
        m_ui->problemLabel->setText(tr("The links could not be loaded: %1 Press Refresh to try again.").arg(error.message()));
        m_ui->problemLabel->show();
    });
    connect(model, &LinkListModel::refreshed, this, [this] {
        QItemSelection selection;
        for (qint64 id : std::as_const(m_selectionBeforeRefresh)) {
            if (const int row = m_model->rowOf(id); row >= 0)
                selection.select(m_model->index(row, 0), m_model->index(row, LinkListModel::ColumnCount - 1));
        }
        m_selectingQuietly = true;
        if (const int row = m_model->rowOf(m_currentBeforeRefresh); row >= 0)
            m_ui->linksTree->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        m_ui->linksTree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_selectingQuietly = false;
        scheduleThumbnails(); // those that failed before are tried again
        m_ui->linksTree->verticalScrollBar()->setValue(m_scrollBeforeRefresh);
        if (const int row = m_model->rowOf(m_currentBeforeRefresh); std::exchange(m_revealAfterRefresh, false) && row >= 0)
            m_ui->linksTree->scrollTo(m_model->index(row, 0));
    });
    showOrder();
    updateCount();
}

void LinksView::applyQuery()
{
    m_searchPause->stop();
    LinkListQuery query = m_model->query();
    query.search = m_ui->searchEdit->text();
    query.image = LinkListQuery::Presence(m_ui->imageFilter->currentData().toInt());
    query.url = LinkListQuery::Presence(m_ui->urlFilter->currentData().toInt());
    query.description = LinkListQuery::Presence(m_ui->descriptionFilter->currentData().toInt());
    m_ui->problemLabel->hide();
    m_model->setQuery(query);
}

void LinksView::showOrder()
{
    const LinkListQuery query = m_model->query();
    const QList<QAction *> actions = m_orders->actions();
    for (qsizetype i = 0; i < actions.size(); ++i)
        actions.at(i)->setChecked(orderings[i].order == query.order && orderings[i].descending == query.descending);
    QHeaderView *header = m_ui->linksTree->horizontalHeader();
    const int column = columnOf(query.order);
    header->setSortIndicatorShown(column >= 0);
    header->setSortIndicator(column, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void LinksView::updateCount()
{
    const qint64 count = m_model->totalCount();
    if (m_model->isLoading() && count < 0)
        m_ui->countLabel->setText(tr("Loading…"));
    else if (const int waiting = m_model->waitingCreateCount(); count >= 0 && waiting > 0)
        m_ui->countLabel->setText(
            tr("%1, and %Ln waiting to be sent", nullptr, waiting).arg(tr("%Ln link(s)", nullptr, int(count))));
    else if (count >= 0)
        m_ui->countLabel->setText(tr("%Ln link(s)", nullptr, int(count)));
    else
        m_ui->countLabel->clear();
    if (m_model->isLoading())
        m_ui->problemLabel->hide();
}

void LinksView::showNotice(const QString &text)
{
    m_notice = text;
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->show();
}

void LinksView::clearNotice()
{
    // A failure shown since is left alone.
    if (m_ui->problemLabel->text() == m_notice)
        m_ui->problemLabel->hide();
    m_notice.clear();
}

void LinksView::scheduleThumbnails()
{
    m_thumbnailPass->start();
}

void LinksView::loadVisibleThumbnails()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    QTableView *tree = m_ui->linksTree;
    const QModelIndex first = tree->indexAt(QPoint(0, 0));
    const QModelIndex last = tree->indexAt(QPoint(0, tree->viewport()->height() - 1));
    m_model->loadThumbnails(first.isValid() ? first.row() : 0, last.isValid() ? last.row() : m_model->rowCount() - 1);
}

void LinksView::chooseCursorRow()
{
    m_cursorPlacedByFocus = false;
    emit currentLinkChanged(currentLinkId());
}

void LinksView::onCurrentChanged(const QModelIndex &current)
{
    m_cursorPlacedByFocus = false;
    if (m_removingRows) {
        m_currentAfterRemoval->start();
        return;
    }
    m_currentAfterRemoval->stop();
    if (!m_selectingQuietly && current.isValid())
        emit currentLinkChanged(current.data(LinkListModel::LinkIdRole).toLongLong());
}

qint64 LinksView::currentLinkId() const
{
    const QModelIndex current = m_ui->linksTree->currentIndex();
    return current.isValid() ? current.data(LinkListModel::LinkIdRole).toLongLong() : 0;
}

QList<Link> LinksView::selectedLinks() const
{
    QList<Link> links;
    for (const QModelIndex &index : m_ui->linksTree->selectionModel()->selectedRows()) {
        if (const std::optional<Link> link = m_model->link(index.row()))
            links.append(*link);
    }
    return links;
}

void LinksView::selectLink(qint64 linkId)
{
    const int row = m_model->rowOf(linkId);
    if (row < 0)
        return;
    m_selectingQuietly = true;
    m_ui->linksTree->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selectingQuietly = false;
    m_ui->linksTree->scrollTo(m_model->index(row, 0));
}

void LinksView::clearSelection()
{
    m_selectingQuietly = true;
    m_ui->linksTree->selectionModel()->clear();
    m_selectingQuietly = false;
}

void LinksView::refresh()
{
    m_selectionBeforeRefresh.clear();
    for (const Link &link : selectedLinks())
        m_selectionBeforeRefresh.append(link.id);
    reload(currentLinkId(), false);
}

void LinksView::refreshShowing(qint64 linkId)
{
    m_selectionBeforeRefresh = {linkId};
    reload(linkId, true);
}

void LinksView::reload(qint64 current, bool reveal)
{
    m_currentBeforeRefresh = current;
    m_revealAfterRefresh = reveal;
    m_scrollBeforeRefresh = m_ui->linksTree->verticalScrollBar()->value();
    m_ui->problemLabel->hide();
    m_model->refresh();
}

void LinksView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void LinksView::focusList()
{
    m_ui->linksTree->setFocus(Qt::OtherFocusReason);
    placeCursorOnFocus(); // also when it had the focus already
}

// Qt's view puts its cursor on the first row when it gains the focus
// without one (but by a click), and that came as a choice of the row: the
// editor opened it, asking about its unsaved work each time the focus came
// back (from a dialog, from the answer Cancel to that very question). The
// window decides what a cursor placed by the focus opens.
void LinksView::placeCursorOnFocus()
{
    if (m_ui->linksTree->currentIndex().isValid() || !m_model || m_model->rowCount() == 0)
        return;
    m_selectingQuietly = true;
    m_ui->linksTree->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    m_selectingQuietly = false;
    m_cursorPlacedByFocus = true;
    emit cursorPlacedByFocus(currentLinkId());
}

void LinksView::addRowAction(QAction *action)
{
    m_ui->linksTree->addAction(action);
}

bool LinksView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->linksTree->viewport() && event->type() == QEvent::Resize)
        scheduleThumbnails();
    if (watched == m_ui->searchEdit && event->type() == QEvent::FocusIn && !m_ui->searchEdit->isClearButtonEnabled()) {
        m_ui->searchEdit->setClearButtonEnabled(true);
        ClearButtonName::apply(m_ui->searchEdit);
    }
    if (watched == m_ui->linksTree && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason)
        placeCursorOnFocus();
    if (watched == m_ui->linksTree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentLinkId() > 0) {
            emit linkActivated(currentLinkId());
            return true;
        }
        if (key->key() == Qt::Key_Space && m_cursorPlacedByFocus)
            chooseCursorRow(); // and Qt's view selects it
        // Rows are what is chosen here, not cells: Home and End go to the
        // first and last row (a table's own would go along the row).
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) && !(key->modifiers() & Qt::ControlModifier)) {
            QKeyEvent toRow(QEvent::KeyPress, key->key(), key->modifiers() | Qt::ControlModifier);
            QCoreApplication::sendEvent(m_ui->linksTree, &toRow);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
