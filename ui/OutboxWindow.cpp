#include "OutboxWindow.h"
#include "ui_OutboxWindow.h"

#include "OneLayoutItemDelegate.h"
#include "PlainMessageBox.h"
#include "TableRow.h"
#include "links/OutboxModel.h"
#include "links/OutboxService.h"
#include "links/OutboxWorker.h"
#include "store/Outbox.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

#include <QHeaderView>
#include <QPushButton>

OutboxWindow::OutboxWindow(OutboxService *service, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutboxWindow>())
    , m_service(service)
    , m_model(new OutboxModel(service->outbox(), this))
{
    m_ui->setupUi(this);
    m_model->setServerNames(ServerNames::fromSettings());
    m_model->setConnectedKey(service->connectedKey());
    connect(service, &OutboxService::connected, this, [this] {
        m_model->setConnectedKey(m_service->connectedKey());
        updateButtons();
    });
    m_ui->table->setModel(m_model);
    m_ui->table->setItemDelegate(new OneLayoutItemDelegate(m_ui->table)); // each cell's text laid out once
    m_ui->table->horizontalHeader()->setSectionResizeMode(OutboxModel::LinkColumn, QHeaderView::Interactive);
    m_ui->table->setColumnWidth(OutboxModel::LinkColumn, 220);
    m_ui->table->setColumnWidth(OutboxModel::NextRetryColumn, 130);
    m_ui->table->setColumnWidth(OutboxModel::ErrorColumn, 240);
    // A state and whose each change is, in full: they say why one waits
    // (for another profile, or a removed one's).
    for (const OutboxModel::Column column : {OutboxModel::StateColumn, OutboxModel::ServerColumn})
        m_ui->table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_ui->closeBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutboxWindow::updateButtons);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<OutboxItem> item = current())
            m_service->worker()->retryNow(item->id);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<OutboxItem> item = current())
            emit openRequested(*item);
    });
    connect(m_ui->discardButton, &QPushButton::clicked, this, &OutboxWindow::discard);
    // Something is always chosen, so that the buttons act at once from the keyboard.
    const auto chooseFirst = [this] {
        if (!m_ui->table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
            TableRow::choose(m_ui->table, 0);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, chooseFirst);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, chooseFirst);
    chooseFirst();
    m_ui->table->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

OutboxWindow::~OutboxWindow() = default;

void OutboxWindow::select(qint64 itemId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->id == itemId) {
            TableRow::choose(m_ui->table, row);
            return;
        }
    }
}

std::optional<OutboxItem> OutboxWindow::current() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? m_model->item(index.row()) : std::nullopt;
}

void OutboxWindow::updateButtons()
{
    const std::optional<OutboxItem> item = current();
    const bool idle = item && item->state != OutboxItem::State::Sending;
    // Only the connected profile's token sends a change.
    m_ui->retryButton->setEnabled(idle && item->profile == m_service->connectedKey());
    m_ui->openButton->setEnabled(idle);
    m_ui->discardButton->setEnabled(idle);
    m_ui->details->setText(item ? ServerText::shown(item->lastError) : QString());
    m_ui->details->setVisible(item && !item->lastError.isEmpty());
}

void OutboxWindow::discard()
{
    const std::optional<OutboxItem> item = current();
    if (!item)
        return;
    const QString title = item->title().isEmpty() ? tr("link %1").arg(PersianText::id(item->linkId))
                                                  : PersianText::inOwnDirection(ServerText::shown(item->title()));
    auto *box = new PlainMessageBox(QMessageBox::Warning, tr("Discard the change"),
                                    tr("Discard this change (%1 of “%2”)? It will never reach the server.")
                                        .arg(OutboxModel::operationText(item->operation), title),
                                    QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *drop = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("confirmDiscardButton"));
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    const qint64 id = item->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, drop, id](QAbstractButton *button) {
        if (button != drop)
            return;
        // The worker may have started sending it while the question was open:
        // then its answer decides, and dropped now, a link it made would be left unseen.
        const std::optional<OutboxItem> now = m_service->outbox()->item(id);
        if (now && now->state == OutboxItem::State::Sending) {
            m_ui->details->setText(tr("This change is being sent now; it was not discarded."));
            m_ui->details->show();
            return;
        }
        m_service->outbox()->drop(id, HistoryEntry::Outcome::Discarded, tr("Discarded by the user."));
    });
    box->open();
}
